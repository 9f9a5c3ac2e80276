// The wallet and its top-ups against the real server over TLS, on SQLite and PostgreSQL: the
// five amounts, payments through the sandbox provider's page, crediting once whatever arrives
// together or after a restart, refused, abandoned and expired payments, replays, and other
// people's top-ups.

#include "WalletTestSupport.h"

#include <QDir>
#include <QTest>

using namespace support;

class TestServerWallet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void onlyTheFiveAmounts_data();
    void onlyTheFiveAmounts();
    void topUpPaidThroughTheSandboxPage();
    void notificationAndReturnTogetherCreditOnce();
    void restartBetweenPaymentAndNotification();
    void refusedAndAbandonedCreditNothing();
    void expiredTopUpCreditsNothing();
    void topUpReplays();
    void anotherCitizensTopUpIs404();
    void paymentRoutesRefuseBadInput();
    void withoutProviderNoTopUps();
    void paymentOptionsAreChecked();

private:
    TestServer m_server { { QStringLiteral("--demo-data") } };
    // The sandbox never notifies this one: the test decides when the notification comes.
    TestServer m_silent { { QStringLiteral("--demo-data"), QStringLiteral("--test-sandbox-silent") } };
};

void TestServerWallet::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_silent.start(), qPrintable(m_silent.errorString()));
    qInfo("database: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
}

void TestServerWallet::cleanupTestCase()
{
    m_silent.stop();
    m_server.stop();
}

void TestServerWallet::onlyTheFiveAmounts_data()
{
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<int>("status");
    QTest::newRow("1 €") << QJsonValue(100) << 201;
    QTest::newRow("5 €") << QJsonValue(500) << 201;
    QTest::newRow("10 €") << QJsonValue(1000) << 201;
    QTest::newRow("25 €") << QJsonValue(2500) << 201;
    QTest::newRow("50 €") << QJsonValue(5000) << 201;
    QTest::newRow("0") << QJsonValue(0) << 422;
    QTest::newRow("99") << QJsonValue(99) << 422;
    QTest::newRow("101") << QJsonValue(101) << 422;
    QTest::newRow("20 €") << QJsonValue(2000) << 422;
    QTest::newRow("100 €") << QJsonValue(10000) << 422;
    QTest::newRow("negative") << QJsonValue(-500) << 422;
    QTest::newRow("fraction") << QJsonValue(500.5) << 422;
    QTest::newRow("huge") << QJsonValue(1e300) << 422;
    QTest::newRow("text") << QJsonValue(QStringLiteral("500")) << 422;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 422;
}

void TestServerWallet::onlyTheFiveAmounts()
{
    QFETCH(QJsonValue, amount);
    QFETCH(int, status);
    Person citizen = newCitizen(m_server);
    const TestReply r
        = citizen.http->post(QStringLiteral("/me/wallet/top-ups"), { { QStringLiteral("amountCents"), amount } });
    QCOMPARE(r.status, status);
    if (status == 422) {
        QCOMPARE(r.code(), QStringLiteral("validation_failed"));
        QCOMPARE(fieldErrors(r).size(), 1);
        QVERIFY2(fieldErrors(r).first().startsWith(QStringLiteral("amountCents:")), r.body.constData());
        return;
    }
    const QJsonObject t = r.json();
    QCOMPARE(t.value(QStringLiteral("amountCents")).toDouble(), amount.toDouble());
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]{24}$")).match(idOf(r)).hasMatch());
    // An absolute https address of the server itself: its sandbox page.
    const QUrl url(t.value(QStringLiteral("paymentUrl")).toString());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.port(), m_server.baseUrl().port());
    QCOMPARE(url.path(), QStringLiteral("/api/v1/sandbox/payfip/paiement"));
    const QDateTime created = QDateTime::fromString(t.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    const QDateTime expires = QDateTime::fromString(t.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    QCOMPARE(created.msecsTo(expires), 20 * 60 * 1000);
    QCOMPARE(balanceOf(*citizen.http), 0);
}

void TestServerWallet::topUpPaidThroughTheSandboxPage()
{
    Person citizen = newCitizen(m_server);
    const TestReply topUp = startTopUp(*citizen.http, 2500);
    QCOMPARE(topUp.status, 201);
    const QString idOp = idOpOf(topUp);
    QVERIFY(!idOp.isEmpty());
    // While pending, its status tells where to pay again.
    const QJsonObject pending = citizen.http->get(QStringLiteral("/me/wallet/top-ups/") + idOf(topUp)).json();
    QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("paymentUrl")), topUp.json().value(QStringLiteral("paymentUrl")));

    // The page the person's browser opens (no token): amount, reference, three buttons.
    TestHttp browser(m_server);
    const TestReply page = browser.get(QStringLiteral("/sandbox/payfip/paiement?idop=") + idOp);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY2(html.contains(QStringLiteral("25,00\u00a0€")), page.body.constData());
    QVERIFY(html.contains(idOf(topUp)));
    for (const char* action : { "payer", "refuser", "abandonner" })
        QVERIFY(html.contains(QStringLiteral("value=\"%1\"").arg(QLatin1String(action))));
    QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("<script")));

    const TestReply paid = sandboxAction(browser, idOp, QStringLiteral("payer"));
    QCOMPARE(paid.status, 200);
    QVERIFY(QString::fromUtf8(paid.body).contains(QStringLiteral("/api/v1/payments/payfip/retour?idop=") + idOp));
    // The sandbox notifies the server by itself, a moment later.
    QTRY_COMPARE(balanceOf(*citizen.http), 2500);
    const QJsonObject settled = citizen.http->get(QStringLiteral("/me/wallet/top-ups/") + idOf(topUp)).json();
    QCOMPARE(settled.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QVERIFY(!settled.contains(QStringLiteral("paymentUrl")));
    QVERIFY(settled.contains(QStringLiteral("settledAt")));
    const QJsonObject wallet = citizen.http->get(QStringLiteral("/me/wallet")).json();
    const QJsonArray movements = wallet.value(QStringLiteral("movements")).toArray();
    QCOMPARE(movements.size(), 1);
    QCOMPARE(movements.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("top_up"));
    QCOMPARE(movements.first().toObject().value(QStringLiteral("amountCents")).toInt(), 2500);

    // The browser's return page, and the wallet's ETag.
    const TestReply back = browser.get(QStringLiteral("/payments/payfip/retour?idop=") + idOp);
    QCOMPARE(back.status, 200);
    QVERIFY(
        QString::fromUtf8(back.body).contains(QStringLiteral("Paiement accepté. Vous pouvez revenir dans Citoyens.")));
    const TestReply first = citizen.http->get(QStringLiteral("/me/wallet"));
    QVERIFY(!first.header("ETag").isEmpty());
    QCOMPARE(citizen.http->get(QStringLiteral("/me/wallet"), { { "If-None-Match", first.header("ETag") } }).status,
             304);
    // Paid once: the page refuses a second choice.
    QCOMPARE(sandboxAction(browser, idOp, QStringLiteral("payer")).status, 409);
    QCOMPARE(balanceOf(*citizen.http), 2500);
}

void TestServerWallet::notificationAndReturnTogetherCreditOnce()
{
    Person citizen = newCitizen(m_silent);
    const TestReply topUp = startTopUp(*citizen.http, 1000);
    QCOMPARE(topUp.status, 201);
    const QString idOp = idOpOf(topUp);
    TestHttp browser(m_silent);
    QCOMPARE(sandboxAction(browser, idOp, QStringLiteral("payer")).status, 200);
    QCOMPARE(balanceOf(*citizen.http), 0); // no notification yet

    // The notification, the browser's return and the client's status read, all at once,
    // twice over.
    ParallelRequests together(m_silent, {});
    for (int i = 0; i < 2; ++i) {
        together.add(
            { "POST", QStringLiteral("/payments/payfip/notification"), "idop=" + idOp.toLatin1(), FormType, {} });
        together.add({ "GET", QStringLiteral("/payments/payfip/retour?idop=") + idOp, {}, {}, {} });
    }
    ParallelRequests reads(m_silent, citizen.token);
    reads.add({ "GET", QStringLiteral("/me/wallet/top-ups/") + idOf(topUp), {}, {}, {} });
    const QList<TestReply> answers = together.run() + reads.run();
    for (const TestReply& a : answers)
        QVERIFY2(a.status == 204 || a.status == 200, qPrintable(QString::number(a.status) + a.networkError));
    QCOMPARE(balanceOf(*citizen.http), 1000);
    QCOMPARE(notification(browser, idOp).status, 204);
    QCOMPARE(balanceOf(*citizen.http), 1000);
    QCOMPARE(execOnServerDatabase(m_silent, QStringLiteral("SELECT COUNT(*) FROM wallet_movements WHERE top_up_id = ?"),
                                  { idOf(topUp) }),
             1);
}

void TestServerWallet::restartBetweenPaymentAndNotification()
{
    Person citizen = newCitizen(m_silent);
    const TestReply topUp = startTopUp(*citizen.http, 5000);
    QCOMPARE(topUp.status, 201);
    const QString idOp = idOpOf(topUp);
    {
        TestHttp browser(m_silent);
        QCOMPARE(sandboxAction(browser, idOp, QStringLiteral("payer")).status, 200);
    }
    // Another one, never paid, left for twenty-one minutes.
    const TestReply forgotten = startTopUp(*citizen.http, 100);
    QCOMPARE(execOnServerDatabase(m_silent,
                                  QStringLiteral("UPDATE top_ups SET created_at = created_at - ? WHERE id = ?"),
                                  { 21LL * 60 * 1000, idOf(forgotten) }),
             1);
    // Paid at the provider, not yet known to the server: the server stops and starts again on
    // the same database; its reconciliation at start settles both pending top-ups (nobody
    // reads them first).
    QVERIFY2(m_silent.restart(), qPrintable(m_silent.errorString()));
    TestHttp http(m_silent);
    http.setBearer(citizen.token);
    QTRY_COMPARE(balanceOf(http), 5000);
    QTRY_COMPARE(execOnServerDatabase(m_silent,
                                      QStringLiteral("SELECT COUNT(*) FROM top_ups WHERE id = ? AND status = ?"),
                                      { idOf(forgotten), QStringLiteral("expired") }),
                 1);
    // The late notification and the browser's return change nothing.
    QCOMPARE(notification(http, idOp).status, 204);
    QCOMPARE(http.get(QStringLiteral("/payments/payfip/retour?idop=") + idOp).status, 200);
    QCOMPARE(topUpStatus(http, idOf(topUp)), QStringLiteral("paid"));
    QCOMPARE(balanceOf(http), 5000);
    QCOMPARE(http.get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("movements")).toArray().size(), 1);
}

void TestServerWallet::refusedAndAbandonedCreditNothing()
{
    Person citizen = newCitizen(m_server);
    TestHttp browser(m_server);
    const TestReply refused = startTopUp(*citizen.http, 500);
    const TestReply abandoned = startTopUp(*citizen.http, 1000);
    QCOMPARE(sandboxAction(browser, idOpOf(refused), QStringLiteral("refuser")).status, 200);
    QCOMPARE(sandboxAction(browser, idOpOf(abandoned), QStringLiteral("abandonner")).status, 200);
    QCOMPARE(topUpStatus(*citizen.http, idOf(refused)), QStringLiteral("refused"));
    QCOMPARE(topUpStatus(*citizen.http, idOf(abandoned)), QStringLiteral("abandoned"));
    const TestReply back = browser.get(QStringLiteral("/payments/payfip/retour?idop=") + idOpOf(refused));
    QVERIFY(QString::fromUtf8(back.body).contains(QStringLiteral("Paiement refusé")));
    // Decided once: paying afterwards is refused, and nothing is ever credited.
    QCOMPARE(sandboxAction(browser, idOpOf(refused), QStringLiteral("payer")).status, 409);
    QCOMPARE(notification(browser, idOpOf(refused)).status, 204);
    QCOMPARE(balanceOf(*citizen.http), 0);
    QVERIFY(
        citizen.http->get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("movements")).toArray().isEmpty());
}

void TestServerWallet::expiredTopUpCreditsNothing()
{
    Person citizen = newCitizen(m_silent);
    const TestReply topUp = startTopUp(*citizen.http, 2500);
    const TestReply paidLate = startTopUp(*citizen.http, 500);
    QCOMPARE(topUp.status, 201);
    // Twenty-one minutes pass (the clock, moved in the server's own tables).
    const qint64 ago = 21LL * 60 * 1000;
    for (const TestReply* t : { &topUp, &paidLate }) {
        QCOMPARE(execOnServerDatabase(m_silent,
                                      QStringLiteral("UPDATE top_ups SET created_at = created_at - ? WHERE id = ?"),
                                      { ago, idOf(*t) }),
                 1);
        QCOMPARE(execOnServerDatabase(
                     m_silent,
                     QStringLiteral("UPDATE sandbox_payments SET created_at = created_at - ? WHERE id_op = ?"),
                     { ago, idOpOf(*t) }),
                 1);
    }
    TestHttp browser(m_silent);
    const TestReply page = browser.get(QStringLiteral("/sandbox/payfip/paiement?idop=") + idOpOf(paidLate));
    QCOMPARE(page.status, 409);
    QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("expiré")));
    QCOMPARE(sandboxAction(browser, idOpOf(paidLate), QStringLiteral("payer")).status, 409);
    QCOMPARE(topUpStatus(*citizen.http, idOf(topUp)), QStringLiteral("expired"));
    QCOMPARE(notification(browser, idOpOf(paidLate)).status, 204);
    QCOMPARE(topUpStatus(*citizen.http, idOf(paidLate)), QStringLiteral("expired"));
    QCOMPARE(balanceOf(*citizen.http), 0);
}

void TestServerWallet::topUpReplays()
{
    Person citizen = newCitizen(m_server);
    const QString key = newKey();
    const TestReply first = startTopUp(*citizen.http, 1000, key);
    QCOMPARE(first.status, 201);
    const TestReply again = startTopUp(*citizen.http, 1000, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(idOf(again), idOf(first));
    QCOMPARE(idOpOf(again), idOpOf(first));
    const TestReply other = startTopUp(*citizen.http, 2500, key);
    QCOMPARE(other.status, 422);
    QCOMPARE(other.code(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(execOnServerDatabase(m_server, QStringLiteral("SELECT COUNT(*) FROM top_ups WHERE account_id = ?"),
                                  { citizen.id }),
             1);
}

void TestServerWallet::anotherCitizensTopUpIs404()
{
    Person owner = newCitizen(m_server);
    Person other = newCitizen(m_server);
    QVERIFY(fund(*owner.http, 500));
    const TestReply topUp = startTopUp(*owner.http, 100);
    const TestReply theirs = other.http->get(QStringLiteral("/me/wallet/top-ups/") + idOf(topUp));
    QCOMPARE(theirs.status, 404);
    QCOMPARE(theirs.code(), QStringLiteral("not_found"));
    QCOMPARE(other.http->get(QStringLiteral("/me/wallet/top-ups/nonexistent")).status, 404);
    QCOMPARE(balanceOf(*other.http), 0);
    QCOMPARE(balanceOf(*owner.http), 500);
    TestHttp anonymous(m_server);
    QCOMPARE(anonymous.get(QStringLiteral("/me/wallet")).status, 401);
}

void TestServerWallet::paymentRoutesRefuseBadInput()
{
    TestHttp browser(m_server);
    // What the page echoes is escaped, and an unknown or malformed idop is a 404 page.
    const TestReply hostile
        = browser.get(QStringLiteral("/sandbox/payfip/paiement?idop=%3Cscript%3Ealert(1)%3C/script%3E"));
    QCOMPARE(hostile.status, 404);
    QVERIFY(!hostile.body.contains("<script"));
    QCOMPARE(browser.get(QStringLiteral("/sandbox/payfip/paiement?idop=") + QString(100, QLatin1Char('a'))).status,
             404);
    QCOMPARE(browser.get(QStringLiteral("/sandbox/payfip/paiement")).status, 404);
    QCOMPARE(browser.get(QStringLiteral("/payments/payfip/retour?idop=unknown")).status, 404);

    Person citizen = newCitizen(m_server);
    const QString idOp = idOpOf(startTopUp(*citizen.http, 100));
    const TestReply noAction
        = browser.send("POST", QStringLiteral("/sandbox/payfip/paiement"), "idop=" + idOp.toLatin1(), FormType);
    QCOMPARE(noAction.status, 422);
    QCOMPARE(fieldErrors(noAction), QStringList { QStringLiteral("action:required") });
    QCOMPARE(fieldErrors(sandboxAction(browser, idOp, QStringLiteral("voler"))),
             QStringList { QStringLiteral("action:invalid_choice") });
    QCOMPARE(browser.send("POST", QStringLiteral("/sandbox/payfip/paiement"), "{}", "application/json").status, 415);
    QCOMPARE(sandboxAction(browser, QStringLiteral("unknown"), QStringLiteral("payer")).status, 404);
    QCOMPARE(notification(browser, QStringLiteral("unknown")).status, 404);
    QCOMPARE(fieldErrors(browser.send("POST", QStringLiteral("/payments/payfip/notification"), "x=1", FormType)),
             QStringList { QStringLiteral("idop:required") });
    QCOMPARE(
        browser.send("POST", QStringLiteral("/payments/payfip/notification"), QByteArray(5000, 'a'), FormType).status,
        413);
    QCOMPARE(topUpStatus(*citizen.http, idOf(startTopUp(*citizen.http, 100))), QStringLiteral("pending"));
}

void TestServerWallet::withoutProviderNoTopUps()
{
    TestServer bare { { QStringLiteral("--payment-provider"), QStringLiteral("none"), QStringLiteral("--demo-data") } };
    QVERIFY2(bare.start(), qPrintable(bare.errorString()));
    Person citizen = newCitizen(bare);
    QCOMPARE(balanceOf(*citizen.http), 0);
    QCOMPARE(startTopUp(*citizen.http, 500).status, 404);
    TestHttp browser(bare);
    QCOMPARE(browser.get(QStringLiteral("/sandbox/payfip/paiement?idop=abc")).status, 404);
    QCOMPARE(notification(browser, QStringLiteral("abc")).status, 404);
    bare.stop();
}

void TestServerWallet::paymentOptionsAreChecked()
{
    // The test seams exist only beside the demo data; a provider must be known; a public
    // address must be https.
    const QList<QStringList> refused {
        { QStringLiteral("--test-sandbox-silent") },
        { QStringLiteral("--test-hold-dir"), QDir::tempPath() },
        { QStringLiteral("--demo-data"), QStringLiteral("--payment-provider"), QStringLiteral("paypal") },
        { QStringLiteral("--demo-data"), QStringLiteral("--public-url"),
          QStringLiteral("http://citoyens.example.org") },
        { QStringLiteral("--demo-data"), QStringLiteral("--public-url"), QStringLiteral("https://x.example.org/?a=1") },
    };
    for (const QStringList& args : refused) {
        TestServer server { args };
        QVERIFY2(!server.start(), qPrintable(args.join(QLatin1Char(' '))));
        server.stop();
    }
    // Behind a proxy, payment pages are at the public address.
    TestServer proxied { { QStringLiteral("--demo-data"), QStringLiteral("--public-url"),
                           QStringLiteral("https://citoyens.example.org/") } };
    QVERIFY2(proxied.start(), qPrintable(proxied.errorString()));
    Person citizen = newCitizen(proxied);
    const QString url = startTopUp(*citizen.http, 100).json().value(QStringLiteral("paymentUrl")).toString();
    QVERIFY2(url.startsWith(QStringLiteral("https://citoyens.example.org/api/v1/sandbox/payfip/paiement?idop=")),
             qPrintable(url));
    proxied.stop();
}

QTEST_GUILESS_MAIN(TestServerWallet)
#include "tst_server_wallet.moc"
