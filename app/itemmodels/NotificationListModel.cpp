#include "NotificationListModel.h"

#include "KeyedRows.h"

#include "store/NotificationRepository.h"

#include <algorithm>

namespace citoyens {

NotificationListModel::NotificationListModel(NotificationRepository* repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &NotificationRepository::changed, this, &NotificationListModel::refresh);
    m_rows = m_repository->loadAll();
    m_unread = unreadCount();
}

int NotificationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotificationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification& n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return n.title;
    case Qt::ToolTipRole:
    case BodyRole:
        return n.body;
    case IdRole:
        return n.id;
    case CreatedAtRole:
        return n.createdAt;
    case UnreadRole:
        return !n.isRead();
    case SubjectTypeRole:
        return n.subjectType;
    case SubjectIdRole:
        return n.subjectId;
    case StatusRole:
        return n.status;
    case KindRole:
        return n.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(BodyRole, "body");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(UnreadRole, "unread");
    names.insert(SubjectTypeRole, "subjectType");
    names.insert(SubjectIdRole, "subjectId");
    names.insert(StatusRole, "status");
    names.insert(KindRole, "kind");
    return names;
}

Notification NotificationListModel::notificationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Notification {};
}

int NotificationListModel::unreadCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Notification& n) { return !n.isRead(); }));
}

void NotificationListModel::refresh()
{
    refreshKeyedRows(this, m_rows, m_repository->loadAll());
    const int unread = unreadCount();
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged(unread);
    }
}

} // namespace citoyens
