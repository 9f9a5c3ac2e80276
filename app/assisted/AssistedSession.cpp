#include "AssistedSession.h"

#include "ClientCore.h"
#include "models/Account.h"
#include "scope/AccountScope.h"
#include "session/InactivityMonitor.h"
#include "session/Session.h"
#include "walkin/WalkInCommands.h"

#include <QSettings>

#include <algorithm>
#include <chrono>

namespace citoyens {

namespace {

const QString ScannerFolderKey = QStringLiteral("desk/scannerFolder");
constexpr int DefaultLockAfterSeconds = 300;

} // namespace

AssistedSession::AssistedSession(const ClientCore* core, std::unique_ptr<SessionLockWatcher> watcher, QObject* parent)
    : QObject(parent)
    , m_core(core)
    , m_walkIn(std::make_unique<WalkInCommands>(core->client()))
    , m_watcher(watcher ? std::move(watcher) : createSessionLockWatcher())
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &AssistedSession::endAssisted);
    connect(m_watcher.get(), &SessionLockWatcher::lockRequested, this, [this](SessionLockWatcher::Reason reason) {
        lock(reason == SessionLockWatcher::Reason::Sleep ? LockReason::Sleep : LockReason::SessionLocked);
    });
    connect(core->session(), &Session::stateChanged, this, &AssistedSession::followSession);
}

AssistedSession::~AssistedSession()
{
    endAssisted();
}

bool AssistedSession::isAgentSignedIn() const
{
    const Session* session = m_core->session();
    if (!session->isSignedIn() || !session->account())
        return false;
    const QString role = session->account()->role;
    return role == Account::RoleAgent || role == Account::RoleAdministrator;
}

bool AssistedSession::openAssisted(const QString& citizenId, const QString& citizenName, const QByteArray& accessToken,
                                   const QDateTime& expiresAt, QString* error)
{
    endAssisted();
    std::unique_ptr<AccountScope> scope = m_core->openAssisted(accessToken, error);
    if (!scope)
        return false;
    m_assisted = std::move(scope);
    m_assistedId = citizenId;
    m_assistedName = citizenName;
    m_assistedToken = accessToken;
    // The server ends the token at its expiry whatever happens here; the desk ends with it.
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(expiresAt);
    m_expiry.start(int(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max())));
    m_assisted->start();
    Q_EMIT assistedChanged(m_assisted.get());
    return true;
}

WalkInOperation* AssistedSession::confirmAssisted(const QString& citizenId, const QString& citizenName,
                                                  const QString& code)
{
    WalkInOperation* operation = m_walkIn->confirmAssist(citizenId, code);
    connect(operation, &Operation::finished, this, [this, operation, citizenId, citizenName] {
        if (!operation->succeeded())
            return;
        QString error;
        if (!openAssisted(citizenId, citizenName, operation->accessToken(), operation->expiresAt(), &error))
            Q_EMIT assistFailed(error);
    });
    return operation;
}

void AssistedSession::endAssisted()
{
    if (!m_assisted)
        return;
    m_expiry.stop();
    m_walkIn->revoke(m_assistedToken);
    m_assistedToken.clear();
    m_assistedName.clear();
    m_assistedId.clear();
    AccountScope* ended = m_assisted.release();
    Q_EMIT assistedChanged(nullptr);
    // The pages built on it let go first; its destructor closes the store and removes the
    // folder. Deleted now when nothing is listening any more (the desk's own destruction).
    if (signalsBlocked() || !parent())
        delete ended;
    else
        ended->deleteLater();
}

void AssistedSession::lock(LockReason reason)
{
    if (!isAgentSignedIn())
        return;
    endAssisted();
    m_locked = true;
    m_lockedEmail = m_core->session()->account()->email;
    m_core->session()->expire(tr("The desk session is locked. Enter your password to continue."));
    Q_EMIT locked(reason);
}

void AssistedSession::forgetLock()
{
    m_locked = false;
    m_lockedEmail.clear();
}

void AssistedSession::followSession()
{
    Session* session = m_core->session();
    if (session->state() == Session::State::SignedOut) {
        endAssisted();
        return;
    }
    if (!isAgentSignedIn())
        return;
    if (session->state() == Session::State::SignedIn) {
        if (m_locked) {
            m_locked = false;
            Q_EMIT unlocked();
        }
        if (m_lockAfterSeconds <= 0)
            m_lockAfterSeconds = DefaultLockAfterSeconds;
        using namespace std::chrono;
        InactivityMonitor* monitor = m_core->monitor();
        monitor->setIdleLimit(seconds(m_lockAfterSeconds));
        monitor->setWarningLead(seconds(std::min(30, m_lockAfterSeconds / 4)));
        fetchSettings();
    }
}

void AssistedSession::fetchSettings()
{
    WalkInOperation* operation = m_walkIn->settings();
    connect(operation, &Operation::finished, this, [this, operation] {
        if (!operation->succeeded())
            return;
        const int seconds = operation->lockAfterSeconds();
        if (seconds <= 0)
            return;
        m_lockAfterSeconds = seconds;
        using namespace std::chrono;
        m_core->monitor()->setIdleLimit(std::chrono::seconds(seconds));
        m_core->monitor()->setWarningLead(std::chrono::seconds(std::min(30, seconds / 4)));
    });
}

QString AssistedSession::scannerFolder()
{
    return QSettings().value(ScannerFolderKey).toString();
}

void AssistedSession::setScannerFolder(const QString& folder)
{
    QSettings().setValue(ScannerFolderKey, folder);
}

} // namespace citoyens
