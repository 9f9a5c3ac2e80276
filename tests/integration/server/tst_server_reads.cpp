// The read path made cheap (docs/performance.md) must stay right: the last activity of a
// session is written at most once a minute yet still slides the idle timeout; a read that has
// to write it does not hold up other reads while the database is locked; and the kept
// GET /me/beneficiaries answer follows every change, whoever makes it.
// Runs on SQLite, and on PostgreSQL as tst_server_reads_pg (CITOYENS_TEST_DB=postgresql).

#include "RawClient.h"
#include "ServerTestSupport.h"
#include "ServicesTestSupport.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace support;

class TestServerReads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void activityRecordedToTheMinute();
    void readsDoNotWaitBehindALockedWrite();
    void beneficiaryListFollowsEveryChange();

private:
    // The list's items by first name, and its ETag.
    static QMap<QString, QJsonObject> items(const TestReply& reply);

    TestServer m_server { { QStringLiteral("--demo-data") } };
};

void TestServerReads::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerReads::cleanupTestCase()
{
    m_server.stop();
}

QMap<QString, QJsonObject> TestServerReads::items(const TestReply& reply)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue& v : reply.json().value(QStringLiteral("beneficiaries")).toArray())
        out.insert(v.toObject().value(QStringLiteral("firstName")).toString(), v.toObject());
    return out;
}

void TestServerReads::activityRecordedToTheMinute()
{
    // The two-hour default; time passes by ageing every session's recorded last activity.
    constexpr qint64 Second = 1000;
    constexpr qint64 Minute = 60 * Second;
    Person a = newCitizen(m_server); // signed in: its activity is recorded now
    Person b = newCitizen(m_server);
    // Both make a request 30 s later: within the minute, neither request is written...
    QVERIFY2(m_server.ageSessions(30 * Second), qPrintable(m_server.errorString()));
    QCOMPARE(a.http->get(QStringLiteral("/me")).status, 200);
    QCOMPARE(b.http->get(QStringLiteral("/me")).status, 200);
    // ...61 s after sign-in, b's request is older than a minute: it is written.
    QVERIFY(m_server.ageSessions(31 * Second));
    QCOMPARE(b.http->get(QStringLiteral("/me")).status, 200);
    // 1 h 59 min 15 s later: a's last recorded activity is its sign-in, 2 h 00 min 16 s ago
    // (had its request 30 s after sign-in been recorded, it would be 1 h 59 min 46 s: still on).
    // b's is 1 h 59 min 15 s ago: still on.
    QVERIFY(m_server.ageSessions(119 * Minute + 15 * Second));
    const TestReply over = a.http->get(QStringLiteral("/me"));
    QCOMPARE(over.status, 401);
    QCOMPARE(over.code(), QStringLiteral("session_expired"));
    QCOMPARE(b.http->get(QStringLiteral("/me")).status, 200);
    // And b's request just now slid it again: 1 h 59 more is fine, 2 h 01 is not.
    QVERIFY(m_server.ageSessions(119 * Minute));
    QCOMPARE(b.http->get(QStringLiteral("/me")).status, 200);
    QVERIFY(m_server.ageSessions(121 * Minute));
    QCOMPARE(b.http->get(QStringLiteral("/me")).code(), QStringLiteral("session_expired"));
}

void TestServerReads::readsDoNotWaitBehindALockedWrite()
{
    // One I/O thread: were a read to wait there for the database, every connection would.
    TestServer server({ QStringLiteral("--io-threads"), QStringLiteral("1") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Person stale = newCitizen(server);
    QVERIFY2(server.ageSessions(2 * 60 * 1000), qPrintable(server.errorString())); // its next read writes
    Person fresh = newCitizen(server);

    // Someone else holds the sessions' rows (PostgreSQL) or the write lock (SQLite).
    const QString name = QStringLiteral("reads-lock-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = server.addDatabase(name);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery lock(db);
        QVERIFY(lock.exec(server.usesPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
        if (server.usesPostgres())
            QVERIFY(lock.exec(QStringLiteral("SELECT id FROM sessions FOR UPDATE")));

        RawClient waiting(server, rawRequest("GET", "/api/v1/me", "Authorization: Bearer " + stale.token + "\r\n"),
                          RawClient::After::Stay);
        QTRY_VERIFY(waiting.encrypted());
        // The stale session's read waits on a worker for the lock; the fresh one is answered.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(fresh.http->get(QStringLiteral("/me")).status, 200);
        QCOMPARE(waiting.firstStatus(), 0);

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTRY_COMPARE(waiting.firstStatus(), 200);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Its activity was recorded: 1 h 59 later it is still signed in.
    QVERIFY(server.ageSessions(119 * 60 * 1000));
    QCOMPARE(stale.http->get(QStringLiteral("/me")).status, 200);
}

void TestServerReads::beneficiaryListFollowsEveryChange()
{
    Person citizen = newCitizen(m_server);
    TestHttp& h = *citizen.http;
    const auto add = [&](const QString& firstName) {
        return idOf(h.post(QStringLiteral("/me/beneficiaries"),
                           QJsonObject { { QStringLiteral("firstName"), firstName },
                                         { QStringLiteral("lastName"), QStringLiteral("Roux") } }));
    };
    const QString anna = add(QStringLiteral("Anna"));
    TestReply list = h.get(QStringLiteral("/me/beneficiaries"));
    QCOMPARE(items(list).keys(), QStringList { QStringLiteral("Anna") });
    QByteArray etag = list.header("ETag");
    QVERIFY(!etag.isEmpty());
    // Read twice: the same answer, and a 304 for its ETag.
    QCOMPARE(h.get(QStringLiteral("/me/beneficiaries")).body, list.body);
    const TestReply same = h.get(QStringLiteral("/me/beneficiaries"), { { "If-None-Match", etag } });
    QCOMPARE(same.status, 304);
    QCOMPARE(same.header("ETag"), etag);

    // Each change shows in the next read, with a new ETag (the old one gets a 200).
    const auto changed = [&]() {
        const TestReply now = h.get(QStringLiteral("/me/beneficiaries"), { { "If-None-Match", etag } });
        if (now.status != 200 || now.header("ETag") == etag)
            return TestReply {};
        etag = now.header("ETag");
        return now;
    };
    const QString bruno = add(QStringLiteral("Bruno"));
    list = changed();
    QCOMPARE(items(list).keys(), (QStringList { QStringLiteral("Anna"), QStringLiteral("Bruno") }));

    QCOMPARE(
        h.patch(QStringLiteral("/me/beneficiaries/") + anna, QJsonObject { { QStringLiteral("group"), "B" } }).status,
        200);
    list = changed();
    QCOMPARE(items(list).value(QStringLiteral("Anna")).value(QStringLiteral("group")).toString(), QStringLiteral("B"));

    QCOMPARE(h.send("PUT", QStringLiteral("/me/beneficiaries/%1/photo").arg(bruno), samplePng(), "image/png").status,
             200);
    list = changed();
    QVERIFY(items(list).value(QStringLiteral("Bruno")).value(QStringLiteral("hasPhoto")).toBool());

    QCOMPARE(h.send("DELETE", QStringLiteral("/me/beneficiaries/") + bruno, {}, {}).status, 204);
    list = changed();
    QCOMPARE(items(list).keys(), QStringList { QStringLiteral("Anna") });

    // A change made by someone else: the town hall's decision.
    QCOMPARE(subscribe(h, RosieresService).status, 201);
    Person agent
        = signIn(m_server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    QCOMPARE(agent.http->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(anna), decision("approve")).status,
             200);
    list = changed();
    QCOMPARE(items(list).value(QStringLiteral("Anna")).value(QStringLiteral("status")).toString(),
             QStringLiteral("approved"));

    // Another citizen's list is their own.
    Person other = newCitizen(m_server);
    QVERIFY(items(other.http->get(QStringLiteral("/me/beneficiaries"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerReads)
#include "tst_server_reads.moc"
