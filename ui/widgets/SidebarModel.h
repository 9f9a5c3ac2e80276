#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QList>
#include <QString>

namespace citoyens {

// The entries of the sidebar: one row per page, in the order they were added. A row may
// carry a badge (a count of unread items) that is shown after its label and read out by
// screen readers.
class SidebarModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarModel)

public:
    enum Role {
        BadgeRole = Qt::UserRole + 1, // int, 0 when there is nothing to show
        LabelRole, // QString, the label without the badge
    };

    explicit SidebarModel(QObject* parent = nullptr);

    int addEntry(const QString& label, const QIcon& icon);
    void setBadge(int row, int count);
    void clear();
    void removeEntry(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        QString label;
        QIcon icon;
        int badge = 0;
    };
    QList<Entry> m_entries;
};

} // namespace citoyens
