#include "session/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace citoyens;

// The real keychain store where there is no keychain at all (no D-Bus session): every job
// fails, the store says it is not available and why, and nothing falls back to a file.
// The working keychain is exercised by tests/integration/client/tst_session_server.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeFailsAndMarksUnavailable();
    void readFailsToo();
};

void TestKeychainUnavailable::initTestCase()
{
    // Even inside scripts/test's private D-Bus session: this test is about having none.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/citoyens-test-bus");
}

void TestKeychainUnavailable::writeFailsAndMarksUnavailable()
{
    KeychainSecretStore store(QStringLiteral("CitoyensTest"), nullptr);
    QVERIFY(store.isAvailable()); // not known before trying
    QSignalSpy written(&store, &SecretStore::writeFinished);
    store.write(QStringLiteral("host:443/acc"), QStringLiteral("refresh-token"));
    QVERIFY(written.wait(20000));
    QCOMPARE(written.at(0).at(0).toString(), QStringLiteral("host:443/acc"));
    QCOMPARE(written.at(0).at(1).toBool(), false);
    QVERIFY(!written.at(0).at(2).toString().isEmpty());
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.availabilityMessage().isEmpty());
}

void TestKeychainUnavailable::readFailsToo()
{
    KeychainSecretStore store(QStringLiteral("CitoyensTest"), nullptr);
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(QStringLiteral("host:443/acc"));
    QVERIFY(read.wait(20000));
    QCOMPARE(read.at(0).at(2).toBool(), false);
    QVERIFY(read.at(0).at(1).toString().isEmpty());
    QVERIFY(!store.isAvailable());
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_secretstore_keychain.moc"
