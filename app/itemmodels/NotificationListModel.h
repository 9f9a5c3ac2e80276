#pragma once

#include "models/Notification.h"

#include <QAbstractListModel>
#include <QList>

namespace citoyens {

class NotificationRepository;

// The person's notifications, newest first (display: title). The view makes UnreadRole rows
// bold (fonts are QtGui, which this library does not use).
class NotificationListModel : public QAbstractListModel
{
    Q_OBJECT
    template<typename> friend struct ModelRowHooks;
    Q_DISABLE_COPY_MOVE(NotificationListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,
        CreatedAtRole, // QDateTime
        UnreadRole, // bool
        SubjectTypeRole, // "subscription" | "beneficiary"
        SubjectIdRole,
        StatusRole, // the decision: approved | rejected | incomplete
        KindRole,
    };
    Q_ENUM(Role)

    explicit NotificationListModel(NotificationRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Notification notificationAt(int row) const;
    int unreadCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void unreadCountChanged(int unread);

private:
    NotificationRepository* m_repository;
    QList<Notification> m_rows;
    int m_unread = 0;
};

} // namespace citoyens
