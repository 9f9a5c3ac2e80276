#include "ForgotPasswordPage.h"

#include "widgets/BusyButton.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "operations/AuthOperations.h"
#include "operations/Operation.h"

#include "models/Validation.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

ForgotPasswordPage::ForgotPasswordPage(AuthOperations* auth, QWidget* parent)
    : FormPage(QStringLiteral("forgotPasswordPage"), parent)
    , m_auth(auth)
    , m_email(FormHelpers::lineEdit(QStringLiteral("forgotEmailEdit"), this))
    , m_submit(new BusyButton(tr("&Send the code"), tr("Sending…"), this))
    , m_back(new QPushButton(tr("&Back to sign-in"), this))
    , m_errors(nullptr)
{
    setTitle(tr("Forgot your password?"));
    setLead(tr("Enter the e-mail address of your account. If it has an account, you will receive a 6-digit code "
               "to choose a new password."));
    m_email->setMaxLength(254);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    body()->addWidget(FormHelpers::fieldLabel(tr("&Email address"), m_email, this));
    body()->addWidget(m_email);
    QLabel* emailError = FormErrors::createMessageLabel(QStringLiteral("forgotEmailError"), this);
    body()->addWidget(emailError);
    QLabel* formMessage = FormErrors::createMessageLabel(QStringLiteral("forgotFormError"), this);
    body()->addWidget(formMessage);
    m_errors = new FormErrors(formMessage, this);
    m_errors->addField(QStringLiteral("email"), m_email, emailError, tr("Email address"));

    m_submit->setObjectName(QStringLiteral("forgotSendButton"));
    m_back->setObjectName(QStringLiteral("forgotBackButton"));
    addActionRow(m_back, m_submit, 12);

    connect(m_submit, &QPushButton::clicked, this, &ForgotPasswordPage::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &ForgotPasswordPage::submit);
    connect(m_back, &QPushButton::clicked, this, &ForgotPasswordPage::backRequested);
}

void ForgotPasswordPage::setEmail(const QString& email)
{
    m_email->setText(email);
}

void ForgotPasswordPage::reset()
{
    if (m_call)
        m_call->cancel();
    m_email->clear();
    m_errors->clear();
    m_submit->setBusy(false);
}

void ForgotPasswordPage::focusFirstField()
{
    m_email->setFocus(Qt::OtherFocusReason);
}

void ForgotPasswordPage::submit()
{
    if (m_submit->isBusy())
        return;
    const QString email = Validation::normalizeEmail(m_email->text());
    if (m_errors->show(Validation::email(email)))
        return;
    m_submit->setBusy(true);
    m_call = m_auth->forgotPassword(email);
    Operation* operation = m_call;
    connect(operation, &Operation::finished, this, [this, operation, email] {
        m_submit->setBusy(false);
        if (!operation->succeeded()) {
            if (operation->error().kind != ApiError::Kind::Cancelled)
                m_errors->show(operation->error());
            return;
        }
        m_errors->clear();
        emit codeRequested(email);
    });
}

} // namespace citoyens
