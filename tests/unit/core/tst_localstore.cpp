#include "store/AccountRepository.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace citoyens;

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migrationsAreShipped();
    void freshDatabaseIsMigrated();
    void upgradesAnOlderFile();
    void refusesANewerFile();
    void setsAsideADamagedFile();
    void accountRoundTrip();

private:
    // Runs SQL on a file outside any LocalStore, as an older or newer client would have.
    static void runSql(const QString& path, const QStringList& statements);
    static int userVersion(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalStore::runSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int TestLocalStore::userVersion(const QString& path)
{
    int version = -1;
    const QString name = QStringLiteral("raw-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

void TestLocalStore::migrationsAreShipped()
{
    QVERIFY(QFile::exists(LocalStore::MigrationsDir + QStringLiteral("001_account.sql")));
    QVERIFY(LocalStore::latestSchemaVersion() >= 2);
}

void TestLocalStore::freshDatabaseIsMigrated()
{
    const QString path = LocalStore::pathFor(m_dir->path(), QStringLiteral("acc-1"));
    QVERIFY(path.endsWith(QLatin1String("/accounts/acc-1/citoyens.sqlite")));
    LocalStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
    QCOMPARE(store.openError(), LocalStore::OpenError::None);
    QVERIFY(store.setAsidePath().isEmpty());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_state")));
    store.close();
    QCOMPARE(userVersion(path), LocalStore::latestSchemaVersion());

    // Opening again does nothing more.
    LocalStore again(path);
    QVERIFY(again.open());
    QCOMPARE(again.schemaVersion(), LocalStore::latestSchemaVersion());
}

void TestLocalStore::upgradesAnOlderFile()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    // What a client of schema 1 left behind, with a row that must survive.
    runSql(path,
           { QStringLiteral("CREATE TABLE account (id TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL, etag TEXT, "
                            "updated_at TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO account VALUES ('a1', '{}', '\"v1\"', '2026-01-01T00:00:00Z')"),
             QStringLiteral("PRAGMA user_version = 1") });
    QCOMPARE(userVersion(path), 1);

    LocalStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT etag FROM account WHERE id = 'a1'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("\"v1\""));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    QVERIFY(store.setAsidePath().isEmpty());
}

void TestLocalStore::refusesANewerFile()
{
    const QString path = m_dir->filePath(QStringLiteral("newer.sqlite"));
    const int newer = LocalStore::latestSchemaVersion() + 1;
    runSql(path, { QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = %1").arg(newer) });

    LocalStore store(path);
    QVERIFY(!store.open());
    QCOMPARE(store.openError(), LocalStore::OpenError::NewerSchema);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.errorString().isEmpty());
    // Refused, not touched: a newer client's data stays as it was.
    QCOMPARE(userVersion(path), newer);
    QVERIFY(store.setAsidePath().isEmpty());
}

void TestLocalStore::setsAsideADamagedFile()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray garbage(8192, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 131 + 7) % 251);
        f.write(garbage);
    }
    LocalStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
    const QString aside = store.setAsidePath();
    QVERIFY(aside.startsWith(path + QStringLiteral(".corrupt-")));
    QVERIFY(QFile::exists(aside));
    QCOMPARE(QFileInfo(aside).size(), qint64(8192));
    // The new file works.
    AccountRepository repo(&store);
    Account a;
    a.id = QStringLiteral("x");
    a.email = QStringLiteral("x@example.org");
    a.firstName = QStringLiteral("X");
    a.lastName = QStringLiteral("Y");
    QVERIFY(repo.save(a));
    QCOMPARE(repo.load()->id, QStringLiteral("x"));
}

void TestLocalStore::accountRoundTrip()
{
    LocalStore store(LocalStore::pathFor(m_dir->path(), QStringLiteral("acc-2")));
    QVERIFY(store.open());
    AccountRepository repo(&store);
    QVERIFY(!repo.load());
    QVERIFY(repo.etag().isEmpty());

    Account a;
    a.id = QStringLiteral("acc-2");
    a.email = QStringLiteral("marie.dupont@example.org");
    a.civility = Account::CivilityMme;
    a.firstName = QStringLiteral("Marie");
    a.lastName = QStringLiteral("Dupont");
    a.birthDate = QDate(1985, 4, 12);
    a.company = Company { QStringLiteral("Boulangerie"), QStringLiteral("12345678901234") };
    QVERIFY(repo.save(a, "\"e1\""));
    QCOMPARE(repo.etag(), QByteArray("\"e1\""));
    QCOMPARE(*repo.load(), a);

    a.firstName = QStringLiteral("Marie-Claire");
    QVERIFY(repo.save(a));
    QCOMPARE(repo.load()->firstName, QStringLiteral("Marie-Claire"));
    QVERIFY(repo.etag().isEmpty()); // a local change has no server version yet

    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM account")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
