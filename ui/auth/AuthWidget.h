#pragma once

#include <QWidget>

class QStackedWidget;

namespace citoyens {

class AuthOperations;
class ForcedPasswordChangePage;
class ForgotPasswordPage;
class FormPage;
class RegisterDetailsPage;
class RegisterEmailPage;
class ResetPasswordPage;
class Session;
class SignInPage;
class VerifyCodePage;

// Everything before the account: the platform's welcome panel beside the page of the step
// at hand (sign in, create an account, confirm the code, forgotten password, forced
// password change). Moves between its pages; the session decides when it is left.
class AuthWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthWidget)

public:
    AuthWidget(Session* session, AuthOperations* auth, QWidget* parent = nullptr);

    SignInPage* signInPage() const { return m_signIn; }
    // Back to the sign-in page; `notice` says why (signed out for inactivity...).
    void showSignIn(const QString& notice = {}, const QString& email = {});
    void showForcedPasswordChange();
    // Forgets everything typed in the auth pages.
    void resetAll();
    // Clears every password field of the auth pages.
    void forgetPasswords();

signals:
    void accountCreated();
    void signOutRequested();

private:
    void showPage(FormPage* page);

    Session* m_session;
    QStackedWidget* m_stack;
    SignInPage* m_signIn;
    RegisterEmailPage* m_registerEmail;
    RegisterDetailsPage* m_registerDetails;
    VerifyCodePage* m_verify;
    ForgotPasswordPage* m_forgot;
    ResetPasswordPage* m_reset;
    ForcedPasswordChangePage* m_forced;
};

} // namespace citoyens
