// Migration 3 and the services, beneficiaries and notifications repositories: one transaction
// per write, ETags, change signals.
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/LocalStore.h"
#include "store/NotificationRepository.h"
#include "store/SubscriptionRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

Subscription subscription(const QString& id, const QString& status, int day)
{
    Subscription s;
    s.id = id;
    s.serviceId = QStringLiteral("svc-") + id;
    s.communeId = QStringLiteral("rosieres");
    s.serviceName = QStringLiteral("Inscription accueil de loisirs résident commune");
    s.communeName = QStringLiteral("ROSIÈRES");
    s.status = status;
    s.bracketLabel = QStringLiteral("inf 399");
    s.createdAt = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
    s.updatedAt = s.createdAt;
    return s;
}

Beneficiary beneficiary(const QString& id, const QString& first, const QString& last)
{
    Beneficiary b;
    b.id = id;
    b.firstName = first;
    b.lastName = last;
    b.birthDate = QDate(2018, 3, 4);
    b.relation = QStringLiteral("Enfant");
    b.pai = QStringLiteral("allergie");
    b.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    return b;
}

Notification notification(const QString& id, int minute, bool read = false)
{
    Notification n;
    n.id = id;
    n.subjectType = Notification::SubjectSubscription;
    n.subjectId = QStringLiteral("s1");
    n.status = QStringLiteral("approved");
    n.title = QStringLiteral("Demande validée ") + id;
    n.body = QStringLiteral("Votre demande a été validée.");
    n.createdAt = QDateTime(QDate(2026, 11, 26), QTime(20, minute), Qt::UTC);
    if (read)
        n.readAt = n.createdAt.addSecs(60);
    return n;
}

Catalogue catalogue()
{
    Service s;
    s.id = QStringLiteral("rosieres-loisirs");
    s.communeId = QStringLiteral("rosieres");
    s.name = QStringLiteral("Inscription accueil de loisirs résident commune");
    s.requiredDocuments = { { DocumentRequirement::KindProofOfAddress, QStringLiteral("Justificatif de domicile") } };
    s.brackets = { { 399, QStringLiteral("inf 399") }, { std::nullopt, QStringLiteral("sup 999") } };
    s.needsIncome = true;
    Commune c;
    c.id = QStringLiteral("rosieres");
    c.name = QStringLiteral("ROSIÈRES");
    c.services = { s };
    return Catalogue { { c } };
}

} // namespace

class TestServicesStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upgradesFromSchema2();
    void catalogueRoundTrip();
    void subscriptionsReplaceAndUpsert();
    void replaceAllIsOneTransaction();
    void beneficiariesAndPhotos();
    void notificationsAnnounceOnlyNewOnes();
    void detachedStoreIsEmpty();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestServicesStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void TestServicesStore::cleanup()
{
    m_store.reset();
}

void TestServicesStore::upgradesFromSchema2()
{
    QVERIFY(LocalStore::latestSchemaVersion() >= 3);
    const QString path = m_dir->filePath(QStringLiteral("v2.sqlite"));
    // A file as a client of schema 2 left it: migrations 1 and 2 applied, with data.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& name : { QStringLiteral("001_account.sql"), QStringLiteral("002_sync_state.sql") }) {
            QFile file(LocalStore::MigrationsDir + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList statements = QString::fromUtf8(file.readAll()).split(QLatin1Char(';'));
            for (const QString& statement : statements) {
                QString sql;
                for (const QString& line : statement.split(QLatin1Char('\n'))) {
                    if (!line.trimmed().startsWith(QLatin1String("--")))
                        sql += line + QLatin1Char('\n');
                }
                if (!sql.trimmed().isEmpty())
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO account VALUES ('a1', '{}', NULL, '2026-01-01T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES ('me', '\"e1\"', '2026-01-01T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    LocalStore store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT etag FROM sync_state WHERE resource = 'me'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("\"e1\""));
    for (const QString& table :
         { QStringLiteral("catalogue"), QStringLiteral("subscriptions"), QStringLiteral("beneficiaries"),
           QStringLiteral("beneficiary_photos"), QStringLiteral("notifications") })
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM ") + table), qPrintable(table));

    SubscriptionRepository repository(&store);
    QVERIFY(repository.replaceAll({ subscription(QStringLiteral("s1"), Subscription::StatusPending, 2) }, "\"x\""));
    QCOMPARE(repository.loadAll().size(), 1);
}

void TestServicesStore::catalogueRoundTrip()
{
    CatalogueRepository repository(m_store.get());
    QVERIFY(repository.load().communes.isEmpty());
    QVERIFY(!repository.loadBeneficiaryOptions());
    QSignalSpy changed(&repository, &CatalogueRepository::changed);
    QVERIFY(repository.save(catalogue(), "\"cat-1\""));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository.load(), catalogue());
    QCOMPARE(repository.etag(), QByteArray("\"cat-1\""));

    QSignalSpy optionsChanged(&repository, &CatalogueRepository::beneficiaryOptionsChanged);
    QVERIFY(repository.saveBeneficiaryOptions(BeneficiaryOptions::defaults(), "\"opt\""));
    QCOMPARE(optionsChanged.size(), 1);
    QCOMPARE(repository.loadBeneficiaryOptions(), BeneficiaryOptions::defaults());
    QCOMPARE(repository.beneficiaryOptionsEtag(), QByteArray("\"opt\""));
}

void TestServicesStore::subscriptionsReplaceAndUpsert()
{
    SubscriptionRepository repository(m_store.get());
    QSignalSpy changed(&repository, &SubscriptionRepository::changed);
    const QList<Subscription> first { subscription(QStringLiteral("s1"), Subscription::StatusPending, 2),
                                      subscription(QStringLiteral("s2"), Subscription::StatusPending, 5) };
    QVERIFY(repository.replaceAll(first, "\"v1\""));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository.etag(), QByteArray("\"v1\""));
    const QList<Subscription> loaded = repository.loadAll();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).id, QStringLiteral("s2")); // newest first
    QCOMPARE(loaded.at(1), first.at(0));

    // The same content again: nothing changed, no signal, the new ETag kept.
    QVERIFY(repository.replaceAll(first, "\"v2\""));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository.etag(), QByteArray("\"v2\""));

    // s1 approved, s2 gone.
    QVERIFY(repository.replaceAll({ subscription(QStringLiteral("s1"), Subscription::StatusApproved, 2) }, "\"v3\""));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(repository.loadAll().size(), 1);
    QCOMPARE(repository.find(QStringLiteral("s1"))->status, Subscription::StatusApproved);
    QVERIFY(!repository.find(QStringLiteral("s2")));

    // A command's answer: upserted, and the collection's ETag dropped.
    QVERIFY(repository.upsert(subscription(QStringLiteral("s3"), Subscription::StatusPending, 20)));
    QCOMPARE(changed.size(), 3);
    QVERIFY(repository.etag().isEmpty());
    QCOMPARE(repository.loadAll().first().id, QStringLiteral("s3"));
    QVERIFY(repository.remove(QStringLiteral("s3")));
    QCOMPARE(repository.loadAll().size(), 1);
}

void TestServicesStore::replaceAllIsOneTransaction()
{
    SubscriptionRepository repository(m_store.get());
    QVERIFY(repository.replaceAll({ subscription(QStringLiteral("s1"), Subscription::StatusPending, 2) }, "\"v1\""));
    // Make the second row's insert fail: nothing of this write may remain.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON subscriptions WHEN NEW.id = 'bad' "
                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QSignalSpy changed(&repository, &SubscriptionRepository::changed);
    QVERIFY(!repository.replaceAll({ subscription(QStringLiteral("s1"), Subscription::StatusApproved, 2),
                                     subscription(QStringLiteral("bad"), Subscription::StatusPending, 3) },
                                   "\"v2\""));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(repository.find(QStringLiteral("s1"))->status, Subscription::StatusPending);
    QCOMPARE(repository.etag(), QByteArray("\"v1\""));
}

void TestServicesStore::beneficiariesAndPhotos()
{
    BeneficiaryRepository repository(m_store.get());
    QVERIFY(
        repository.replaceAll({ beneficiary(QStringLiteral("b1"), QStringLiteral("Zoé"), QStringLiteral("Martin")),
                                beneficiary(QStringLiteral("b2"), QStringLiteral("Léo"), QStringLiteral("Dupont")) },
                              "\"b-1\""));
    const QList<Beneficiary> all = repository.loadAll();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).lastName, QStringLiteral("Dupont"));
    QCOMPARE(all.at(1).pai, QStringLiteral("allergie"));

    QSignalSpy photoChanged(&repository, &BeneficiaryRepository::photoChanged);
    const QByteArray jpeg = QByteArray::fromHex("FFD8FFE000104A464946") + QByteArray(100, 'x');
    QVERIFY(repository.savePhoto(QStringLiteral("b1"), jpeg));
    QCOMPARE(photoChanged.size(), 1);
    QCOMPARE(repository.photo(QStringLiteral("b1")), jpeg);
    QVERIFY(!repository.savePhoto(QStringLiteral("nobody"), jpeg)); // no such beneficiary

    // A sync keeping b1 keeps its photo; a sync without b1 drops both.
    Beneficiary renamed = beneficiary(QStringLiteral("b1"), QStringLiteral("Zoé"), QStringLiteral("Martin-Roux"));
    QVERIFY(repository.replaceAll({ renamed }, "\"b-2\""));
    QCOMPARE(repository.photo(QStringLiteral("b1")), jpeg);
    QVERIFY(repository.replaceAll({}, "\"b-3\""));
    QVERIFY(repository.photo(QStringLiteral("b1")).isEmpty());
    QVERIFY(repository.loadAll().isEmpty());
}

void TestServicesStore::notificationsAnnounceOnlyNewOnes()
{
    NotificationRepository repository(m_store.get());
    QSignalSpy added(&repository, &NotificationRepository::added);
    QSignalSpy unread(&repository, &NotificationRepository::unreadCountChanged);
    // The first fill of a new store: old news, nothing announced.
    QVERIFY(repository.replaceAll({ notification(QStringLiteral("n1"), 1, true) }, "\"n-0\""));
    QCOMPARE(added.size(), 0);
    QCOMPARE(repository.unreadCount(), 0);

    QVERIFY(repository.replaceAll({ notification(QStringLiteral("n2"), 5), notification(QStringLiteral("n4"), 3),
                                    notification(QStringLiteral("n1"), 1, true) },
                                  "\"n-1\""));
    QCOMPARE(added.size(), 1);
    const auto first = added.takeFirst().at(0).value<QList<Notification>>();
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).id, QStringLiteral("n4")); // oldest first
    QCOMPARE(repository.unreadCount(), 2);
    QCOMPARE(unread.last().at(0).toInt(), 2);

    QVERIFY(
        repository.replaceAll({ notification(QStringLiteral("n3"), 9), notification(QStringLiteral("n2"), 5),
                                notification(QStringLiteral("n4"), 3), notification(QStringLiteral("n1"), 1, true) },
                              "\"n-2\""));
    QCOMPARE(added.size(), 1);
    const auto second = added.takeFirst().at(0).value<QList<Notification>>();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).id, QStringLiteral("n3"));
    QCOMPARE(repository.unreadCount(), 3);
    QCOMPARE(repository.loadAll().first().id, QStringLiteral("n3"));

    QVERIFY(repository.markRead(QStringLiteral("n3"), QDateTime::currentDateTimeUtc()));
    QCOMPARE(repository.unreadCount(), 2);
    QCOMPARE(unread.last().at(0).toInt(), 2);
    QVERIFY(!repository.markRead(QStringLiteral("n3"), QDateTime::currentDateTimeUtc())); // already read
    QVERIFY(repository.etag().isEmpty());
}

void TestServicesStore::detachedStoreIsEmpty()
{
    SubscriptionRepository repository(m_store.get());
    QVERIFY(repository.replaceAll({ subscription(QStringLiteral("s1"), Subscription::StatusPending, 2) }, "\"v\""));
    QSignalSpy changed(&repository, &SubscriptionRepository::changed);
    repository.setStore(nullptr);
    QCOMPARE(changed.size(), 1);
    QVERIFY(repository.loadAll().isEmpty());
    QVERIFY(!repository.upsert(subscription(QStringLiteral("s2"), Subscription::StatusPending, 3)));
    repository.setStore(m_store.get());
    QCOMPARE(repository.loadAll().size(), 1);
}

QTEST_GUILESS_MAIN(TestServicesStore)
#include "tst_servicesstore.moc"
