#include "RegisterEmailPage.h"

#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "models/Validation.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

RegisterEmailPage::RegisterEmailPage(QWidget* parent)
    : FormPage(QStringLiteral("registerEmailPage"), parent)
    , m_email(FormHelpers::lineEdit(QStringLiteral("registerEmailEdit"), this))
    , m_submit(new QPushButton(tr("Create an &account"), this))
    , m_back(new QPushButton(tr("&Back to sign-in"), this))
    , m_errors(nullptr)
{
    setTitle(tr("Create your account"));
    // A piece of advice, not an error: nothing is wrong yet (it was a red « ✖ »).
    auto* warning = FormHelpers::paragraph(tr("Create an account only if you have never had one on the Citoyens "
                                              "platform. If you already have one, go back to sign in (“%1” is "
                                              "there if you no longer know your password).")
                                               .arg(tr("Forgot your password?")),
                                           this, QStringLiteral("notice"));
    warning->setObjectName(QStringLiteral("registerEmailWarning"));
    body()->addWidget(warning);
    body()->addSpacing(8);

    m_email->setMaxLength(254);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    body()->addWidget(FormHelpers::fieldLabel(tr("&Email address"), m_email, this));
    body()->addWidget(m_email);
    QLabel* emailError = FormErrors::createMessageLabel(QStringLiteral("registerEmailError"), this);
    body()->addWidget(emailError);
    body()->addWidget(FormHelpers::paragraph(
        tr("Enter your e-mail address and click “%1”.").arg(FormHelpers::plain(m_submit->text())), this,
        QStringLiteral("hint")));
    QLabel* formMessage = FormErrors::createMessageLabel(QStringLiteral("registerEmailFormError"), this);
    body()->addWidget(formMessage);
    m_errors = new FormErrors(formMessage, this);
    m_errors->addField(QStringLiteral("email"), m_email, emailError, tr("Email address"));

    m_submit->setObjectName(QStringLiteral("registerEmailButton"));
    m_back->setObjectName(QStringLiteral("registerEmailBackButton"));
    addActionRow(m_back, m_submit, 12);

    connect(m_submit, &QPushButton::clicked, this, &RegisterEmailPage::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &RegisterEmailPage::submit);
    connect(m_back, &QPushButton::clicked, this, &RegisterEmailPage::backRequested);
}

void RegisterEmailPage::setEmail(const QString& email)
{
    m_email->setText(email);
}

QString RegisterEmailPage::email() const
{
    return Validation::normalizeEmail(m_email->text());
}

void RegisterEmailPage::reset()
{
    m_email->clear();
    m_errors->clear();
}

void RegisterEmailPage::focusFirstField()
{
    m_email->setFocus(Qt::OtherFocusReason);
}

void RegisterEmailPage::submit()
{
    if (m_errors->show(Validation::email(email())))
        return;
    emit continueRequested(email());
}

} // namespace citoyens
