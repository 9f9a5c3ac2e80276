#include "AuthWidget.h"

#include "ForcedPasswordChangePage.h"
#include "ForgotPasswordPage.h"
#include "RegisterDetailsPage.h"
#include "RegisterEmailPage.h"
#include "ResetPasswordPage.h"
#include "SignInPage.h"
#include "VerifyCodePage.h"

#include "widgets/FormHelpers.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace citoyens {

namespace {

QWidget* buildWelcomePanel(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    panel->setObjectName(QStringLiteral("welcomePanel"));
    panel->setFixedWidth(300);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(32, 48, 32, 32);
    layout->setSpacing(16);
    auto* brand = FormHelpers::paragraph(QStringLiteral("Citoyens"), panel, QStringLiteral("brand"));
    layout->addWidget(brand);
    layout->addWidget(FormHelpers::paragraph(
        AuthWidget::tr("Welcome to the citizen platform of the Communauté d'Agglomération du Puy-en-Velay"), panel,
        QStringLiteral("welcome")));
    layout->addSpacing(16);
    for (const QString& line :
         { AuthWidget::tr("Create or access MY USER ACCOUNT"), AuthWidget::tr("Manage MY ASSOCIATED SERVICES"),
           AuthWidget::tr("Manage MY RESERVATIONS") }) {
        layout->addWidget(FormHelpers::paragraph(line, panel, QStringLiteral("welcomeItem")));
    }
    layout->addStretch(1);
    return panel;
}

} // namespace

AuthWidget::AuthWidget(Session* session, AuthOperations* auth, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_signIn(new SignInPage(session, m_stack))
    , m_registerEmail(new RegisterEmailPage(m_stack))
    , m_registerDetails(new RegisterDetailsPage(auth, m_stack))
    , m_verify(new VerifyCodePage(auth, m_stack))
    , m_forgot(new ForgotPasswordPage(auth, m_stack))
    , m_reset(new ResetPasswordPage(auth, m_stack))
    , m_forced(new ForcedPasswordChangePage(session, m_stack))
{
    setObjectName(QStringLiteral("authWidget"));
    m_stack->setObjectName(QStringLiteral("authStack"));
    for (QWidget* page :
         { static_cast<QWidget*>(m_signIn), static_cast<QWidget*>(m_registerEmail),
           static_cast<QWidget*>(m_registerDetails), static_cast<QWidget*>(m_verify), static_cast<QWidget*>(m_forgot),
           static_cast<QWidget*>(m_reset), static_cast<QWidget*>(m_forced) }) {
        m_stack->addWidget(page);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildWelcomePanel(this));
    layout->addWidget(m_stack, 1);

    connect(m_signIn, &SignInPage::createAccountRequested, this, [this](const QString& email) {
        m_registerEmail->setEmail(email);
        showPage(m_registerEmail);
    });
    connect(m_signIn, &SignInPage::forgotPasswordRequested, this, [this](const QString& email) {
        m_forgot->setEmail(email);
        showPage(m_forgot);
    });
    connect(m_registerEmail, &RegisterEmailPage::continueRequested, this, [this](const QString& email) {
        m_registerDetails->setEmail(email);
        showPage(m_registerDetails);
    });
    connect(m_registerEmail, &RegisterEmailPage::backRequested, this, [this] { showSignIn(); });
    connect(m_registerDetails, &RegisterDetailsPage::backRequested, this, [this] { showPage(m_registerEmail); });
    connect(m_registerDetails, &RegisterDetailsPage::registrationSent, this, [this](const Registration& r) {
        m_verify->start(r);
        showPage(m_verify);
    });
    connect(m_verify, &VerifyCodePage::backRequested, this, [this] { showPage(m_registerDetails); });
    connect(m_verify, &VerifyCodePage::accountCreated, this, [this] {
        m_registerEmail->reset();
        m_registerDetails->reset();
        emit accountCreated();
    });
    connect(m_forgot, &ForgotPasswordPage::backRequested, this, [this] { showSignIn(); });
    connect(m_forgot, &ForgotPasswordPage::codeRequested, this, [this](const QString& email) {
        m_reset->start(email);
        showPage(m_reset);
    });
    connect(m_reset, &ResetPasswordPage::backRequested, this, [this] { showSignIn(); });
    connect(m_reset, &ResetPasswordPage::passwordReset, this, [this](const QString& email) {
        m_forgot->reset();
        showSignIn(tr("Your password has been changed. You can now sign in with it."), email);
    });
    connect(m_forced, &ForcedPasswordChangePage::signOutRequested, this, &AuthWidget::signOutRequested);

    // Escape goes one step back, like a dialog's Cancel.
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] {
        QWidget* current = m_stack->currentWidget();
        if (current == m_registerEmail || current == m_forgot || current == m_reset)
            showSignIn();
        else if (current == m_registerDetails)
            showPage(m_registerEmail);
        else if (current == m_verify)
            showPage(m_registerDetails);
    });
}

void AuthWidget::showSignIn(const QString& notice, const QString& email)
{
    if (!email.isEmpty())
        m_signIn->setEmail(email);
    m_signIn->showNotice(notice);
    showPage(m_signIn);
}

void AuthWidget::showForcedPasswordChange()
{
    showPage(m_forced);
}

void AuthWidget::resetAll()
{
    m_signIn->reset(false);
    m_signIn->showNotice({});
    m_registerEmail->reset();
    m_registerDetails->reset();
    m_verify->reset();
    m_forgot->reset();
    m_reset->reset();
    m_forced->reset();
}

void AuthWidget::forgetPasswords()
{
    m_signIn->reset(true);
    m_forced->reset();
    m_reset->reset();
}

void AuthWidget::showPage(FormPage* page)
{
    m_stack->setCurrentWidget(page);
    page->focusFirstField();
}

} // namespace citoyens
