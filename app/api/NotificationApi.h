#pragma once

#include "ApiCall.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// GET /me/notifications ({notifications:[Notification], unread}) and
// POST /me/notifications/{id}/read.
class NotificationApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationApi)

public:
    explicit NotificationApi(ApiClient* client, QObject* parent = nullptr);

    ApiCall* list(const QByteArray& etag = {});
    ApiCall* markRead(const QString& notificationId); // 204

private:
    ApiClient* m_client;
};

} // namespace citoyens
