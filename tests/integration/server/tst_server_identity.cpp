// A child validated by a commune stays the child it validated, against the real
// server over TLS, on SQLite and PostgreSQL. Zoé Martin, born on 1 March 2017, is approved by
// Rosières; her family asks for a service at Bains, whose agent finds her « pièces à
// compléter », which opens her record to changes again. A change of her names, birth date,
// photo or PAI then sends her back to pending in every commune that approved her, in their
// agents' queues, with one notification to the family, and Rosières books her no more until
// its agent approves her again; other changes keep the approvals. An order names only a child
// the selling commune approved, and the yearly childcare statement counts only such children.

#include "DeskTestSupport.h"
#include "ReservationTestSupport.h"

#include <QTest>
#include <QTimeZone>

using namespace support;

namespace {

// Thursday 5 March 2026, 11:59 in Paris: April's canteen days at Rosières are open.
const QString Now = QStringLiteral("2026-03-05T11:59:00+01:00");
const QString Canteen = QStringLiteral("rosieres-reservation-cantine-pour-enfants");
const QString Aiguilhe = QStringLiteral("aiguilhe-usager");
const QString Withdrawn = QStringLiteral("Vous avez modifié l'identité de");
constexpr qint64 Funds = 5000;

int thisYear()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date().year();
}

QJsonObject line(const QString& itemId, int quantity)
{
    return { { QStringLiteral("itemId"), itemId }, { QStringLiteral("quantity"), quantity } };
}

// An order of the accueil de loisirs' yearly registration (its days are booked, not ordered).
QJsonObject orderFor(const Family& f, const QString& childId, int quantity = 1)
{
    return { { QStringLiteral("subscriptionId"), f.requestId },
             { QStringLiteral("beneficiaryId"), childId },
             { QStringLiteral("lines"), QJsonArray { line(QStringLiteral("inscription"), quantity) } } };
}

// The child `id`'s line of `agent`'s queue for `communeId`: empty when it is not there.
QJsonObject queued(Person& agent, const QString& id, const QString& communeId)
{
    for (const QJsonValue& v :
         agent.http->get(QStringLiteral("/agent/queue")).json().value(QStringLiteral("beneficiaries")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() == id
            && o.value(QStringLiteral("communeId")).toString() == communeId)
            return o;
    }
    return {};
}

// The family's notifications about the child `id` that say its identity change withdrew an
// approval.
QList<QJsonObject> withdrawals(Person& parent, const QString& id)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : parent.http->get(QStringLiteral("/me/notifications"))
                                   .json()
                                   .value(QStringLiteral("notifications"))
                                   .toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("subjectId")).toString() == id
            && n.value(QStringLiteral("body")).toString().startsWith(Withdrawn))
            out.append(n);
    }
    return out;
}

QJsonArray statementChildren(Person& parent)
{
    const TestReply r = parent.http->get(QStringLiteral("/me/statements/childcare?year=%1").arg(thisYear()));
    return r.status == 200 ? r.json().value(QStringLiteral("children")).toArray() : QJsonArray { QJsonValue(r.status) };
}

} // namespace

class TestServerIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void renamingSendsTheChildBackToEveryCommuneThatApprovedIt();
    void aNewPhotoSendsTheChildBackToo();
    void otherChangesKeepTheApprovals();
    void anOrderNamesOnlyAChildTheSellingCommuneApproved();
    void theStatementCountsOnlyApprovedChildren();

private:
    // Zoé's family, as the issue tells it: Rosières' `serviceId` and Zoé approved there, `Funds`
    // in the wallet; then a request at Bains whose agent finds Zoé incomplete.
    Family zoeFamily(const QString& serviceId = Canteen, const QString& birthDate = QStringLiteral("2017-03-01"));
    // Bains' agent answers « pièces à compléter » on the child: it can be changed again.
    bool bainsFindsIncomplete(const Family& f);
    bool approve(Person& agent, const QString& childId);
    // The first bookable day of April for the family's child (read while it is approved).
    QString aprilDay(const Family& f);
    TestReply book(const Family& f, const QString& day);

    TestServer m_server { { QStringLiteral("--demo-data"), QStringLiteral("--now"), Now } };
    std::unique_ptr<Person> m_rosieres;
    std::unique_ptr<Person> m_bains;
    std::unique_ptr<Person> m_aiguilhe;
};

void TestServerIdentity::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    m_rosieres = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("rosieres")));
    m_bains = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("bains")));
    m_aiguilhe = std::make_unique<Person>(demoAgent(m_server, QStringLiteral("aiguilhe")));
    QVERIFY(!m_rosieres->token.isEmpty() && !m_bains->token.isEmpty() && !m_aiguilhe->token.isEmpty());
}

void TestServerIdentity::cleanupTestCase()
{
    m_server.stop();
}

bool TestServerIdentity::approve(Person& agent, const QString& childId)
{
    return agent.http->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(childId), decision("approve")).status
        == 200;
}

bool TestServerIdentity::bainsFindsIncomplete(const Family& f)
{
    return m_bains->http
               ->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(f.childId),
                      decision(QStringLiteral("incomplete"), QStringLiteral("pièces à compléter")))
               .status
        == 200;
}

Family TestServerIdentity::zoeFamily(const QString& serviceId, const QString& birthDate)
{
    Family f = approvedFamily(m_server, *m_rosieres->http, serviceId, Funds, QStringLiteral("Zoé"), birthDate);
    if (f.childId.isEmpty() || subscribe(*f.parent.http, BainsService).status != 201 || !bainsFindsIncomplete(f))
        f.childId.clear();
    return f;
}

QString TestServerIdentity::aprilDay(const Family& f)
{
    const TestReply days = daysOf(f, QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"));
    for (const QJsonValue& v : days.json().value(QStringLiteral("days")).toArray()) {
        if (v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("bookable"))
            return v.toObject().value(QStringLiteral("date")).toString();
    }
    return {};
}

TestReply TestServerIdentity::book(const Family& f, const QString& day)
{
    return f.parent.http->post(QStringLiteral("/me/reservations"), bookDates(f, { day }), idempotencyKey(newKey()));
}

void TestServerIdentity::renamingSendsTheChildBackToEveryCommuneThatApprovedIt()
{
    Family f = approvedFamily(m_server, *m_rosieres->http, Canteen, Funds, QStringLiteral("Zoé"),
                              QStringLiteral("2017-03-01"));
    QVERIFY(!f.childId.isEmpty());
    // Aiguilhe approves her too; then Bains finds her incomplete.
    const TestReply aiguilhe = subscribe(*f.parent.http, Aiguilhe);
    QCOMPARE(aiguilhe.status, 201);
    QVERIFY(approve(*m_aiguilhe, f.childId));
    QCOMPARE(subscribe(*f.parent.http, BainsService).status, 201);
    QVERIFY(bainsFindsIncomplete(f));
    const QString day = aprilDay(f);
    QVERIFY(!day.isEmpty());
    QVERIFY(queued(*m_rosieres, f.childId, QStringLiteral("rosieres")).isEmpty());

    // Another child under the same record: names and birth date.
    const TestReply renamed = f.parent.http->patch(QStringLiteral("/me/beneficiaries/") + f.childId,
                                                   { { QStringLiteral("firstName"), QStringLiteral("Lou") },
                                                     { QStringLiteral("lastName"), QStringLiteral("Durand") },
                                                     { QStringLiteral("birthDate"), QStringLiteral("2015-09-20") } });
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

    // Rosières books her no more, with the refusal of a child it did not approve.
    const TestReply refused = book(f, day);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("not_approved"));
    QCOMPARE(daysOf(f, day, day).status, 409);
    QCOMPARE(balanceOf(*f.parent.http), Funds);

    // Every commune that approved her has her back in its queue, pending, saying why; Bains too
    // (a correction goes back to the agent who asked for it).
    for (const auto& [agent, commune] : { std::pair { m_rosieres.get(), QStringLiteral("rosieres") },
                                          std::pair { m_aiguilhe.get(), QStringLiteral("aiguilhe") },
                                          std::pair { m_bains.get(), QStringLiteral("bains") } }) {
        const QJsonObject item = queued(*agent, f.childId, commune);
        QVERIFY2(!item.isEmpty(), qPrintable(commune));
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(item.value(QStringLiteral("firstName")).toString(), QStringLiteral("Lou"));
        if (commune != QLatin1String("bains"))
            QVERIFY(
                item.value(QStringLiteral("statusReason")).toString().contains(QStringLiteral("Identité modifiée")));
    }

    // One notification tells the family why, naming the communes that must decide again.
    const QList<QJsonObject> told = withdrawals(f.parent, f.childId);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(told.first().value(QStringLiteral("body")).toString(),
             QStringLiteral("Vous avez modifié l'identité de Lou Durand : les communes d'AIGUILHE et de ROSIÈRES "
                            "doivent la valider à nouveau avant toute réservation ou commande."));

    // The audit says whose change withdrew which approvals.
    Person admin = signIn(m_server, AdminEmail, AdminPassword);
    bool traced = false;
    for (const QJsonValue& v : auditEntries(*admin.http, QStringLiteral("citizenId=") + f.parent.id)) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() != QLatin1String("approval_withdrawn"))
            continue;
        QVERIFY(!traced);
        traced = true;
        QCOMPARE(e.value(QStringLiteral("actorId")).toString(), f.parent.id);
        QCOMPARE(e.value(QStringLiteral("subjectId")).toString(), f.childId);
        QCOMPARE(e.value(QStringLiteral("detail")).toString(), QStringLiteral("aiguilhe rosieres"));
    }
    QVERIFY(traced);

    // Approved again by Rosières, Lou is booked.
    QVERIFY(approve(*m_rosieres, f.childId));
    QCOMPARE(book(f, day).status, 201);
}

void TestServerIdentity::aNewPhotoSendsTheChildBackToo()
{
    Family f = zoeFamily();
    QVERIFY(!f.childId.isEmpty());
    const QString day = aprilDay(f);
    QVERIFY(!day.isEmpty());
    const QString photo = QStringLiteral("/me/beneficiaries/%1/photo").arg(f.childId);

    const TestReply swapped = f.parent.http->send("PUT", photo, samplePng(), "image/png");
    QCOMPARE(swapped.status, 200);
    QCOMPARE(swapped.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(book(f, day).code(), QStringLiteral("not_approved"));
    QCOMPARE(queued(*m_rosieres, f.childId, QStringLiteral("rosieres")).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(withdrawals(f.parent, f.childId).size(), 1);
    QCOMPARE(withdrawals(f.parent, f.childId).first().value(QStringLiteral("body")).toString(),
             QStringLiteral("Vous avez modifié l'identité de Zoé Martin : la commune de ROSIÈRES doit la valider à "
                            "nouveau avant toute réservation ou commande."));

    // Approved again with this photo, opened again by Bains: the same photo sent again is no
    // new face, and changes nothing.
    QVERIFY(approve(*m_rosieres, f.childId));
    QVERIFY(bainsFindsIncomplete(f));
    QCOMPARE(f.parent.http->send("PUT", photo, samplePng(), "image/png").status, 200);
    QCOMPARE(book(f, day).status, 201);
    QVERIFY(queued(*m_rosieres, f.childId, QStringLiteral("rosieres")).isEmpty());
    QCOMPARE(withdrawals(f.parent, f.childId).size(), 1);

    // A PAI is validated with the child (the desk shows it for the decision): changing it is
    // another identity, too.
    QVERIFY(bainsFindsIncomplete(f));
    QCOMPARE(f.parent.http
                 ->patch(QStringLiteral("/me/beneficiaries/") + f.childId,
                         { { QStringLiteral("pai"), QStringLiteral("Allergie aux arachides") } })
                 .status,
             200);
    QCOMPARE(queued(*m_rosieres, f.childId, QStringLiteral("rosieres")).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(withdrawals(f.parent, f.childId).size(), 2);
}

void TestServerIdentity::otherChangesKeepTheApprovals()
{
    Family f = zoeFamily();
    QVERIFY(!f.childId.isEmpty());
    const QString day = aprilDay(f);
    QVERIFY(!day.isEmpty());
    // The same names (with spaces the server trims) and birth date, and a group.
    const TestReply changed = f.parent.http->patch(QStringLiteral("/me/beneficiaries/") + f.childId,
                                                   { { QStringLiteral("firstName"), QStringLiteral(" Zoé ") },
                                                     { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                                     { QStringLiteral("birthDate"), QStringLiteral("2017-03-01") },
                                                     { QStringLiteral("group"), QStringLiteral("Les lutins") } });
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QStringLiteral("group")).toString(), QStringLiteral("Les lutins"));
    QVERIFY(queued(*m_rosieres, f.childId, QStringLiteral("rosieres")).isEmpty());
    QVERIFY(withdrawals(f.parent, f.childId).isEmpty());
    QCOMPARE(book(f, day).status, 201);
}

void TestServerIdentity::anOrderNamesOnlyAChildTheSellingCommuneApproved()
{
    // Rosières' accueil de loisirs, sold by the day; Zoé approved by Rosières.
    Family f = approvedFamily(m_server, *m_rosieres->http, RosieresService, Funds, QStringLiteral("Zoé"));
    QVERIFY(!f.childId.isEmpty());
    // Hugo, approved by no commune; Jules, approved by Bains only.
    const auto newChild = [&](const QString& firstName) {
        return idOf(f.parent.http->post(QStringLiteral("/me/beneficiaries"),
                                        { { QStringLiteral("firstName"), firstName },
                                          { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                          { QStringLiteral("birthDate"), QStringLiteral("2021-02-03") } }));
    };
    const QString hugo = newChild(QStringLiteral("Hugo"));
    const QString jules = newChild(QStringLiteral("Jules"));
    QVERIFY(!hugo.isEmpty() && !jules.isEmpty());
    QCOMPARE(subscribe(*f.parent.http, BainsService).status, 201);
    QVERIFY(approve(*m_bains, jules));

    for (const QString& child : { hugo, jules }) {
        const TestReply refused
            = f.parent.http->post(QStringLiteral("/me/orders"), orderFor(f, child), idempotencyKey(newKey()));
        QCOMPARE(refused.status, 422);
        QCOMPARE(fieldErrors(refused), QStringList { QStringLiteral("beneficiaryId:not_approved") });
        QVERIFY(!refused.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    }
    // No money moved, no order made.
    QCOMPARE(balanceOf(*f.parent.http), Funds);
    QVERIFY(idsIn(f.parent.http->get(QStringLiteral("/me/orders")), QStringLiteral("orders")).isEmpty());

    const TestReply paid
        = f.parent.http->post(QStringLiteral("/me/orders"), orderFor(f, f.childId), idempotencyKey(newKey()));
    QCOMPARE(paid.status, 201);
    QCOMPARE(balanceOf(*f.parent.http), Funds - paid.json().value(QStringLiteral("totalCents")).toInteger());
}

void TestServerIdentity::theStatementCountsOnlyApprovedChildren()
{
    // Zoé, under 6 on 1 January, approved by Rosières, and its accueil de loisirs' registration
    // paid for her.
    const QString born = QStringLiteral("%1-03-01").arg(thisYear() - 3);
    Family f = zoeFamily(RosieresService, born);
    QVERIFY(!f.childId.isEmpty());
    QCOMPARE(
        f.parent.http->post(QStringLiteral("/me/orders"), orderFor(f, f.childId, 2), idempotencyKey(newKey())).status,
        201);
    QJsonArray children = statementChildren(f.parent);
    QCOMPARE(children.size(), 1);
    QCOMPARE(children.first().toObject().value(QStringLiteral("birthDate")).toString(), born);

    // Her birth date edited: no commune approves this child, the statement leaves her out.
    const QString edited = QStringLiteral("%1-01-02").arg(thisYear() - 2);
    QCOMPARE(f.parent.http
                 ->patch(QStringLiteral("/me/beneficiaries/") + f.childId, { { QStringLiteral("birthDate"), edited } })
                 .status,
             200);
    QVERIFY2(statementChildren(f.parent).isEmpty(), QJsonDocument(statementChildren(f.parent)).toJson().constData());

    // Approved again by Rosières, she is back with the birth date it validated.
    QVERIFY(approve(*m_rosieres, f.childId));
    children = statementChildren(f.parent);
    QCOMPARE(children.size(), 1);
    QCOMPARE(children.first().toObject().value(QStringLiteral("birthDate")).toString(), edited);
    QCOMPARE(children.first().toObject().value(QStringLiteral("lines")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestServerIdentity)
#include "tst_server_identity.moc"
