#pragma once

#include "widgets/FormPage.h"

#include <QPointer>

class QLineEdit;
class QPushButton;

namespace citoyens {

class Operation;
class AuthOperations;
class BusyButton;
class FormErrors;

// "Mot de passe oublié ?": asks for a code to choose a new password. The server answers the
// same whether the address has an account or not, and so does this page.
class ForgotPasswordPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgotPasswordPage)

public:
    explicit ForgotPasswordPage(AuthOperations* auth, QWidget* parent = nullptr);

    void setEmail(const QString& email);
    void reset();
    void focusFirstField() override;

signals:
    void codeRequested(const QString& email);
    void backRequested();

private:
    void submit();

    AuthOperations* m_auth;
    QLineEdit* m_email;
    BusyButton* m_submit;
    QPushButton* m_back;
    FormErrors* m_errors;
    QPointer<Operation> m_call;
};

} // namespace citoyens
