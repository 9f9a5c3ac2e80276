// LinuxSessionLockWatcher on a real, private D-Bus session bus (the test runs under
// dbus-run-session): fake screen savers and a fake logind own their well-known names on a
// connection of their own and send the real signals; the watcher listens on another one.
#include "platform/LinuxSessionLockWatcher.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QTest>

using citoyens::LinuxSessionLockWatcher;
using citoyens::SessionLockWatcher;

namespace {

const QString kOurSession = QStringLiteral("/org/freedesktop/login1/session/_37");
const QString kOtherSession = QStringLiteral("/org/freedesktop/login1/session/_12");

} // namespace

// org.freedesktop.login1.Manager, as much as the watcher asks of it.
class FakeLogindManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    QStringList askedSessions;

public Q_SLOTS:
    QDBusObjectPath GetSession(const QString& id)
    {
        askedSessions << id;
        return QDBusObjectPath(id == QLatin1String("c7") ? kOurSession : kOtherSession);
    }
};

class TestSessionLockWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void screenSaverActiveLocks_data();
    void screenSaverActiveLocks();
    void screenSaverInactiveDoesNotLock();
    void oneLockPerScreenSaverChange();
    void logindLockOfOurSessionLocks();
    void logindLockOfAnotherSessionIsIgnored();
    void prepareForSleepLocksOnlyWhenSleeping();
    void servicesAbsentAreNotErrors();
    void busesAbsentAreNotErrors();
    void factoryBuildsTheLinuxWatcher();

private:
    QDBusConnection services() const { return QDBusConnection(QStringLiteral("fake-services")); }
    QDBusConnection watcherBus() const { return QDBusConnection(QStringLiteral("watcher")); }
    void send(const QString& path, const QString& interface, const QString& name, const QVariantList& args = {});
    // A round trip on the watcher's connection: the bus has applied its match rules after it.
    void syncWatcherBus();
    void sendActiveChanged(bool active)
    {
        send(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
             QStringLiteral("ActiveChanged"), { active });
    }
    void sendPrepareForSleep(bool start)
    {
        send(QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
             QStringLiteral("PrepareForSleep"), { start });
    }
    static SessionLockWatcher::Reason reasonAt(const QSignalSpy& spy, int i)
    {
        return spy.at(i).at(0).value<SessionLockWatcher::Reason>();
    }
    bool own(const QString& name);
    void release(const QString& name);

    FakeLogindManager m_logind;
};

void TestSessionLockWatcher::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a private D-Bus session: run under dbus-run-session (as ctest does)");
    QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-services")).isConnected());
    QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("watcher")).isConnected());
    QVERIFY(services().registerObject(QStringLiteral("/org/freedesktop/login1"), &m_logind,
                                      QDBusConnection::ExportAllSlots));
}

void TestSessionLockWatcher::cleanup()
{
    for (const auto& name : { "org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.freedesktop.login1" })
        release(QString::fromLatin1(name));
    m_logind.askedSessions.clear();
}

bool TestSessionLockWatcher::own(const QString& name)
{
    return services().interface()->registerService(name).value() == QDBusConnectionInterface::ServiceRegistered;
}

void TestSessionLockWatcher::release(const QString& name)
{
    services().interface()->unregisterService(name);
}

void TestSessionLockWatcher::send(const QString& path, const QString& interface, const QString& name,
                                  const QVariantList& args)
{
    auto signal = QDBusMessage::createSignal(path, interface, name);
    signal.setArguments(args);
    QVERIFY(services().send(signal));
}

void TestSessionLockWatcher::syncWatcherBus()
{
    QVERIFY(watcherBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.DBus")).value());
}

void TestSessionLockWatcher::screenSaverActiveLocks_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::newRow("freedesktop") << "org.freedesktop.ScreenSaver"
                                 << "/org/freedesktop/ScreenSaver";
    QTest::newRow("kde path") << "org.freedesktop.ScreenSaver"
                              << "/ScreenSaver";
    QTest::newRow("gnome") << "org.gnome.ScreenSaver"
                           << "/org/gnome/ScreenSaver";
}

void TestSessionLockWatcher::screenSaverActiveLocks()
{
    QFETCH(QString, service);
    QFETCH(QString, path);
    QVERIFY(own(service));
    LinuxSessionLockWatcher watcher(watcherBus(), watcherBus(), QStringLiteral("c7"));
    QVERIFY(watcher.isWatching());
    QSignalSpy spy(&watcher, &SessionLockWatcher::lockRequested);
    syncWatcherBus();

    send(path, service, QStringLiteral("ActiveChanged"), { true });
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockWatcher::Reason>(), SessionLockWatcher::Reason::SessionLocked);
}

void TestSessionLockWatcher::screenSaverInactiveDoesNotLock()
{
    QVERIFY(own(QStringLiteral("org.freedesktop.ScreenSaver")));
    QVERIFY(own(QStringLiteral("org.freedesktop.login1")));
    LinuxSessionLockWatcher watcher(watcherBus(), watcherBus(), QStringLiteral("c7"));
    QSignalSpy spy(&watcher, &SessionLockWatcher::lockRequested);
    syncWatcherBus();

    // One sender's signals keep their order: the sleep that comes after is the marker. Had
    // ActiveChanged(false) asked for a lock, the first reason would be SessionLocked.
    sendActiveChanged(false);
    sendPrepareForSleep(true);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(reasonAt(spy, 0), SessionLockWatcher::Reason::Sleep);

    // Locked, then unlocked (nothing), then locked again: a second lock.
    sendActiveChanged(true);
    sendActiveChanged(false);
    sendPrepareForSleep(true);
    sendActiveChanged(true);
    QTRY_COMPARE(spy.count(), 4);
    QCOMPARE(reasonAt(spy, 1), SessionLockWatcher::Reason::SessionLocked);
    QCOMPARE(reasonAt(spy, 2), SessionLockWatcher::Reason::Sleep);
    QCOMPARE(reasonAt(spy, 3), SessionLockWatcher::Reason::SessionLocked);
}

void TestSessionLockWatcher::oneLockPerScreenSaverChange()
{
    QVERIFY(own(QStringLiteral("org.freedesktop.ScreenSaver")));
    QVERIFY(own(QStringLiteral("org.freedesktop.login1")));
    LinuxSessionLockWatcher watcher(watcherBus(), watcherBus(), QStringLiteral("c7"));
    QSignalSpy spy(&watcher, &SessionLockWatcher::lockRequested);
    syncWatcherBus();

    // KDE announces one change on two paths; then the machine goes to sleep (a marker heard
    // after both, as one sender's signals keep their order).
    const auto iface = QStringLiteral("org.freedesktop.ScreenSaver");
    send(QStringLiteral("/ScreenSaver"), iface, QStringLiteral("ActiveChanged"), { true });
    send(QStringLiteral("/org/freedesktop/ScreenSaver"), iface, QStringLiteral("ActiveChanged"), { true });
    send(QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
         QStringLiteral("PrepareForSleep"), { true });
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<SessionLockWatcher::Reason>(), SessionLockWatcher::Reason::SessionLocked);
    QCOMPARE(spy.at(1).at(0).value<SessionLockWatcher::Reason>(), SessionLockWatcher::Reason::Sleep);
}

void TestSessionLockWatcher::logindLockOfOurSessionLocks()
{
    QVERIFY(own(QStringLiteral("org.freedesktop.login1")));
    LinuxSessionLockWatcher watcher(watcherBus(), watcherBus(), QStringLiteral("c7"));
    QSignalSpy spy(&watcher, &SessionLockWatcher::lockRequested);
    QTRY_COMPARE(watcher.login1SessionPath(), kOurSession);
    QCOMPARE(m_logind.askedSessions, QStringList { QStringLiteral("c7") });
    syncWatcherBus();

    send(kOurSession, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<SessionLockWatcher::Reason>(), SessionLockWatcher::Reason::SessionLocked);
}

void TestSessionLockWatcher::logindLockOfAnotherSessionIsIgnored()
{
    QVERIFY(own(QStringLiteral("org.freedesktop.login1")));
    LinuxSessionLockWatcher watcher(watcherBus(), watcherBus(), QStringLiteral("c7"));
    QSignalSpy spy(&watcher, &SessionLockWatcher::lockRequested);
    QTRY_COMPARE(watcher.login1SessionPath(), kOurSession);
    syncWatcherBus();

    // Another person's session on the same machine locks, ours unlocks: nothing; the sleep
    // after them is the marker.
    send(kOtherSession, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
    send(kOurSession, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Unlock"));
    sendPrepareForSleep(true);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(reasonAt(spy, 0), SessionLockWatcher::Reason::Sleep);
}

void TestSessionLockWatcher::prepareForSleepLocksOnlyWhenSleeping()
{
    QVERIFY(own(QStringLiteral("org.freedesktop.login1")));
    QVERIFY(own(QStringLiteral("org.freedesktop.ScreenSaver")));
    LinuxSessionLockWatcher watcher(watcherBus(), watcherBus(), QStringLiteral("c7"));
    QSignalSpy spy(&watcher, &SessionLockWatcher::lockRequested);
    syncWatcherBus();

    sendPrepareForSleep(false); // waking up: nothing (the screen saver's lock is the marker)
    sendActiveChanged(true);
    sendPrepareForSleep(true);
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(reasonAt(spy, 0), SessionLockWatcher::Reason::SessionLocked);
    QCOMPARE(reasonAt(spy, 1), SessionLockWatcher::Reason::Sleep);
}

void TestSessionLockWatcher::servicesAbsentAreNotErrors()
{
    // Nobody owns any of the names: the watcher still listens (logind's silence is logged).
    LinuxSessionLockWatcher watcher(watcherBus(), watcherBus(), QStringLiteral("c7"));
    QVERIFY(watcher.isWatching());
    QSignalSpy spy(&watcher, &SessionLockWatcher::lockRequested);
    // The screen saver starts later: heard from then on.
    QVERIFY(own(QStringLiteral("org.freedesktop.ScreenSaver")));
    syncWatcherBus();
    send(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
         QStringLiteral("ActiveChanged"), { true });
    QVERIFY(spy.wait());
    QVERIFY(watcher.login1SessionPath().isEmpty());
}

void TestSessionLockWatcher::busesAbsentAreNotErrors()
{
    const auto none = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/citoyens-bus"),
                                                    QStringLiteral("absent"));
    QVERIFY(!none.isConnected());
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no D-Bus session bus")));
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no D-Bus system bus")));
    LinuxSessionLockWatcher watcher(none, none);
    QVERIFY(!watcher.isWatching());
    QDBusConnection::disconnectFromBus(QStringLiteral("absent"));
}

void TestSessionLockWatcher::factoryBuildsTheLinuxWatcher()
{
    const auto watcher = citoyens::createSessionLockWatcher();
    QVERIFY(qobject_cast<LinuxSessionLockWatcher*>(watcher.get()));
}

QTEST_GUILESS_MAIN(TestSessionLockWatcher)
#include "tst_sessionlockwatcher.moc"
