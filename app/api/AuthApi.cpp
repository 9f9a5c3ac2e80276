#include "AuthApi.h"

#include "ApiClient.h"

namespace citoyens {

AuthApi::AuthApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* AuthApi::registerAccount(const Registration& registration)
{
    return m_client->post(QStringLiteral("/auth/register"), registration.toJson());
}

ApiCall* AuthApi::verifyRegistration(const QString& email, const QString& code, bool remember)
{
    return m_client->post(QStringLiteral("/auth/register/verify"),
                          { { QStringLiteral("email"), email },
                            { QStringLiteral("code"), code },
                            { QStringLiteral("remember"), remember } });
}

ApiCall* AuthApi::login(const QString& email, const QString& password, bool remember)
{
    return m_client->post(QStringLiteral("/auth/login"),
                          { { QStringLiteral("email"), email },
                            { QStringLiteral("password"), password },
                            { QStringLiteral("remember"), remember } });
}

ApiCall* AuthApi::refresh(const QByteArray& refreshToken)
{
    return m_client->post(QStringLiteral("/auth/refresh"),
                          { { QStringLiteral("refreshToken"), QString::fromUtf8(refreshToken) } });
}

ApiCall* AuthApi::logout()
{
    return m_client->post(QStringLiteral("/auth/logout"));
}

ApiCall* AuthApi::forgotPassword(const QString& email)
{
    return m_client->post(QStringLiteral("/auth/password/forgot"), { { QStringLiteral("email"), email } });
}

ApiCall* AuthApi::resetPassword(const QString& email, const QString& code, const QString& newPassword)
{
    return m_client->post(QStringLiteral("/auth/password/reset"),
                          { { QStringLiteral("email"), email },
                            { QStringLiteral("code"), code },
                            { QStringLiteral("newPassword"), newPassword } });
}

} // namespace citoyens
