#include "ResetPasswordPage.h"

#include "widgets/BusyButton.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/PasswordField.h"
#include "widgets/PasswordRulesWidget.h"

#include "operations/AuthOperations.h"
#include "operations/Operation.h"

#include "models/ProblemCodes.h"
#include "models/Validation.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace citoyens {

ResetPasswordPage::ResetPasswordPage(AuthOperations* auth, QWidget* parent)
    : FormPage(QStringLiteral("resetPasswordPage"), parent)
    , m_auth(auth)
    , m_info(FormHelpers::paragraph({}, this, QStringLiteral("lead")))
    , m_code(FormHelpers::lineEdit(QStringLiteral("resetCodeEdit"), this))
    , m_password(new PasswordField(QStringLiteral("resetPassword"), tr("New password"), this))
    , m_rules(new PasswordRulesWidget(this))
    , m_submit(new BusyButton(tr("&Change the password"), tr("Saving…"), this))
    , m_back(new QPushButton(tr("&Back to sign-in"), this))
    , m_errors(nullptr)
{
    setTitle(tr("Choose a new password"));
    m_info->setObjectName(QStringLiteral("resetPasswordInfo"));
    body()->addWidget(m_info);
    body()->addSpacing(8);

    m_code->setMaxLength(Validation::VerificationCodeLength);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaximumWidth(200);
    m_code->setProperty("role", QStringLiteral("code"));
    body()->addWidget(FormHelpers::fieldLabel(tr("* &Code received by e-mail"), m_code, this));
    body()->addWidget(m_code);
    QLabel* codeError = FormErrors::createMessageLabel(QStringLiteral("resetCodeError"), this);
    body()->addWidget(codeError);
    body()->addSpacing(6);
    body()->addWidget(FormHelpers::fieldLabel(tr("* &New password"), m_password, this));
    body()->addWidget(m_password);
    QLabel* passwordError = FormErrors::createMessageLabel(QStringLiteral("resetPasswordError"), this);
    body()->addWidget(passwordError);
    m_rules->setObjectName(QStringLiteral("resetPasswordRules"));
    body()->addWidget(m_rules);
    QLabel* formMessage = FormErrors::createMessageLabel(QStringLiteral("resetFormError"), this);
    body()->addWidget(formMessage);
    m_errors = new FormErrors(formMessage, this);
    m_errors->addField(QStringLiteral("code"), m_code, codeError, tr("Code"));
    m_errors->addField(QStringLiteral("newPassword"), m_password, passwordError, tr("New password"));
    m_errors->setRulesShownFor(QStringLiteral("newPassword"));

    m_submit->setObjectName(QStringLiteral("resetPasswordButton"));
    m_back->setObjectName(QStringLiteral("resetBackButton"));
    addActionRow(m_back, m_submit, 12);

    connect(m_password, &PasswordField::textChanged, m_rules, &PasswordRulesWidget::setPassword);
    connect(m_submit, &QPushButton::clicked, this, &ResetPasswordPage::submit);
    connect(m_password, &PasswordField::returnPressed, this, &ResetPasswordPage::submit);
    connect(m_back, &QPushButton::clicked, this, &ResetPasswordPage::backRequested);
}

void ResetPasswordPage::start(const QString& email)
{
    reset();
    m_email = email;
    m_info->setText(
        tr("If %1 has an account, a 6-digit code has just been sent to it. It is valid for 30 minutes.").arg(email));
}

void ResetPasswordPage::reset()
{
    if (m_call)
        m_call->cancel();
    m_code->clear();
    m_password->clear();
    m_rules->setPassword({});
    m_errors->clear();
    m_submit->setBusy(false);
}

void ResetPasswordPage::focusFirstField()
{
    m_code->setFocus(Qt::OtherFocusReason);
}

void ResetPasswordPage::submit()
{
    if (m_submit->isBusy())
        return;
    const QString code = m_code->text().trimmed();
    FieldErrors errors = Validation::verificationCode(code);
    errors += Validation::password(m_password->text(), QStringLiteral("newPassword"));
    if (m_errors->show(errors))
        return;
    m_submit->setBusy(true);
    m_call = m_auth->resetPassword(m_email, code, m_password->text());
    Operation* operation = m_call;
    connect(operation, &Operation::finished, this, [this, operation] {
        m_submit->setBusy(false);
        if (!operation->succeeded()) {
            const ApiError& error = operation->error();
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            if (error.fieldErrors.isEmpty() && error.kind == ApiError::Kind::Problem
                && error.code != ProblemCode::TooManyRequests)
                m_errors->showFieldMessage(QStringLiteral("code"), error.message);
            else
                m_errors->show(error);
            return;
        }
        const QString email = m_email;
        reset();
        emit passwordReset(email);
    });
}

} // namespace citoyens
