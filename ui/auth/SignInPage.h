#pragma once

#include <QPointer>

#include "widgets/FormPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace citoyens {

class ApiError;
class BusyButton;
class FormErrors;
class PasswordField;
class Operation;
class Session;

// "Déjà inscrit ?": e-mail, password, "Se souvenir de moi", "Mot de passe oublié ?",
// "Connexion"; "Créer un compte"; and the platform's security notice.
class SignInPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    explicit SignInPage(Session* session, QWidget* parent = nullptr);

    // A sentence shown above the form (why the person was signed out, a confirmation).
    void showNotice(const QString& notice);
    void setEmail(const QString& email);
    QString email() const;
    // Forgets what was typed (password always; e-mail unless kept).
    void reset(bool keepEmail);
    void focusFirstField() override;

signals:
    void createAccountRequested(const QString& email);
    void forgotPasswordRequested(const QString& email);

private:
    void submit();
    void onSignInFailed(const ApiError& error);
    QWidget* buildSecurityNotice();

    Session* m_session;
    QPointer<Operation> m_operation; // the sign-in in flight
    QLabel* m_notice;
    QLineEdit* m_email;
    PasswordField* m_password;
    QCheckBox* m_remember;
    QPushButton* m_forgot;
    BusyButton* m_submit;
    QPushButton* m_createAccount;
    QLabel* m_formMessage;
    FormErrors* m_errors;
};

} // namespace citoyens
