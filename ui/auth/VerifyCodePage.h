#pragma once

#include "widgets/FormPage.h"

#include "models/Account.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace citoyens {

class ApiCall;
class AuthApi;
class BusyButton;
class FormErrors;
class Session;

// The 6-digit code mailed to confirm a new account's address. On success the account is
// created and signed in (Session::completeRegistration).
class VerifyCodePage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyCodePage)

public:
    VerifyCodePage(AuthApi* auth, Session* session, QWidget* parent = nullptr);

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

    AuthApi* m_auth;
    Session* m_session;
    Registration m_registration;
    QLabel* m_info;
    QLineEdit* m_code;
    QCheckBox* m_remember;
    BusyButton* m_submit;
    BusyButton* m_resend;
    QPushButton* m_back;
    QLabel* m_resendInfo;
    FormErrors* m_errors;
    QPointer<ApiCall> m_call;
    QPointer<ApiCall> m_resendCall;
};

} // namespace citoyens
