#pragma once

#include <QObject>
#include <QString>

namespace citoyens {

class AuthApi;
class Operation;
class Session;
struct Registration;

// The changes of the signed-out part (registration, its code, the forgotten password), each
// an Operation the page observes. The pages never see AuthApi or a token: after the
// verification code the tokens go straight to the Session.
class AuthOperations : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthOperations)

public:
    AuthOperations(AuthApi* auth, Session* session, QObject* parent = nullptr);

    // Checked with Validation::registration (today's date); sends the code by mail.
    Operation* registerAccount(const Registration& registration);
    // Sends the code again for the same registration (no check: it passed once).
    Operation* resendCode(const Registration& registration);
    // On success the person is signed in (Session::completeRegistration).
    Operation* verifyRegistration(const QString& email, const QString& code, bool remember);
    Operation* forgotPassword(const QString& email);
    Operation* resetPassword(const QString& email, const QString& code, const QString& newPassword);

private:
    AuthApi* m_auth;
    Session* m_session;
};

} // namespace citoyens
