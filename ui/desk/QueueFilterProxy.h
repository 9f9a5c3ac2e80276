#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace citoyens {

// The queue's rows of one commune and one kind ("subscription" | "beneficiary"); empty
// filters let everything through. The source's order (oldest first) is kept.
class QueueFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterProxy)

public:
    explicit QueueFilterProxy(QObject* parent = nullptr);

    void setCommuneId(const QString& communeId);
    void setKind(const QString& kind);
    QString communeId() const { return m_communeId; }
    QString kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_communeId;
    QString m_kind;
};

} // namespace citoyens
