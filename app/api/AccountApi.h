#pragma once

#include "ApiCall.h"

#include "models/Account.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// GET/PATCH /me and POST /me/password.
class AccountApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountApi)

public:
    explicit AccountApi(ApiClient* client, QObject* parent = nullptr);

    // With an etag, sends If-None-Match: status() 304 means unchanged.
    ApiCall* me(const QByteArray& etag = {});
    ApiCall* updateMe(const ProfileChange& change);
    ApiCall* changePassword(const QString& currentPassword, const QString& newPassword);

private:
    ApiClient* m_client;
};

} // namespace citoyens
