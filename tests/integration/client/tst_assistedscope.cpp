// Account scopes against the real citoyens-server over HTTPS: the own scope lives from sign-in
// to sign-out; an assisted scope (an agent serving a walk-in citizen) is opened from an access
// token only, keeps its store in a folder of its own under the data directory, and after it is
// destroyed nothing of the citizen is left in the data folder. Also the start-up clean-up of
// what a crashed assisted session left behind.
#include "DemoAccounts.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "ClientCore.h"
#include "itemmodels/BeneficiaryListModel.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "store/CatalogueRepository.h"
#include "sync/BeneficiaryCommands.h"
#include "sync/SyncService.h"

#include "models/Beneficiary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;
using namespace demo;

namespace {

constexpr int NetworkTimeoutMs = 20000;
const QByteArray Png
    = QByteArray::fromHex("89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444"
                          "154789C63F8CFC0000003010100C9FE92EF0000000049454E44AE426082");

// Every file and folder under `dir`, relative to it, sorted.
QStringList listAll(const QString& dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(dir).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

} // namespace

class TestAssistedScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownScopeLivesFromSignInToSignOut();
    void destroyingLeavesNothingOfTheCitizen();
    void leftoversOfACrashAreRemovedAtStart();

private:
    ApiClientConfig config() const;

    std::unique_ptr<TestServer> m_server;
};

void TestAssistedScope::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CitoyensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_assistedscope"));
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestAssistedScope::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

ApiClientConfig TestAssistedScope::config() const
{
    ApiClientConfig c;
    c.baseUrl = m_server->baseUrl();
    c.caCertificates = m_server->caCertificates();
    return c;
}

void TestAssistedScope::ownScopeLivesFromSignInToSignOut()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QSettings().remove(QStringLiteral("session"));
    ClientCore::Options options;
    options.api = config();
    options.dataDir = dataDir.path();
    ClientCore core(std::move(options));
    QVERIFY(!core.scope()); // nobody signed in
    QSignalSpy changed(&core, &ClientCore::scopeChanged);
    core.session()->signIn(MarieEmail, MariePassword, false);
    QTRY_VERIFY_WITH_TIMEOUT(core.session()->state() == Session::State::SignedIn, NetworkTimeoutMs);
    QCOMPARE(changed.size(), 1);
    QPointer<AccountScope> scope = core.scope();
    QVERIFY(scope);
    QCOMPARE(changed.at(0).at(0).value<AccountScope*>(), scope.data());
    QCOMPARE(scope->kind(), AccountScope::Kind::Own);
    QSignalSpy synced(scope->sync(), &SyncService::syncFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), NetworkTimeoutMs);
    QVERIFY(!scope->catalogueRepository()->load().communes.isEmpty());

    core.session()->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(core.session()->state(), Session::State::SignedOut, NetworkTimeoutMs);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!changed.at(1).at(0).value<AccountScope*>());
    QVERIFY(!core.scope());
    QTRY_VERIFY(scope.isNull()); // destroyed, not merely emptied

    // The next sign-in gets a new scope.
    core.session()->signIn(MarieEmail, MariePassword, false);
    QTRY_VERIFY_WITH_TIMEOUT(core.scope(), NetworkTimeoutMs);
    QCOMPARE(changed.size(), 3);
}

void TestAssistedScope::destroyingLeavesNothingOfTheCitizen()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QSettings().remove(QStringLiteral("session"));
    // What the agent's scope would hand over: an access token of the citizen, nothing more.
    TestHttp http(*m_server);
    const TestReply login
        = http.post(QStringLiteral("/auth/login"),
                    { { QStringLiteral("email"), MarieEmail }, { QStringLiteral("password"), MariePassword } });
    QCOMPARE(login.status, 200);
    const QByteArray token = login.json().value(QStringLiteral("accessToken")).toString().toUtf8();
    QVERIFY(!token.isEmpty());

    ClientCore::Options options;
    options.api = config();
    options.dataDir = dataDir.path();
    ClientCore core(std::move(options));
    QString error;
    std::unique_ptr<AccountScope> scope = core.openAssisted(token, &error);
    QVERIFY2(scope, qPrintable(error));
    QCOMPARE(scope->kind(), AccountScope::Kind::Assisted);
    QVERIFY(scope->folder().startsWith(AccountScope::assistedRoot(dataDir.path()) + QLatin1Char('/')));

    QSignalSpy synced(scope->sync(), &SyncService::syncFinished);
    scope->start();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), NetworkTimeoutMs);
    QVERIFY(synced.at(0).at(0).toBool());
    QVERIFY(!scope->catalogueRepository()->load().communes.isEmpty());

    // The citizen's own data written through the scope: a beneficiary and its photo.
    BeneficiaryCommands* commands = scope->beneficiaryCommands();
    Beneficiary b;
    b.firstName = QStringLiteral("Zoé");
    b.lastName = QStringLiteral("Dupont");
    b.birthDate = QDate(2018, 3, 4);
    b.relation = QStringLiteral("Enfant");
    b.schoolClass = QStringLiteral("CP");
    BeneficiaryOperation* creation = commands->create(b);
    QVERIFY(creation);
    QSignalSpy created(creation, &Operation::finished);
    QVERIFY(created.wait(NetworkTimeoutMs));
    QVERIFY2(creation->succeeded(), qPrintable(creation->error().message));
    const QString id = creation->beneficiary().id;
    QVERIFY(scope->beneficiaryModel()->rowOf(id) >= 0);
    BeneficiaryOperation* photo = commands->uploadPhoto(id, Png);
    QVERIFY(photo);
    QSignalSpy photoUploaded(photo, &Operation::finished);
    QVERIFY(photoUploaded.wait(NetworkTimeoutMs));
    QVERIFY2(photo->succeeded(), qPrintable(photo->error().message));

    // While it lives, everything it wrote is in its own folder and nowhere else.
    const QString folder = QDir(dataDir.path()).relativeFilePath(scope->folder());
    const QStringList during = listAll(dataDir.path());
    QVERIFY2(during.contains(folder + QStringLiteral("/citoyens.sqlite")), qPrintable(during.join(u' ')));
    for (const QString& entry : during)
        QVERIFY2(entry == QStringLiteral("assisted") || entry.startsWith(folder), qPrintable(entry));
    // No account store, and the session's settings (which account to remember) untouched.
    QVERIFY(!QDir(dataDir.filePath(QStringLiteral("accounts"))).exists());
    QVERIFY(!QSettings().childGroups().contains(QStringLiteral("session")));

    scope.reset();
    const QStringList after = listAll(dataDir.path());
    QVERIFY2(after.isEmpty() || after == QStringList { QStringLiteral("assisted") }, qPrintable(after.join(u' ')));
}

void TestAssistedScope::leftoversOfACrashAreRemovedAtStart()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    // What a crash leaves: an assisted folder with a store and its WAL.
    const QString left = QDir(AccountScope::assistedRoot(dataDir.path())).filePath(QStringLiteral("crashed"));
    QVERIFY(QDir().mkpath(left));
    for (const QString& name : { QStringLiteral("citoyens.sqlite"), QStringLiteral("citoyens.sqlite-wal") }) {
        QFile file(QDir(left).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dupont Zoé");
    }
    // The own account's store is not an assisted leftover and stays.
    const QString own = dataDir.filePath(QStringLiteral("accounts/acc-1"));
    QVERIFY(QDir().mkpath(own));
    QFile keep(QDir(own).filePath(QStringLiteral("citoyens.sqlite")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();

    ClientCore::Options options;
    options.api = config();
    options.dataDir = dataDir.path();
    ClientCore core(std::move(options));
    QCOMPARE(core.removedLeftovers(), 1);
    QVERIFY(!QDir(left).exists());
    QVERIFY(QFile::exists(keep.fileName()));
    QCOMPARE(AccountScope::removeAssistedLeftovers(dataDir.path()), 0);
}

QTEST_GUILESS_MAIN(TestAssistedScope)
#include "tst_assistedscope.moc"
