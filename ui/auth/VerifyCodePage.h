#pragma once

#include "widgets/FormPage.h"

#include "models/Account.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace citoyens {

class Operation;
class AuthOperations;
class BusyButton;
class FormErrors;

// The 6-digit code mailed to confirm a new account's address. On success the account is
// created and signed in (Session::completeRegistration).
class VerifyCodePage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyCodePage)

public:
    explicit VerifyCodePage(AuthOperations* auth, QWidget* parent = nullptr);

    // Keeps the registration (in memory only) to send a new code on request.
    void start(const Registration& registration);
    void reset();
    void focusFirstField() override;

signals:
    void accountCreated();
    void backRequested();

private:
    void submit();
    void resend();

    AuthOperations* m_auth;
    Registration m_registration;
    QLabel* m_info;
    QLineEdit* m_code;
    QCheckBox* m_remember;
    BusyButton* m_submit;
    BusyButton* m_resend;
    QPushButton* m_back;
    QLabel* m_resendInfo;
    FormErrors* m_errors;
    QPointer<Operation> m_call;
    QPointer<Operation> m_resendCall;
};

} // namespace citoyens
