#pragma once

#include "ApiCall.h"
#include "Tokens.h"

#include "models/Account.h"

#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// The /auth routes. Each method sends one request and returns the call in flight; read
// the answer with Tokens::fromJson(call->json()) where the route answers tokens.
class AuthApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthApi)

public:
    using Tokens = citoyens::Tokens;

    explicit AuthApi(ApiClient* client, QObject* parent = nullptr);

    ApiCall* registerAccount(const Registration& registration);
    ApiCall* verifyRegistration(const QString& email, const QString& code, bool remember);
    ApiCall* login(const QString& email, const QString& password, bool remember);
    ApiCall* refresh(const QByteArray& refreshToken);
    ApiCall* logout();
    ApiCall* forgotPassword(const QString& email);
    ApiCall* resetPassword(const QString& email, const QString& code, const QString& newPassword);

private:
    ApiClient* m_client;
};

} // namespace citoyens
