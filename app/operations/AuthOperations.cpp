#include "AuthOperations.h"

#include "CallOperation.h"

#include "api/AuthApi.h"
#include "api/Tokens.h"
#include "session/Session.h"

#include "models/Account.h"
#include "models/Validation.h"

#include <QDate>

namespace citoyens {

AuthOperations::AuthOperations(AuthApi* auth, Session* session, QObject* parent)
    : QObject(parent)
    , m_auth(auth)
    , m_session(session)
{ }

Operation* AuthOperations::registerAccount(const Registration& registration)
{
    return CallOperation::start(
        this, [registration] { return Validation::registration(registration, QDate::currentDate()); },
        [this, registration] { return m_auth->registerAccount(registration); });
}

Operation* AuthOperations::resendCode(const Registration& registration)
{
    return CallOperation::start(this, {}, [this, registration] { return m_auth->registerAccount(registration); });
}

Operation* AuthOperations::verifyRegistration(const QString& email, const QString& code, bool remember)
{
    return CallOperation::start(
        this, [code] { return Validation::verificationCode(code); },
        [this, email, code, remember] { return m_auth->verifyRegistration(email, code, remember); },
        [this, remember](const ApiCall& answer) {
            const std::optional<Tokens> tokens = Tokens::fromJson(answer.json());
            if (!tokens)
                return ApiError::parse(QStringLiteral("tokens"));
            m_session->completeRegistration(*tokens, remember);
            return ApiError();
        });
}

Operation* AuthOperations::forgotPassword(const QString& email)
{
    return CallOperation::start(
        this, [email] { return Validation::email(email); }, [this, email] { return m_auth->forgotPassword(email); });
}

Operation* AuthOperations::resetPassword(const QString& email, const QString& code, const QString& newPassword)
{
    return CallOperation::start(
        this,
        [code, newPassword] {
            return Validation::verificationCode(code)
                + Validation::password(newPassword, QStringLiteral("newPassword"));
        },
        [this, email, code, newPassword] { return m_auth->resetPassword(email, code, newPassword); });
}

} // namespace citoyens
