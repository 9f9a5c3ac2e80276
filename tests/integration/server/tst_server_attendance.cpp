// The agent's « Pointage » against the real server over TLS, on SQLite and PostgreSQL: the day's
// list of booked children, attendance recorded on past days and today only (the server's clock
// set with --now on a second process over the same database), the excused day refunded once
// and then final, another commune's agent kept out, every record audited; an assisted booking
// audited too; --now refused without --demo-data.

#include "DeskTestSupport.h"
#include "ReservationTestSupport.h"

#include <QTest>
#include <QTimeZone>

using namespace support;

namespace {

const QString BookedAt = QStringLiteral("2026-04-30T09:30:00+02:00");
const QString PointedAt = QStringLiteral("2026-05-05T12:00:00+02:00"); // Tuesday 5 May, noon
constexpr qint64 LateMealCents = 280 + 150; // booked inside the late window

QString attendancePath(const QString& reservationId)
{
    return QStringLiteral("/agent/reservations/%1/attendance").arg(reservationId);
}

QByteArray mark(const QString& attendance)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("attendance"), attendance } }).toJson(QJsonDocument::Compact);
}

TestReply put(TestHttp& http, const QString& path, const QByteArray& body)
{
    return http.send("PUT", path, body, "application/json");
}

} // namespace

class TestServerAttendance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theDaysListShowsTheBookedChildren();
    void attendanceIsRecordedOnPastDaysAndToday();
    void anExcusedDayIsRefundedOnceAndIsFinal();
    void anotherCommunesAgentIsKeptOut();
    void refundedDaysLeaveTheChildcareStatement();
    void anAssistedBookingIsAudited();
    void nowIsRefusedWithoutDemoData();

private:
    QString reservationOf(const QString& date) const { return m_reservations.value(date); }

    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--now"), BookedAt } };
    std::unique_ptr<TestServer> m_later;
    std::unique_ptr<Family> m_family;
    std::unique_ptr<Family> m_sibling;
    QHash<QString, QString> m_reservations; // date → reservation id of m_family's child
    std::unique_ptr<Person> m_agent; // Allègre's, on m_later
};

void TestServerAttendance::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    Person agent = demoAgent(m_server, QStringLiteral("allegre"));
    m_family = std::make_unique<Family>(approvedFamily(m_server, *agent.http, AllegreChildren, 2500));
    QVERIFY(!m_family->childId.isEmpty());
    // Another family's child, "Abel Martin": sorted before "Léa Martin".
    m_sibling = std::make_unique<Family>(
        approvedFamily(m_server, *agent.http, AllegreChildren, 1000, QStringLiteral("Abel")));
    QVERIFY(!m_sibling->childId.isEmpty());
    const QStringList days { QStringLiteral("2026-05-04"), QStringLiteral("2026-05-05"), QStringLiteral("2026-05-07") };
    const TestReply booked = m_family->parent.http->post(QStringLiteral("/me/reservations"), bookDates(*m_family, days),
                                                         idempotencyKey(newKey()));
    QCOMPARE(booked.status, 201);
    for (const QJsonValue& o : booked.json().value(QStringLiteral("outcomes")).toArray()) {
        QCOMPARE(o.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
        m_reservations.insert(o.toObject().value(QStringLiteral("date")).toString(),
                              o.toObject().value(QStringLiteral("reservationId")).toString());
    }
    QCOMPARE(m_sibling->parent.http
                 ->post(QStringLiteral("/me/reservations"), bookDates(*m_sibling, { days.first() }),
                        idempotencyKey(newKey()))
                 .status,
             201);
    QCOMPARE(balanceOf(*m_family->parent.http), 2500 - 3 * LateMealCents);
    // Five days later, on a second process over the same database.
    m_later = serverAt(m_server, PointedAt);
    QVERIFY(m_later);
    m_agent = std::make_unique<Person>(demoAgent(*m_later, QStringLiteral("allegre")));
    QVERIFY(!m_agent->token.isEmpty());
}

void TestServerAttendance::cleanupTestCase()
{
    if (m_later)
        m_later->stop();
    m_server.stop();
}

void TestServerAttendance::theDaysListShowsTheBookedChildren()
{
    const TestReply list
        = m_agent->http->get(QStringLiteral("/agent/attendance?serviceId=%1&date=2026-05-04").arg(AllegreChildren));
    QCOMPARE(list.status, 200);
    const QJsonObject json = list.json();
    QCOMPARE(json.value(QStringLiteral("serviceName")).toString(), QStringLiteral("Réservation pour enfants"));
    QCOMPARE(json.value(QStringLiteral("itemId")).toString(), QStringLiteral("repas-enfant"));
    QCOMPARE(json.value(QStringLiteral("itemLabel")).toString(), QStringLiteral("Repas enfant"));
    QCOMPARE(idsIn(list, QStringLiteral("items")),
             QStringList({ QStringLiteral("repas-enfant"), QStringLiteral("garderie-periscolaire") }));
    const QJsonArray children = json.value(QStringLiteral("children")).toArray();
    QCOMPARE(children.size(), 2);
    const QJsonObject abel = children.at(0).toObject();
    const QJsonObject lea = children.at(1).toObject();
    QCOMPARE(abel.value(QStringLiteral("firstName")).toString(), QStringLiteral("Abel"));
    QCOMPARE(lea.value(QStringLiteral("firstName")).toString(), QStringLiteral("Léa"));
    QCOMPARE(lea.value(QStringLiteral("lastName")).toString(), QStringLiteral("Martin"));
    QCOMPARE(lea.value(QStringLiteral("birthDate")).toString(), QStringLiteral("2019-06-14"));
    QCOMPARE(lea.value(QStringLiteral("reservationId")).toString(), reservationOf(QStringLiteral("2026-05-04")));
    QCOMPARE(lea.value(QStringLiteral("beneficiaryId")).toString(), m_family->childId);
    QVERIFY(!lea.value(QStringLiteral("citizenName")).toString().isEmpty());
    QVERIFY(lea.value(QStringLiteral("attendance")).isNull());
    // Nobody booked the garderie that day; a day without bookings is an empty list.
    const TestReply garderie = m_agent->http->get(
        QStringLiteral("/agent/attendance?serviceId=%1&date=2026-05-04&itemId=garderie-periscolaire")
            .arg(AllegreChildren));
    QCOMPARE(garderie.json().value(QStringLiteral("children")).toArray().size(), 0);
    QCOMPARE(fieldErrors(m_agent->http->get(QStringLiteral("/agent/attendance?serviceId=%1").arg(AllegreChildren))),
             QStringList { "date:required" });
    QCOMPARE(
        fieldErrors(m_agent->http->get(
            QStringLiteral("/agent/attendance?serviceId=%1&date=2026-05-04&itemId=repas-adulte").arg(AllegreChildren))),
        QStringList { "itemId:not_found" });
    // A citizen is not an agent.
    QCOMPARE(clientOf(*m_later, m_family->parent)
                 ->get(QStringLiteral("/agent/attendance?serviceId=%1&date=2026-05-04").arg(AllegreChildren))
                 .status,
             403);
}

void TestServerAttendance::attendanceIsRecordedOnPastDaysAndToday()
{
    const QString monday = reservationOf(QStringLiteral("2026-05-04"));
    const TestReply present = put(*m_agent->http, attendancePath(monday), mark(QStringLiteral("present")));
    QCOMPARE(present.status, 200);
    QCOMPARE(present.json().value(QStringLiteral("attendance")).toString(), QStringLiteral("present"));
    QCOMPARE(present.json().value(QStringLiteral("reservationId")).toString(), monday);
    // Present and absent can be changed into each other; an absence is billed.
    QCOMPARE(put(*m_agent->http, attendancePath(monday), mark(QStringLiteral("absent"))).status, 200);
    QCOMPARE(balanceOf(*m_family->parent.http), 2500 - 3 * LateMealCents);
    // Today is fine; Thursday is too early, at the server's clock.
    QCOMPARE(put(*m_agent->http, attendancePath(reservationOf(QStringLiteral("2026-05-05"))),
                 mark(QStringLiteral("present")))
                 .status,
             200);
    const TestReply early = put(*m_agent->http, attendancePath(reservationOf(QStringLiteral("2026-05-07"))),
                                mark(QStringLiteral("present")));
    QCOMPARE(early.status, 409);
    QCOMPARE(early.code(), QStringLiteral("too_early"));
    QCOMPARE(fieldErrors(put(*m_agent->http, attendancePath(monday), mark(QStringLiteral("late")))),
             QStringList { "attendance:invalid_choice" });
    QCOMPARE(
        put(*m_agent->http, attendancePath(QStringLiteral("nothing-here")), mark(QStringLiteral("present"))).status,
        404);
    // The family's month shows it, on a past day.
    const QJsonObject day = daysOf(*m_family, QStringLiteral("2026-05-04"), QStringLiteral("2026-05-04"))
                                .json()
                                .value(QStringLiteral("days"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(day.value(QStringLiteral("attendance")).toString(), QStringLiteral("absent"));
    QCOMPARE(day.value(QStringLiteral("reservationId")).toString(), monday);
    // Audited, naming the agent and the citizen.
    Person admin = signIn(m_server, AdminEmail, AdminPassword);
    const QJsonArray entries
        = auditEntries(*admin.http, QStringLiteral("agent=%1&citizen=%2").arg(m_agent->id, m_family->parent.id));
    QCOMPARE(actionsIn(entries).count(QStringLiteral("attendance")), 3);
}

void TestServerAttendance::anExcusedDayIsRefundedOnceAndIsFinal()
{
    const QString tuesday = reservationOf(QStringLiteral("2026-05-05"));
    const qint64 before = balanceOf(*m_family->parent.http);
    const TestReply excused = put(*m_agent->http, attendancePath(tuesday), mark(QStringLiteral("excused")));
    QCOMPARE(excused.status, 200);
    QCOMPARE(excused.json().value(QStringLiteral("attendance")).toString(), QStringLiteral("excused"));
    QCOMPARE(balanceOf(*m_family->parent.http), before + LateMealCents);
    const QJsonObject refund = m_family->parent.http->get(QStringLiteral("/me/wallet"))
                                   .json()
                                   .value(QStringLiteral("movements"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(refund.value(QStringLiteral("kind")).toString(), QStringLiteral("refund"));
    QCOMPARE(centsOf(refund, QStringLiteral("amountCents")), LateMealCents);
    QCOMPARE(refund.value(QStringLiteral("label")).toString(),
             QStringLiteral("Absence justifiée : Repas enfant du 05/05/2026 — Léa"));
    // Sent again (a lost answer): the same, not refunded twice.
    QCOMPARE(put(*m_agent->http, attendancePath(tuesday), mark(QStringLiteral("excused"))).status, 200);
    QCOMPARE(balanceOf(*m_family->parent.http), before + LateMealCents);
    // Final.
    const TestReply changed = put(*m_agent->http, attendancePath(tuesday), mark(QStringLiteral("present")));
    QCOMPARE(changed.status, 409);
    QCOMPARE(changed.code(), QStringLiteral("already_refunded"));
    QCOMPARE(balanceOf(*m_family->parent.http), before + LateMealCents);
    QCOMPARE(execOnServerDatabase(m_server,
                                  QStringLiteral("SELECT COUNT(*) FROM wallet_movements WHERE reservation_id = ?"),
                                  { tuesday }),
             1);
}

void TestServerAttendance::anotherCommunesAgentIsKeptOut()
{
    Person bains = demoAgent(*m_later, QStringLiteral("bains"));
    QCOMPARE(
        bains.http->get(QStringLiteral("/agent/attendance?serviceId=%1&date=2026-05-04").arg(AllegreChildren)).status,
        404);
    const TestReply refused = put(*bains.http, attendancePath(reservationOf(QStringLiteral("2026-05-04"))),
                                  mark(QStringLiteral("present")));
    QCOMPARE(refused.status, 404);
    // Nothing changed: the record is still the Allègre agent's "absent".
    const QJsonArray children
        = m_agent->http->get(QStringLiteral("/agent/attendance?serviceId=%1&date=2026-05-04").arg(AllegreChildren))
              .json()
              .value(QStringLiteral("children"))
              .toArray();
    QCOMPARE(children.at(1).toObject().value(QStringLiteral("attendance")).toString(), QStringLiteral("absent"));
}

void TestServerAttendance::refundedDaysLeaveTheChildcareStatement()
{
    // A child under 6: the garderie is childcare, for the tax return; an excused day was not paid.
    Person agent = demoAgent(m_server, QStringLiteral("allegre"));
    const int year
        = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date().year();
    Family f = approvedFamily(m_server, *agent.http, AllegreChildren, 1000, QStringLiteral("Zoé"),
                              QStringLiteral("%1-02-01").arg(year - 3));
    QVERIFY(!f.childId.isEmpty());
    const TestReply booked
        = f.parent.http->post(QStringLiteral("/me/reservations"),
                              bookDates(f, { QStringLiteral("2026-05-04"), QStringLiteral("2026-05-05") },
                                        QStringLiteral("garderie-periscolaire")),
                              idempotencyKey(newKey()));
    QCOMPARE(booked.status, 201);
    const QString monday = firstReservationId(booked);
    const auto statementLine = [&]() {
        const QJsonArray children = f.parent.http->get(QStringLiteral("/me/statements/childcare?year=%1").arg(year))
                                        .json()
                                        .value(QStringLiteral("children"))
                                        .toArray();
        return children.size() == 1 ? children.first().toObject().value(QStringLiteral("lines")).toArray()
                                    : QJsonArray();
    };
    QJsonArray lines = statementLine();
    QCOMPARE(lines.size(), 1); // the late-booking surcharge is not childcare
    QCOMPARE(lines.first().toObject().value(QStringLiteral("quantity")).toInt(), 2);
    QCOMPARE(centsOf(lines.first().toObject(), QStringLiteral("totalCents")), 2 * 110);
    QCOMPARE(put(*m_agent->http, attendancePath(monday), mark(QStringLiteral("excused"))).status, 200);
    lines = statementLine();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(QStringLiteral("quantity")).toInt(), 1);
    QCOMPARE(centsOf(lines.first().toObject(), QStringLiteral("totalCents")), 110);
}

void TestServerAttendance::anAssistedBookingIsAudited()
{
    Person agent = demoAgent(m_server, QStringLiteral("allegre"));
    Family f = approvedFamily(m_server, *agent.http, AllegreChildren, 1000);
    QVERIFY(!f.childId.isEmpty());
    TestHttp assisted(m_server);
    openAssisted(m_server, agent, f.parent, &assisted);
    QVERIFY(!assisted.bearer().isEmpty());
    const TestReply booked = assisted.post(QStringLiteral("/me/reservations"),
                                           bookDates(f, { QStringLiteral("2026-05-26") }), idempotencyKey(newKey()));
    QCOMPARE(booked.status, 201);
    QCOMPARE(balanceOf(*f.parent.http), 1000 - 280);
    Person admin = signIn(m_server, AdminEmail, AdminPassword);
    const QJsonArray entries
        = auditEntries(*admin.http, QStringLiteral("agent=%1&citizen=%2").arg(agent.id, f.parent.id));
    bool traced = false;
    for (const QJsonValue& e : entries) {
        const QJsonObject o = e.toObject();
        traced = traced
            || (o.value(QStringLiteral("action")).toString() == QLatin1String("assisted_change")
                && o.value(QStringLiteral("detail"))
                       .toString()
                       .endsWith(QStringLiteral("POST /api/v1/me/reservations")));
    }
    QVERIFY2(traced, qPrintable(QJsonDocument(entries).toJson()));
}

void TestServerAttendance::nowIsRefusedWithoutDemoData()
{
    const auto refusedNamingNow = [](const QStringList& args) {
        TestServer server(args);
        if (server.start())
            return false;
        return (server.serverLog() + server.errorString()).contains(QStringLiteral("--now"));
    };
    QVERIFY(refusedNamingNow({ QStringLiteral("--now"), BookedAt }));
    // An instant without its offset is not one.
    QVERIFY(refusedNamingNow(
        { QStringLiteral("--demo-data"), QStringLiteral("--now"), QStringLiteral("2026-05-05T12:00") }));
}

QTEST_GUILESS_MAIN(TestServerAttendance)
#include "tst_server_attendance.moc"
