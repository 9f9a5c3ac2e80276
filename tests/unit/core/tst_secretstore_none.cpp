#include "session/NoSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace citoyens;

// The null keychain: never available, says why, never keeps anything.
class TestNoSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notAvailableAndSaysSo();
    void writeFailsWithTheReason();
    void readFindsNothing();
    void removeSucceeds();
    void customReason();
};

void TestNoSecretStore::notAvailableAndSaysSo()
{
    NoSecretStore store;
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.availabilityMessage().isEmpty());
}

void TestNoSecretStore::writeFailsWithTheReason()
{
    NoSecretStore store;
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.write(QStringLiteral("k"), QStringLiteral("secret"));
    QCOMPARE(spy.count(), 0); // asynchronous, like a real keychain
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("k"));
    QCOMPARE(spy.at(0).at(1).toBool(), false);
    QCOMPARE(spy.at(0).at(2).toString(), store.availabilityMessage());
}

void TestNoSecretStore::readFindsNothing()
{
    NoSecretStore store;
    store.write(QStringLiteral("k"), QStringLiteral("secret"));
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(QStringLiteral("k"));
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("k"));
    QVERIFY(spy.at(0).at(1).toString().isEmpty());
}

void TestNoSecretStore::removeSucceeds()
{
    NoSecretStore store;
    QSignalSpy spy(&store, &SecretStore::removeFinished);
    store.remove(QStringLiteral("k"));
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.at(0).at(1).toBool(), true);
}

void TestNoSecretStore::customReason()
{
    NoSecretStore store(QStringLiteral("disabled by --no-keychain"), nullptr);
    QCOMPARE(store.availabilityMessage(), QStringLiteral("disabled by --no-keychain"));
}

QTEST_GUILESS_MAIN(TestNoSecretStore)
#include "tst_secretstore_none.moc"
