#pragma once

#include <QIdentityProxyModel>

namespace citoyens {

// A notification as the list shows it: its title (bold while unread), the message and the
// date below.
class NotificationRowProxy : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationRowProxy)

public:
    explicit NotificationRowProxy(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace citoyens
