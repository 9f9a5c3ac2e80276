#include "LinuxSessionLockWatcher.h"

#include "PlatformLogging.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <utility>

namespace citoyens {

namespace {

const QString kScreenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kGnomeScreenSaverService = QStringLiteral("org.gnome.ScreenSaver");
const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kLogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogindSession = QStringLiteral("org.freedesktop.login1.Session");
const QString kActiveChanged = QStringLiteral("ActiveChanged");

} // namespace

LinuxSessionLockWatcher::LinuxSessionLockWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                                                 const QString& sessionId, QObject* parent)
    : SessionLockWatcher(parent)
    , m_sessionBus(sessionBus)
    , m_systemBus(systemBus)
{
    watchScreenSavers();
    watchLogind(sessionId);
}

LinuxSessionLockWatcher::LinuxSessionLockWatcher(QObject* parent)
    : LinuxSessionLockWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), {}, parent)
{ }

LinuxSessionLockWatcher::~LinuxSessionLockWatcher() = default;

void LinuxSessionLockWatcher::watchScreenSavers()
{
    if (!m_sessionBus.isConnected()) {
        qCInfo(lcPlatform) << "no D-Bus session bus: screen saver locks are not heard ("
                           << m_sessionBus.lastError().message() << ")";
        return;
    }
    // KDE announces on both paths; others on the second only.
    for (const auto& path : { QStringLiteral("/ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver") }) {
        m_watching |= m_sessionBus.connect(kScreenSaverService, path, kScreenSaverService, kActiveChanged, this,
                                           SLOT(onScreenSaverActiveChanged(bool)));
    }
    m_watching |= m_sessionBus.connect(kGnomeScreenSaverService, QStringLiteral("/org/gnome/ScreenSaver"),
                                       kGnomeScreenSaverService, kActiveChanged, this,
                                       SLOT(onGnomeScreenSaverActiveChanged(bool)));
}

void LinuxSessionLockWatcher::watchLogind(const QString& sessionId)
{
    if (!m_systemBus.isConnected()) {
        qCInfo(lcPlatform) << "no D-Bus system bus: logind locks and sleep are not heard ("
                           << m_systemBus.lastError().message() << ")";
        return;
    }
    m_watching |= m_systemBus.connect(kLogindService, kLogindPath, kLogindManager, QStringLiteral("PrepareForSleep"),
                                      this, SLOT(onPrepareForSleep(bool)));

    // Lock is sent on the session's own object: ask logind which one is ours, without
    // blocking the event loop (logind may be slow, or absent).
    QString id = sessionId;
    if (id.isEmpty())
        id = qEnvironmentVariable("XDG_SESSION_ID");
    if (id.isEmpty())
        id = QStringLiteral("auto");
    auto call
        = QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager, QStringLiteral("GetSession"));
    call << id;
    auto* pending = new QDBusPendingCallWatcher(m_systemBus.asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, id](QDBusPendingCallWatcher* watcher) {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcPlatform) << "logind does not know session" << id << "(" << reply.error().message()
                               << "): its lock requests are not heard";
            return;
        }
        followSession(reply.value().path());
    });
}

void LinuxSessionLockWatcher::followSession(const QString& path)
{
    if (path.isEmpty() || path == m_sessionPath)
        return;
    if (!m_systemBus.connect(kLogindService, path, kLogindSession, QStringLiteral("Lock"), this,
                             SLOT(onSessionLock()))) {
        qCWarning(lcPlatform) << "cannot listen to the Lock signal of" << path << m_systemBus.lastError().message();
        return;
    }
    m_watching = true;
    m_sessionPath = path;
    qCDebug(lcPlatform) << "following logind session" << path;
    Q_EMIT login1SessionPathChanged(path);
}

void LinuxSessionLockWatcher::onScreenSaverActiveChanged(bool active)
{
    const bool wasActive = std::exchange(m_screenSaverActive, active);
    if (active && !wasActive)
        Q_EMIT lockRequested(Reason::SessionLocked);
}

void LinuxSessionLockWatcher::onGnomeScreenSaverActiveChanged(bool active)
{
    const bool wasActive = std::exchange(m_gnomeScreenSaverActive, active);
    if (active && !wasActive)
        Q_EMIT lockRequested(Reason::SessionLocked);
}

void LinuxSessionLockWatcher::onPrepareForSleep(bool start)
{
    // false = waking up: the lock taken before sleeping is already there.
    if (start)
        Q_EMIT lockRequested(Reason::Sleep);
}

void LinuxSessionLockWatcher::onSessionLock()
{
    Q_EMIT lockRequested(Reason::SessionLocked);
}

} // namespace citoyens
