#pragma once

#include "widgets/FormPage.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace citoyens {

class Operation;
class AuthOperations;
class BusyButton;
class FormErrors;
class PasswordField;
class PasswordRulesWidget;

// The code received by e-mail and the new password (with the live rules checklist).
class ResetPasswordPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordPage)

public:
    explicit ResetPasswordPage(AuthOperations* auth, QWidget* parent = nullptr);

    void start(const QString& email);
    void reset();
    void focusFirstField() override;

signals:
    void passwordReset(const QString& email);
    void backRequested();

private:
    void submit();

    AuthOperations* m_auth;
    QString m_email;
    QLabel* m_info;
    QLineEdit* m_code;
    PasswordField* m_password;
    PasswordRulesWidget* m_rules;
    BusyButton* m_submit;
    QPushButton* m_back;
    FormErrors* m_errors;
    QPointer<Operation> m_call;
};

} // namespace citoyens
