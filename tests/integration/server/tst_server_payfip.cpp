// Top-ups through PayFiP (--payment-provider payfip) against the real server over TLS, on
// SQLite and PostgreSQL, with a local stand-in of PayFiP's web service and page
// (PayFipStandIn, HTTPS with its own authority): the SOAP the server sends, a payment credited
// once under racing notifications, returns and reads (both spellings of the idop, in the form
// or the query), refused, abandoned and expired payments, answers that do not match (amount,
// numcli), faults and a timeout leaving it pending, a restart between payment and
// notification, an e-mail PayFiP cannot take, a log without the payer's e-mail, and a PayFiP
// whose certificate the server does not trust.

#include "PayFipStandIn.h"
#include "WalletTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace support;

namespace {

constexpr qint64 Lifetime = 20LL * 60 * 1000;

QJsonObject movementOf(TestHttp& http, const QString& topUpId)
{
    const QJsonArray movements
        = http.get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("movements")).toArray();
    for (const QJsonValue& m : movements) {
        if (m.toObject().value(QStringLiteral("topUpId")).toString() == topUpId)
            return m.toObject();
    }
    return {};
}

int movementsOf(const TestServer& server, const QString& topUpId)
{
    return execOnServerDatabase(server, QStringLiteral("SELECT COUNT(*) FROM wallet_movements WHERE top_up_id = ?"),
                                { topUpId });
}

} // namespace

class TestServerPayFip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void theServerSendsPayFipsSoap();
    void paidOnceUnderRacingNotifications();
    void bothSpellingsInTheFormOrTheQuery();
    void refusedAndAbandoned();
    void expiredWhenPayFipForgetsOrPastTheLifetime();
    void wrongAmountOrNumcliCreditsNothing();
    void faultsAndATimeoutLeaveItPending();
    void restartBetweenPaymentAndNotification();
    void anEmailPayFipCannotTakeRefusesTheTopUp();
    void theLogNeverHoldsThePayersEmail();
    void anUntrustedPayFipIsNeverCalled();

private:
    PayFipStandIn m_payfip;
    std::unique_ptr<TestServer> m_server;
};

void TestServerPayFip::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_payfip.start(), qPrintable(m_payfip.errorString()));
    m_server = std::make_unique<TestServer>(m_payfip.serverArguments());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_payfip.setServerTrust(m_server->caCertificates());
    qInfo("database: %s", m_server->usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerPayFip::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

void TestServerPayFip::init()
{
    m_payfip.setNotifying(true);
    m_payfip.answerInProgressFor(0);
    m_payfip.setDetailFault({});
    m_payfip.setAmountDelta(0);
    m_payfip.setNumcliAnswered({});
    m_payfip.setDelayMs(0);
}

void TestServerPayFip::theServerSendsPayFipsSoap()
{
    Person citizen = newCitizen(*m_server);
    const TestReply topUp = startTopUp(*citizen.http, 2500);
    QCOMPARE(topUp.status, 201);
    const QString idOp = idOpOf(topUp);
    const QUrl paymentUrl(topUp.json().value(QStringLiteral("paymentUrl")).toString());
    QCOMPARE(paymentUrl.adjusted(QUrl::RemoveQuery), m_payfip.page());
    const std::optional<PayFipStandIn::Payment> p = m_payfip.payment(idOp);
    QVERIFY(p);
    const QHash<QString, QString>& f = p->fields;
    QCOMPARE(f.value(QStringLiteral("mel")), citizen.email);
    QCOMPARE(f.value(QStringLiteral("montant")), QStringLiteral("2500"));
    QCOMPARE(f.value(QStringLiteral("refdet")), idOf(topUp));
    QCOMPARE(f.value(QStringLiteral("numcli")), QStringLiteral("123456"));
    QCOMPARE(f.value(QStringLiteral("saisie")), QStringLiteral("T"));
    QCOMPARE(f.value(QStringLiteral("objet")), QStringLiteral("Rechargement porte monnaie"));
    QCOMPARE(f.value(QStringLiteral("urlnotif")),
             m_server->baseUrl().toString() + QStringLiteral("/api/v1/payments/payfip/notification"));
    QCOMPARE(f.value(QStringLiteral("urlredirect")),
             m_server->baseUrl().toString() + QStringLiteral("/api/v1/payments/payfip/retour"));
    // Not paid yet: PayFiP answers P5 and the top-up stays pending.
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("pending"));
    QVERIFY(m_payfip.calls(QStringLiteral("recupererDetailPaiementSecurise")) >= 1);
}

void TestServerPayFip::paidOnceUnderRacingNotifications()
{
    Person citizen = newCitizen(*m_server);
    const TestReply topUp = startTopUp(*citizen.http, 5000);
    QCOMPARE(topUp.status, 201);
    const QString idOp = idOpOf(topUp);
    // Paid on PayFiP's page; PayFiP then calls urlnotif while the notification is repeated,
    // the browser comes back and the client reads.
    const int sent = m_payfip.notificationsSent();
    QVERIFY(m_payfip.decide(idOp, PayFipStandIn::Action::Pay));
    ParallelRequests together(*m_server, {});
    for (int i = 0; i < 3; ++i) {
        together.add(
            { "POST", QStringLiteral("/payments/payfip/notification"), "idop=" + idOp.toLatin1(), FormType, {} });
        together.add({ "GET", QStringLiteral("/payments/payfip/retour?idop=") + idOp, {}, {}, {} });
    }
    ParallelRequests reads(*m_server, citizen.token);
    for (int i = 0; i < 3; ++i)
        reads.add({ "GET", QStringLiteral("/me/wallet/top-ups/") + idOf(topUp), {}, {}, {} });
    together.start();
    reads.start();
    for (const TestReply& a : together.finish() + reads.finish())
        QVERIFY2(a.status == 204 || a.status == 200, qPrintable(QString::number(a.status) + a.networkError));
    QTRY_COMPARE(m_payfip.notificationsAnswered(), sent + 1);
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("paid"));
    QCOMPARE(balanceOf(*citizen.http), 5000);
    QCOMPARE(movementsOf(*m_server, idOf(topUp)), 1);
    // The bank's authorisation and PayFiP's time of payment, with the top-up and its movement.
    const QJsonObject read = citizen.http->get(QStringLiteral("/me/wallet/top-ups/") + idOf(topUp)).json();
    QCOMPARE(read.value(QStringLiteral("authorisation")).toString(), QStringLiteral("A") + idOp.left(5).toUpper());
    const QDateTime paidAt = QDateTime::fromString(read.value(QStringLiteral("paidAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(paidAt.isValid());
    QVERIFY(qAbs(paidAt.secsTo(QDateTime::currentDateTimeUtc())) < 180);
    const QJsonObject movement = movementOf(*citizen.http, idOf(topUp));
    QCOMPARE(movement.value(QStringLiteral("authorisation")), read.value(QStringLiteral("authorisation")));
    QCOMPARE(movement.value(QStringLiteral("paidAt")), read.value(QStringLiteral("paidAt")));
    TestHttp browser(*m_server);
    QVERIFY(QString::fromUtf8(browser.get(QStringLiteral("/payments/payfip/retour?idOp=") + idOp).body)
                .contains(QStringLiteral("Paiement accepté")));
}

void TestServerPayFip::bothSpellingsInTheFormOrTheQuery()
{
    // PayFiP's notification is off: each spelling alone must settle its top-up.
    m_payfip.setNotifying(false);
    Person citizen = newCitizen(*m_server);
    TestHttp payfip(*m_server);
    const QList<QPair<QString, bool>> ways { { QStringLiteral("idop"), true },
                                             { QStringLiteral("idOp"), true },
                                             { QStringLiteral("idop"), false },
                                             { QStringLiteral("idOp"), false } };
    qint64 expected = 0;
    for (const auto& [name, inForm] : ways) {
        const TestReply topUp = startTopUp(*citizen.http, 1000);
        QCOMPARE(topUp.status, 201);
        QVERIFY(m_payfip.decide(idOpOf(topUp), PayFipStandIn::Action::Pay));
        const QByteArray pair = name.toLatin1() + '=' + idOpOf(topUp).toLatin1();
        const TestReply r = inForm
            ? payfip.send("POST", QStringLiteral("/payments/payfip/notification"), pair, FormType)
            : payfip.send("POST", QStringLiteral("/payments/payfip/notification?") + QString::fromLatin1(pair), {},
                          FormType);
        QCOMPARE(r.status, 204);
        expected += 1000;
        QCOMPARE(balanceOf(*citizen.http), expected);
    }
    // Nothing else than an idOp: an unknown one is 404, a missing one 422, never a 5xx.
    QCOMPARE(payfip.send("POST", QStringLiteral("/payments/payfip/notification"), "idop=unknown-op", FormType).status,
             404);
    QCOMPARE(payfip.send("POST", QStringLiteral("/payments/payfip/notification"), "other=1", FormType).status, 422);
}

void TestServerPayFip::refusedAndAbandoned()
{
    Person citizen = newCitizen(*m_server);
    const TestReply refused = startTopUp(*citizen.http, 1000);
    const TestReply abandoned = startTopUp(*citizen.http, 2500);
    QVERIFY(m_payfip.decide(idOpOf(refused), PayFipStandIn::Action::Refuse));
    QVERIFY(m_payfip.decide(idOpOf(abandoned), PayFipStandIn::Action::Abandon));
    QTRY_COMPARE(topUpStatus(*citizen.http, idOf(refused)), QStringLiteral("refused"));
    QTRY_COMPARE(topUpStatus(*citizen.http, idOf(abandoned)), QStringLiteral("abandoned"));
    QCOMPARE(balanceOf(*citizen.http), 0);
    QVERIFY(!citizen.http->get(QStringLiteral("/me/wallet/top-ups/") + idOf(refused))
                 .json()
                 .contains(QStringLiteral("authorisation")));
}

void TestServerPayFip::expiredWhenPayFipForgetsOrPastTheLifetime()
{
    Person citizen = newCitizen(*m_server);
    // PayFiP no longer knows the idOp (P1): expired at once.
    const TestReply forgotten = startTopUp(*citizen.http, 1000);
    m_payfip.forget(idOpOf(forgotten));
    QCOMPARE(topUpStatus(*citizen.http, idOf(forgotten)), QStringLiteral("expired"));
    // Still P5 past the payment's lifetime: expired too.
    const TestReply slow = startTopUp(*citizen.http, 1000);
    QCOMPARE(execOnServerDatabase(*m_server,
                                  QStringLiteral("UPDATE top_ups SET created_at = created_at - ? WHERE id = ?"),
                                  { Lifetime + 60'000, idOf(slow) }),
             1);
    QCOMPARE(topUpStatus(*citizen.http, idOf(slow)), QStringLiteral("expired"));
    // Paid afterwards at PayFiP: nothing is credited any more.
    QVERIFY(m_payfip.decide(idOpOf(slow), PayFipStandIn::Action::Pay));
    QTRY_VERIFY(m_payfip.notificationsAnswered() == m_payfip.notificationsSent());
    QCOMPARE(balanceOf(*citizen.http), 0);
}

void TestServerPayFip::wrongAmountOrNumcliCreditsNothing()
{
    m_payfip.setNotifying(false);
    Person citizen = newCitizen(*m_server);
    const TestReply amount = startTopUp(*citizen.http, 1000);
    const TestReply numcli = startTopUp(*citizen.http, 2500);
    QVERIFY(m_payfip.decide(idOpOf(amount), PayFipStandIn::Action::Pay));
    QVERIFY(m_payfip.decide(idOpOf(numcli), PayFipStandIn::Action::Pay));
    m_payfip.setAmountDelta(-900);
    QCOMPARE(topUpStatus(*citizen.http, idOf(amount)), QStringLiteral("pending"));
    QTRY_VERIFY(m_server->serverLog().contains(QStringLiteral("does not match its top-up ") + idOf(amount)));
    m_payfip.setAmountDelta(0);
    m_payfip.setNumcliAnswered(QStringLiteral("654321"));
    QCOMPARE(topUpStatus(*citizen.http, idOf(numcli)), QStringLiteral("pending"));
    QTRY_VERIFY(m_server->serverLog().contains(idOpOf(numcli) + QStringLiteral(" belongs to another numcli")));
    QCOMPARE(balanceOf(*citizen.http), 0);
    QCOMPARE(movementsOf(*m_server, idOf(amount)) + movementsOf(*m_server, idOf(numcli)), 0);
}

void TestServerPayFip::faultsAndATimeoutLeaveItPending()
{
    m_payfip.setNotifying(false);
    Person citizen = newCitizen(*m_server);
    const TestReply topUp = startTopUp(*citizen.http, 1000);
    QVERIFY(m_payfip.decide(idOpOf(topUp), PayFipStandIn::Action::Pay));
    // P5 then P: pending, then paid.
    m_payfip.answerInProgressFor(1);
    TestHttp payfip(*m_server);
    QCOMPARE(notification(payfip, idOpOf(topUp)).status, 204);
    QCOMPARE(balanceOf(*citizen.http), 0);
    // Another fault: logged with its code, left pending.
    m_payfip.setDetailFault(QStringLiteral("A2"));
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("pending"));
    QTRY_VERIFY(m_server->serverLog().contains(QStringLiteral("fault A2")));
    m_payfip.setDetailFault({});
    // PayFiP answers past the server's timeout: left pending, and the server answers.
    m_payfip.setDelayMs(3000);
    QVERIFY(execOnServerDatabase(*m_server, QStringLiteral("DELETE FROM top_up_checks WHERE top_up_id = ?"),
                                 { idOf(topUp) })
            >= 0);
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("pending"));
    QTRY_VERIFY(m_server->serverLog().contains(QStringLiteral("recupererDetailPaiementSecurise for ") + idOpOf(topUp)
                                               + QStringLiteral(" failed:")));
    m_payfip.setDelayMs(0);
    // PayFiP answers again: paid.
    QVERIFY(execOnServerDatabase(*m_server, QStringLiteral("DELETE FROM top_up_checks WHERE top_up_id = ?"),
                                 { idOf(topUp) })
            >= 0);
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("paid"));
    QCOMPARE(balanceOf(*citizen.http), 1000);
}

void TestServerPayFip::restartBetweenPaymentAndNotification()
{
    m_payfip.setNotifying(false);
    Person citizen = newCitizen(*m_server);
    const TestReply topUp = startTopUp(*citizen.http, 5000);
    QVERIFY(m_payfip.decide(idOpOf(topUp), PayFipStandIn::Action::Pay));
    // Paid at PayFiP, unknown to the server, which stops and starts again: its reconciliation
    // at start asks PayFiP and credits it, nobody reading it first.
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    m_payfip.setServerTrust(m_server->caCertificates());
    TestHttp http(*m_server);
    http.setBearer(citizen.token);
    QTRY_COMPARE(balanceOf(http), 5000);
    QCOMPARE(notification(http, idOpOf(topUp)).status, 204);
    QCOMPARE(topUpStatus(http, idOf(topUp)), QStringLiteral("paid"));
    QCOMPARE(movementsOf(*m_server, idOf(topUp)), 1);
}

void TestServerPayFip::anEmailPayFipCannotTakeRefusesTheTopUp()
{
    TestHttp http(*m_server);
    const QString email = QStringLiteral("a-very-long-mailbox-name-for-a-family-with-many-names-%1@commune-de-"
                                         "saint-germain-laprade.example.org")
                              .arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(email.size() > 80);
    const TestReply tokens = registerAccount(http, *m_server, email);
    QCOMPARE(tokens.status, 201);
    http.setBearer(accessToken(tokens));
    const int created = m_payfip.calls(QStringLiteral("creerPaiementSecurise"));
    const TestReply topUp = http.post(QStringLiteral("/me/wallet/top-ups"),
                                      { { QStringLiteral("amountCents"), 1000.0 } }, { { "Accept-Language", "fr" } });
    QCOMPARE(topUp.status, 422);
    QCOMPARE(topUp.code(), QStringLiteral("payment_email_unusable"));
    QVERIFY(topUp.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("80 caractères")));
    QCOMPARE(m_payfip.calls(QStringLiteral("creerPaiementSecurise")), created);
    const QString accountId
        = tokens.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(execOnServerDatabase(*m_server, QStringLiteral("SELECT COUNT(*) FROM top_ups WHERE account_id = ?"),
                                  { accountId }),
             0);
}

void TestServerPayFip::theLogNeverHoldsThePayersEmail()
{
    QVERIFY(!m_payfip.payments().isEmpty());
    const QString log = m_server->serverLog();
    QVERIFY(log.contains(QStringLiteral("PayFiP")));
    for (const PayFipStandIn::Payment& p : m_payfip.payments())
        QVERIFY2(!log.contains(p.fields.value(QStringLiteral("mel"))), "the payer's e-mail is in the log");
    // The stand-in's fault text names an address: masked.
    QVERIFY(!log.contains(QStringLiteral("payer@example.org")));
}

void TestServerPayFip::anUntrustedPayFipIsNeverCalled()
{
    // The same stand-in, without --payfip-ca-file: the server trusts the system's authorities
    // only, the stand-in's certificate fails, nothing reaches it.
    QStringList args = m_payfip.serverArguments();
    const qsizetype ca = args.indexOf(QStringLiteral("--payfip-ca-file"));
    args.remove(ca, 2);
    TestServer untrusting(args);
    QVERIFY2(untrusting.start(), qPrintable(untrusting.errorString()));
    const int before = m_payfip.requests().size();
    Person citizen = newCitizen(untrusting);
    const TestReply topUp = startTopUp(*citizen.http, 1000);
    QCOMPARE(topUp.status, 503);
    QCOMPARE(topUp.code(), QStringLiteral("payment_unavailable"));
    QVERIFY(!topUp.header("Retry-After").isEmpty());
    QCOMPARE(m_payfip.requests().size(), before);
    QCOMPARE(execOnServerDatabase(untrusting, QStringLiteral("SELECT COUNT(*) FROM top_ups"), {}), 0);
    untrusting.stop();
}

QTEST_GUILESS_MAIN(TestServerPayFip)
#include "tst_server_payfip.moc"
