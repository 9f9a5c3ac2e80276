#include "VerifyCodePage.h"

#include "widgets/BusyButton.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "operations/AuthOperations.h"
#include "operations/Operation.h"

#include "models/Validation.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace citoyens {

VerifyCodePage::VerifyCodePage(AuthOperations* auth, QWidget* parent)
    : FormPage(QStringLiteral("verifyCodePage"), parent)
    , m_auth(auth)
    , m_info(FormHelpers::paragraph({}, this, QStringLiteral("lead")))
    , m_code(FormHelpers::lineEdit(QStringLiteral("verifyCodeEdit"), this))
    , m_remember(new QCheckBox(tr("&Remember me"), this))
    , m_submit(new BusyButton(tr("&Confirm"), tr("Checking…"), this))
    , m_resend(new BusyButton(tr("Send a &new code"), tr("Sending…"), this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_resendInfo(FormHelpers::paragraph({}, this, QStringLiteral("success")))
    , m_errors(nullptr)
{
    setTitle(tr("Confirm your e-mail address"));
    m_info->setObjectName(QStringLiteral("verifyCodeInfo"));
    body()->addWidget(m_info);
    body()->addSpacing(8);

    m_code->setMaxLength(Validation::VerificationCodeLength);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setMaximumWidth(200);
    m_code->setProperty("role", QStringLiteral("code"));
    body()->addWidget(FormHelpers::fieldLabel(tr("* &Code received by e-mail"), m_code, this));
    body()->addWidget(m_code);
    QLabel* codeError = FormErrors::createMessageLabel(QStringLiteral("verifyCodeError"), this);
    body()->addWidget(codeError);
    m_remember->setObjectName(QStringLiteral("verifyRememberCheck"));
    m_remember->setAccessibleName(FormHelpers::plain(m_remember->text()));
    body()->addWidget(m_remember);
    QLabel* formMessage = FormErrors::createMessageLabel(QStringLiteral("verifyCodeFormError"), this);
    body()->addWidget(formMessage);
    m_errors = new FormErrors(formMessage, this);
    m_errors->addField(QStringLiteral("code"), m_code, codeError, tr("Code"));

    m_submit->setObjectName(QStringLiteral("verifyCodeButton"));
    m_resend->setObjectName(QStringLiteral("verifyResendButton"));
    m_resend->setProperty("role", QStringLiteral("secondary"));
    m_back->setObjectName(QStringLiteral("verifyCodeBackButton"));
    addActionRow(m_back, m_submit, 8, { m_resend });
    m_resendInfo->setObjectName(QStringLiteral("verifyResendInfo"));
    m_resendInfo->hide();
    body()->addWidget(m_resendInfo);

    connect(m_submit, &QPushButton::clicked, this, &VerifyCodePage::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &VerifyCodePage::submit);
    connect(m_resend, &QPushButton::clicked, this, &VerifyCodePage::resend);
    connect(m_back, &QPushButton::clicked, this, &VerifyCodePage::backRequested);
}

void VerifyCodePage::start(const Registration& registration)
{
    reset();
    m_registration = registration;
    m_info->setText(tr("If %1 does not have an account yet, we have just sent it a 6-digit code. "
                       "Enter it below to create your account. The code is valid for 30 minutes. "
                       "If the address already has an account, you will receive a message saying so instead.")
                        .arg(registration.email));
}

void VerifyCodePage::reset()
{
    if (m_call)
        m_call->cancel();
    if (m_resendCall)
        m_resendCall->cancel();
    m_registration = Registration();
    m_code->clear();
    m_remember->setChecked(false);
    m_errors->clear();
    m_resendInfo->hide();
    m_submit->setBusy(false);
    m_resend->setBusy(false);
}

void VerifyCodePage::focusFirstField()
{
    m_code->setFocus(Qt::OtherFocusReason);
}

void VerifyCodePage::submit()
{
    if (m_submit->isBusy())
        return;
    const QString code = m_code->text().trimmed();
    if (m_errors->show(Validation::verificationCode(code)))
        return;
    m_submit->setBusy(true);
    m_resendInfo->hide();
    const bool remember = m_remember->isChecked();
    m_call = m_auth->verifyRegistration(m_registration.email, code, remember);
    Operation* operation = m_call;
    connect(operation, &Operation::finished, this, [this, operation] {
        m_submit->setBusy(false);
        if (!operation->succeeded()) {
            const ApiError& error = operation->error();
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            if (error.fieldErrors.isEmpty() && error.kind == ApiError::Kind::Problem) {
                // invalid_code, code_expired, too_many_attempts: the message belongs to the code.
                m_errors->showFieldMessage(QStringLiteral("code"), error.message);
                m_code->selectAll();
            } else {
                m_errors->show(error);
            }
            return;
        }
        // Signed in by the operation. The password typed at registration is no longer
        // needed anywhere.
        m_registration = Registration();
        m_code->clear();
        emit accountCreated();
    });
}

void VerifyCodePage::resend()
{
    if (m_resend->isBusy() || m_registration.email.isEmpty())
        return;
    m_resend->setBusy(true);
    m_resendInfo->hide();
    m_resendCall = m_auth->resendCode(m_registration);
    Operation* operation = m_resendCall;
    connect(operation, &Operation::finished, this, [this, operation] {
        m_resend->setBusy(false);
        if (!operation->succeeded()) {
            if (operation->error().kind != ApiError::Kind::Cancelled)
                m_errors->show(operation->error());
            return;
        }
        m_errors->clear();
        m_resendInfo->setText(tr("A new code has been sent to %1.").arg(m_registration.email));
        m_resendInfo->show();
        m_code->clear();
        m_code->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace citoyens
