#include "MainWindow.h"

#include "InactivityWarningDialog.h"
#include "account/AccountWidget.h"
#include "account/HomePage.h"
#include "assisted/AssistedSessionWidget.h"
#include "assisted/LockScreen.h"
#include "auth/AuthWidget.h"
#include "auth/SignInPage.h"
#include "widgets/ButtonKeys.h"
#include "widgets/FormHelpers.h"

#include "ClientCore.h"
#include "assisted/AssistedSession.h"
#include "scope/AccountScope.h"
#include "session/InactivityMonitor.h"

#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
constexpr QSize DefaultSize { 1100, 740 };

} // namespace

MainWindow::MainWindow(const ClientCore& core, QWidget* parent)
    : MainWindow(core.session(), core.authOperations(), core.monitor(), core.clock(), core.scope(), parent)
{
    // Each sign-in brings its own scope; its pages follow it.
    connect(&core, &ClientCore::scopeChanged, m_account, &AccountWidget::setScope);

    // The agent's desk: walk-in citizens' assisted sessions, and the lock of a shared machine.
    m_assistance = new AssistedSession(&core, nullptr, this);
    m_account->setAssistance(m_assistance);
    m_lock = new LockScreen(m_assistance, m_session, m_stack);
    m_stack->addWidget(m_lock);
    connect(m_assistance, &AssistedSession::assistedChanged, this, &MainWindow::showAssisted);
    connect(m_assistance, &AssistedSession::locked, this, [this] {
        m_lock->prepare();
        m_stack->setCurrentWidget(m_lock);
        m_lock->setFocus(Qt::OtherFocusReason);
    });
    connect(m_lock, &LockScreen::switchUserRequested, this, [this] {
        m_assistance->forgetLock();
        m_auth->showSignIn({}, {});
        m_stack->setCurrentWidget(m_auth);
    });
}

void MainWindow::showAssisted(AccountScope* scope)
{
    if (m_assisted) {
        m_stack->removeWidget(m_assisted);
        m_assisted->hide();
        m_assisted->deleteLater();
        m_assisted = nullptr;
    }
    if (scope) {
        m_assisted = new AssistedSessionWidget(m_assistance, scope, m_stack);
        m_stack->addWidget(m_assisted);
        m_stack->setCurrentWidget(m_assisted);
        return;
    }
    if (m_session->state() == Session::State::SignedIn)
        m_stack->setCurrentWidget(m_account);
}

MainWindow::MainWindow(Session* session, AuthOperations* auth, InactivityMonitor* monitor, Clock* clock,
                       AccountScope* scope, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_stack(new QStackedWidget(this))
    , m_restoring(new QWidget(m_stack))
    , m_auth(new AuthWidget(session, auth, m_stack))
    , m_account(new AccountWidget(session, scope, m_stack))
    , m_warning(new InactivityWarningDialog(clock, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Citoyens — Communauté d'Agglomération du Puy-en-Velay"));
    setMinimumSize(1000, 680);
    ButtonKeys::install(this);
    m_stack->setObjectName(QStringLiteral("mainStack"));

    m_restoring->setObjectName(QStringLiteral("restoringPage"));
    auto* restoringLayout = new QVBoxLayout(m_restoring);
    auto* restoringLabel
        = FormHelpers::paragraph(tr("Reconnecting to your account…"), m_restoring, QStringLiteral("subtitle"));
    restoringLabel->setAlignment(Qt::AlignCenter);
    restoringLayout->addWidget(restoringLabel);

    m_stack->addWidget(m_auth);
    m_stack->addWidget(m_account);
    m_stack->addWidget(m_restoring);
    setCentralWidget(m_stack);

    connect(m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::expired, this, &MainWindow::onExpired);
    connect(m_session, &Session::secretStoreWarning, this, &MainWindow::onSecretStoreWarning);
    connect(m_account, &AccountWidget::signOutRequested, this, &MainWindow::signOut);
    connect(m_auth, &AuthWidget::signOutRequested, this, &MainWindow::signOut);
    connect(m_auth, &AuthWidget::accountCreated, this, [this] {
        m_showCreated = true;
        if (m_session->state() == Session::State::SignedIn) {
            m_account->homePage()->showAccountCreated(true);
            m_account->showHome();
            m_showCreated = false;
        }
    });

    connect(m_monitor, &InactivityMonitor::warning, m_warning, &InactivityWarningDialog::showCountdown);
    connect(m_monitor, &InactivityMonitor::activityResumed, m_warning, &InactivityWarningDialog::dismiss);
    connect(m_warning, &InactivityWarningDialog::staySignedInRequested, m_monitor, &InactivityMonitor::reportActivity);
    connect(m_monitor, &InactivityMonitor::expired, this, [this] {
        m_warning->dismiss();
        if (m_assistance && m_assistance->isAgentSignedIn()) {
            m_assistance->lock(AssistedSession::LockReason::Inactivity);
            return;
        }
        m_session->expire(tr("You were signed out after 2 hours of inactivity. Sign in again to continue where you "
                             "left off: what you were typing has been kept."));
    });

    onStateChanged(m_session->state());
    restoreWindowGeometry();
}

void MainWindow::restoreWindowGeometry()
{
    const QByteArray saved = QSettings().value(GeometryKey).toByteArray();
    QScreen* screen = this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), DefaultSize);
    if (saved.isEmpty() || !restoreGeometry(saved)) {
        resize(DefaultSize.boundedTo(available.size()).expandedTo(minimumSize()));
        move(available.center() - rect().center());
        return;
    }
    // Saved on a larger screen (or a second one since unplugged): the window fits this one.
    if (!isMaximized() && !isFullScreen()) {
        const QSize size = this->size().boundedTo(available.size()).expandedTo(minimumSize());
        resize(size);
        QRect frame(pos(), size);
        if (!available.contains(frame)) {
            frame.moveLeft(std::clamp(frame.left(), available.left(),
                                      std::max(available.left(), available.right() - size.width())));
            frame.moveTop(std::clamp(frame.top(), available.top(),
                                     std::max(available.top(), available.bottom() - size.height())));
            move(frame.topLeft());
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::onStateChanged(Session::State state)
{
    const Session::State previous = m_previous;
    m_previous = state;
    switch (state) {
    case Session::State::SignedOut:
        m_monitor->stop();
        m_warning->dismiss();
        showSignedOut();
        break;
    case Session::State::Restoring:
        m_stack->setCurrentWidget(m_restoring);
        break;
    case Session::State::SigningIn:
        break;
    case Session::State::SignedIn:
    case Session::State::PasswordChangeRequired: {
        const std::optional<Account> account = m_session->account();
        const QString id = account ? account->id : QString();
        if (id != m_formsOwner) {
            m_account->reset();
            m_formsOwner = id;
        }
        m_lastEmail = account ? account->email : QString();
        m_signedOutNotice.clear();
        if (!m_monitor->isRunning())
            m_monitor->start();
        if (state == Session::State::PasswordChangeRequired) {
            m_stack->setCurrentWidget(m_auth);
            m_auth->showForcedPasswordChange();
            break;
        }
        if (previous == Session::State::PasswordChangeRequired)
            m_account->showHome();
        if (!m_keychainNotice.isEmpty()) {
            m_account->homePage()->showNotice(m_keychainNotice);
            m_keychainNotice.clear();
        }
        if (m_showCreated) {
            m_account->homePage()->showAccountCreated(true);
            m_account->showHome();
            m_showCreated = false;
        }
        m_stack->setCurrentWidget(m_account);
        // The focus was on a control of the auth page, hidden now: the home page's first control.
        m_account->focusCurrentPage();
        break;
    }
    }
}

void MainWindow::onSecretStoreWarning(const QString& message)
{
    // Said during sign-in, before the account pages are (re)set for this person: keep it
    // for them. Signed out (a remembered session that cannot be read): say it on sign-in.
    if (m_session->state() == Session::State::SignedIn) {
        m_account->homePage()->showNotice(message);
        return;
    }
    m_keychainNotice = message;
    if (m_session->state() == Session::State::SignedOut)
        m_auth->signInPage()->showNotice(message);
}

void MainWindow::onExpired(const QString& reason)
{
    m_monitor->stop();
    m_warning->dismiss();
    m_signedOutNotice = reason;
    m_account->forgetPasswords();
    m_auth->forgetPasswords();
    showSignedOut();
}

void MainWindow::signOut()
{
    m_signingOut = true;
    m_keychainNotice.clear();
    m_account->reset();
    m_formsOwner.clear();
    m_auth->resetAll();
    m_signedOutNotice = tr("You have signed out.");
    m_session->signOut();
    // signOut() may already have moved the session to SignedOut.
    if (m_session->state() == Session::State::SignedOut)
        showSignedOut();
}

void MainWindow::showSignedOut()
{
    // Only the sign-in page makes sense once signed out, except while the person is already
    // on another auth page (creating an account, a forgotten password).
    if (m_stack->currentWidget() != m_auth || m_signingOut || !m_signedOutNotice.isEmpty()) {
        const QString email = m_signingOut ? QString() : m_lastEmail;
        m_auth->showSignIn(m_signedOutNotice, email);
    }
    m_signedOutNotice.clear();
    m_signingOut = false;
    // A locked desk stays locked until its agent signs in again (or someone else is chosen).
    if (m_assistance && m_assistance->isLocked()) {
        m_stack->setCurrentWidget(m_lock);
        return;
    }
    m_stack->setCurrentWidget(m_auth);
}

} // namespace citoyens
