#include "SignInPage.h"

#include "widgets/BusyButton.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/PasswordField.h"
#include "widgets/PasswordRulesWidget.h"

#include "operations/Operation.h"
#include "session/Session.h"

#include "models/ProblemCodes.h"
#include "models/Validation.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

SignInPage::SignInPage(Session* session, QWidget* parent)
    : FormPage(QStringLiteral("signInPage"), parent, 860)
    , m_session(session)
    , m_notice(FormHelpers::paragraph({}, this, QStringLiteral("notice")))
    , m_email(FormHelpers::lineEdit(QStringLiteral("signInEmailEdit"), this))
    , m_password(new PasswordField(QStringLiteral("signInPassword"), tr("Password"), this))
    , m_remember(new QCheckBox(tr("&Remember me"), this))
    , m_forgot(new QPushButton(tr("&Forgot your password?"), this))
    , m_submit(new BusyButton(tr("Sign &in"), tr("Signing in…"), this))
    , m_createAccount(new QPushButton(tr("Create an &account"), this))
    , m_formMessage(FormErrors::createMessageLabel(QStringLiteral("signInError"), this))
    , m_errors(new FormErrors(m_formMessage, this))
{
    setTitle(tr("Sign in"));
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->hide();
    body()->addWidget(m_notice);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    body()->addLayout(columns);

    // Left: the form.
    auto* form = new QWidget(this);
    form->setObjectName(QStringLiteral("signInForm"));
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(4);
    auto* already = FormHelpers::paragraph(tr("Already registered?"), form, QStringLiteral("subtitle"));
    formLayout->addWidget(already);
    formLayout->addSpacing(4);

    m_email->setMaxLength(254);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    formLayout->addWidget(FormHelpers::fieldLabel(tr("&Email address"), m_email, form));
    formLayout->addWidget(m_email);
    QLabel* emailError = FormErrors::createMessageLabel(QStringLiteral("signInEmailError"), form);
    formLayout->addWidget(emailError);
    formLayout->addSpacing(6);
    formLayout->addWidget(FormHelpers::fieldLabel(tr("&Password"), m_password, form));
    formLayout->addWidget(m_password);
    QLabel* passwordError = FormErrors::createMessageLabel(QStringLiteral("signInPasswordError"), form);
    formLayout->addWidget(passwordError);

    m_remember->setObjectName(QStringLiteral("signInRememberCheck"));
    m_remember->setAccessibleName(FormHelpers::plain(m_remember->text()));
    m_remember->setToolTip(tr("Keeps you signed in on this computer, using the system's keychain."));
    m_forgot->setObjectName(QStringLiteral("signInForgotButton"));
    m_forgot->setAccessibleName(FormHelpers::plain(m_forgot->text()));
    m_forgot->setProperty("role", QStringLiteral("link"));
    m_forgot->setAutoDefault(false);
    m_forgot->setCursor(Qt::PointingHandCursor);
    auto* options = new QHBoxLayout;
    options->addWidget(m_remember);
    options->addStretch(1);
    options->addWidget(m_forgot);
    formLayout->addSpacing(4);
    formLayout->addLayout(options);
    formLayout->addWidget(m_formMessage);
    formLayout->addSpacing(8);
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    formLayout->addWidget(m_submit);

    auto* separator = new QFrame(form);
    separator->setFrameShape(QFrame::HLine);
    separator->setProperty("role", QStringLiteral("separator"));
    formLayout->addSpacing(16);
    formLayout->addWidget(separator);
    formLayout->addSpacing(8);
    formLayout->addWidget(
        FormHelpers::paragraph(tr("New to the Citoyens platform?"), form, QStringLiteral("subtitle")));
    m_createAccount->setObjectName(QStringLiteral("signInCreateAccountButton"));
    m_createAccount->setAccessibleName(FormHelpers::plain(m_createAccount->text()));
    m_createAccount->setProperty("role", QStringLiteral("secondary"));
    m_createAccount->setAutoDefault(false);
    formLayout->addWidget(m_createAccount);
    formLayout->addStretch(1);
    columns->addWidget(form, 1);

    // Right: the security notice.
    columns->addWidget(buildSecurityNotice(), 1, Qt::AlignTop);

    m_errors->addField(QStringLiteral("email"), m_email, emailError, tr("Email address"));
    m_errors->addField(QStringLiteral("password"), m_password, passwordError, tr("Password"));

    connect(m_submit, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_password, &PasswordField::returnPressed, this, &SignInPage::submit);
    connect(m_forgot, &QPushButton::clicked, this, [this] { emit forgotPasswordRequested(email()); });
    connect(m_createAccount, &QPushButton::clicked, this, [this] { emit createAccountRequested(email()); });
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::SignedIn || state == Session::State::PasswordChangeRequired) {
            // A password never stays in a widget longer than it is needed, whoever signed in.
            m_password->clear();
            m_errors->clear();
            showNotice({});
        }
    });
}

QWidget* SignInPage::buildSecurityNotice()
{
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("securityNotice"));
    box->setProperty("role", QStringLiteral("infoBox"));
    box->setAccessibleName(tr("Security notice"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(6);
    layout->addWidget(FormHelpers::paragraph(
        tr("For security reasons, every user of citoyens.agglo-lepuyenvelay.fr must change their password:"), box,
        QStringLiteral("infoTitle")));
    for (PasswordPolicy::Rule rule : PasswordPolicy::rules())
        layout->addWidget(
            FormHelpers::paragraph(QStringLiteral("\u2022  ") + PasswordRulesWidget::ruleText(rule), box));
    layout->addSpacing(4);
    layout->addWidget(FormHelpers::paragraph(
        tr("You can update it by clicking “%1”.").arg(FormHelpers::plain(m_forgot->text())), box));
    layout->addWidget(FormHelpers::paragraph(tr("In addition, and for your security, you will be automatically "
                                                "signed out after 2 hours of inactivity on your part."),
                                             box));
    layout->addSpacing(4);
    layout->addWidget(
        FormHelpers::paragraph(tr("The Communauté d'Agglomération du Puy-en-Velay"), box, QStringLiteral("signature")));
    return box;
}

void SignInPage::showNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SignInPage::setEmail(const QString& email)
{
    m_email->setText(email);
}

QString SignInPage::email() const
{
    return m_email->text().trimmed();
}

void SignInPage::reset(bool keepEmail)
{
    if (!keepEmail)
        m_email->clear();
    m_password->clear();
    m_remember->setChecked(false);
    m_errors->clear();
    m_submit->setBusy(false);
}

void SignInPage::focusFirstField()
{
    if (m_email->text().isEmpty())
        m_email->setFocus(Qt::OtherFocusReason);
    else
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInPage::submit()
{
    if (m_operation && m_operation->isRunning())
        return;
    m_errors->clear();
    Operation* operation = m_session->signIn(email(), m_password->text(), m_remember->isChecked());
    m_operation = operation;
    m_submit->setBusy(true);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_operation = nullptr;
        m_submit->setBusy(false);
        if (!operation->succeeded() && operation->error().kind != ApiError::Kind::Cancelled)
            onSignInFailed(operation->error());
    });
}

void SignInPage::onSignInFailed(const ApiError& error)
{
    m_errors->show(error);
    // Wrong credentials: the e-mail stays, the password is typed again.
    if (error.code == ProblemCode::InvalidCredentials) {
        m_password->clear();
        m_password->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace citoyens
