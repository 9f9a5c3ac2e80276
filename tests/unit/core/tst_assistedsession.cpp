// AssistedSession without a server and without a widget: an assisted scope opened from a token
// lives in a folder of its own until it is ended (by the call, by the token's expiry, by the
// next one, by the desk's own destruction), and nothing locks while no agent is signed in.
// The lock of a signed-in agent is tested with the real server and the widgets (tst_deskwalkin).
#include "ClientCore.h"
#include "assisted/AssistedSession.h"
#include "platform/SessionLockWatcher.h"
#include "scope/AccountScope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

const QByteArray Token = QByteArrayLiteral("jeton-de-test");

QDateTime inMinutes(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(60 * minutes);
}

} // namespace

class TestAssistedSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openThenEndLeavesNoFolder();
    void tokenExpiryEnds();
    void nextSessionEndsThePreviousOne();
    void destructionEnds();
    void nothingLocksWithoutAnAgent();
    void scannerFolderIsKept();

private:
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ClientCore> m_core;
    SessionLockWatcher* m_watcher = nullptr;
    std::unique_ptr<AssistedSession> m_session;
};

void TestAssistedSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("citoyens-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_assistedsession"));
}

void TestAssistedSession::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    ClientCore::Options options;
    // Nothing listens there: the revocation at the end fails quietly, as when offline.
    options.api.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    options.dataDir = m_dataDir->path();
    options.withScope = false;
    m_core = std::make_unique<ClientCore>(std::move(options));
    auto watcher = std::make_unique<NullSessionLockWatcher>();
    m_watcher = watcher.get();
    m_session = std::make_unique<AssistedSession>(m_core.get(), std::move(watcher));
}

void TestAssistedSession::cleanup()
{
    m_session.reset();
    m_core.reset();
    m_dataDir.reset();
}

void TestAssistedSession::openThenEndLeavesNoFolder()
{
    QSignalSpy changed(m_session.get(), &AssistedSession::assistedChanged);
    QVERIFY(!m_session->assisted());
    QString error;
    QVERIFY2(
        m_session->openAssisted(QStringLiteral("c-1"), QStringLiteral("Jeanne Lefèvre"), Token, inMinutes(30), &error),
        qPrintable(error));
    QPointer<AccountScope> scope = m_session->assisted();
    QVERIFY(scope);
    QCOMPARE(scope->kind(), AccountScope::Kind::Assisted);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<AccountScope*>(), scope.data());
    QCOMPARE(m_session->assistedCitizenId(), QStringLiteral("c-1"));
    QCOMPARE(m_session->assistedName(), QStringLiteral("Jeanne Lefèvre"));
    const QString folder = scope->folder();
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(folder.startsWith(AccountScope::assistedRoot(m_dataDir->path())));

    m_session->endAssisted();
    QCOMPARE(changed.size(), 2);
    QVERIFY(!changed.at(1).at(0).value<AccountScope*>());
    QVERIFY(!m_session->assisted());
    QVERIFY(m_session->assistedName().isEmpty());
    QVERIFY(m_session->assistedCitizenId().isEmpty());
    QTRY_VERIFY(scope.isNull()); // destroyed, not merely emptied
    QVERIFY(!QFileInfo::exists(folder));

    m_session->endAssisted(); // nothing open: nothing said
    QCOMPARE(changed.size(), 2);
}

void TestAssistedSession::tokenExpiryEnds()
{
    QSignalSpy changed(m_session.get(), &AssistedSession::assistedChanged);
    QVERIFY(m_session->openAssisted(QStringLiteral("c-2"), QStringLiteral("Hugo Roux"), Token,
                                    QDateTime::currentDateTimeUtc().addMSecs(300)));
    const QString folder = m_session->assisted()->folder();
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->assisted(), 5000);
    QCOMPARE(changed.size(), 2);
    QTRY_VERIFY(!QFileInfo::exists(folder));
}

void TestAssistedSession::nextSessionEndsThePreviousOne()
{
    QSignalSpy changed(m_session.get(), &AssistedSession::assistedChanged);
    QVERIFY(m_session->openAssisted(QStringLiteral("c-1"), QStringLiteral("Jeanne Lefèvre"), Token, inMinutes(30)));
    const QString first = m_session->assisted()->folder();
    QVERIFY(m_session->openAssisted(QStringLiteral("c-3"), QStringLiteral("Inès Morel"), Token, inMinutes(30)));
    QCOMPARE(changed.size(), 3); // the first, its end, the second
    QVERIFY(!changed.at(1).at(0).value<AccountScope*>());
    QCOMPARE(changed.at(2).at(0).value<AccountScope*>(), m_session->assisted());
    QCOMPARE(m_session->assistedName(), QStringLiteral("Inès Morel"));
    QVERIFY(m_session->assisted()->folder() != first);
    QTRY_VERIFY(!QFileInfo::exists(first));
}

void TestAssistedSession::destructionEnds()
{
    QVERIFY(m_session->openAssisted(QStringLiteral("c-1"), QStringLiteral("Jeanne Lefèvre"), Token, inMinutes(30)));
    const QString folder = m_session->assisted()->folder();
    m_session.reset();
    QVERIFY(!QFileInfo::exists(folder));
}

void TestAssistedSession::nothingLocksWithoutAnAgent()
{
    QSignalSpy locked(m_session.get(), &AssistedSession::locked);
    QVERIFY(!m_session->isAgentSignedIn());
    QVERIFY(m_session->openAssisted(QStringLiteral("c-1"), QStringLiteral("Jeanne Lefèvre"), Token, inMinutes(30)));
    m_session->lock(AssistedSession::LockReason::Inactivity);
    Q_EMIT m_watcher->lockRequested(SessionLockWatcher::Reason::SessionLocked);
    Q_EMIT m_watcher->lockRequested(SessionLockWatcher::Reason::Sleep);
    QVERIFY(locked.isEmpty());
    QVERIFY(!m_session->isLocked());
    QVERIFY(m_session->lockedEmail().isEmpty());
    QVERIFY(m_session->assisted()); // a lock that does not happen ends nothing
}

void TestAssistedSession::scannerFolderIsKept()
{
    AssistedSession::setScannerFolder(m_dataDir->path());
    QCOMPARE(AssistedSession::scannerFolder(), m_dataDir->path());
    AssistedSession::setScannerFolder({});
    QVERIFY(AssistedSession::scannerFolder().isEmpty());
}

QTEST_GUILESS_MAIN(TestAssistedSession)
#include "tst_assistedsession.moc"
