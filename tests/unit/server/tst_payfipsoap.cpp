// PayFiP's pieces that need no server: the SOAP the provider writes and reads (namespaces, an
// unqualified arg0, values escaped, a fault's FonctionnelleErreur), the objet as PayFiP takes
// it, the year and the time of payment in Paris, and the --payfip-* options refused at start.

#include "PayFipStandIn.h"

#include "payments/PayFipProvider.h"
#include "payments/PayFipSoap.h"
#include "process/ServerConfig.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace citoyens::server;

class TestPayFipSoap : public QObject
{
    Q_OBJECT

private slots:
    void requestIsQualifiedOnlyAtTheOperation();
    void answersAndFaultsAreRead();
    void objectIsSanitised();
    void parisTime();
    void theStandInChecksWhatItIsSent();
    void optionsAreChecked_data();
    void optionsAreChecked();
};

void TestPayFipSoap::requestIsQualifiedOnlyAtTheOperation()
{
    const QByteArray xml = PayFipSoap::request(QStringLiteral("creerPaiementSecurise"),
                                               { { QStringLiteral("objet"), QStringLiteral("a < b & \"c\"") },
                                                 { QStringLiteral("refdet"), QStringLiteral("abc123") } });
    QXmlStreamReader r(xml);
    QStringList seen;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        seen << r.name().toString() + QLatin1Char('|') + r.namespaceUri().toString();
        if (r.name() == QLatin1String("objet"))
            QCOMPARE(r.readElementText(), QStringLiteral("a < b & \"c\""));
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    const QString soap = QLatin1String(PayFipSoap::EnvelopeNamespace);
    QCOMPARE(seen,
             (QStringList { QStringLiteral("Envelope|") + soap, QStringLiteral("Header|") + soap,
                            QStringLiteral("Body|") + soap,
                            QStringLiteral("creerPaiementSecurise|") + QLatin1String(PayFipSoap::RequestNamespace),
                            QStringLiteral("arg0|"), QStringLiteral("objet|"), QStringLiteral("refdet|") }));
}

void TestPayFipSoap::answersAndFaultsAreRead()
{
    const QByteArray ok = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                          "<ns2:creerPaiementSecuriseResponse xmlns:ns2=\"http://securite.service.tpa.cp.finances."
                          "gouv.fr/reponse\"><return><idOp>abc-123</idOp></return>"
                          "</ns2:creerPaiementSecuriseResponse></S:Body></S:Envelope>";
    const PayFipSoap::Answer a = PayFipSoap::parse(QStringLiteral("creerPaiementSecurise"), ok);
    QCOMPARE(int(a.kind), int(PayFipSoap::Answer::Kind::Return));
    QCOMPARE(a.fields.value(QStringLiteral("idOp")), QStringLiteral("abc-123"));
    // The same answer in another namespace is not PayFiP's.
    QByteArray wrong = ok;
    wrong.replace("/reponse", "/autre");
    QCOMPARE(int(PayFipSoap::parse(QStringLiteral("creerPaiementSecurise"), wrong).kind),
             int(PayFipSoap::Answer::Kind::Unreadable));
    const QByteArray fault = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                             "<faultcode>S:Server</faultcode><faultstring>fault</faultstring><detail>"
                             "<ns2:FonctionnelleErreur xmlns:ns2=\"http://securite.service.tpa.cp.finances.gouv.fr/"
                             "reponse\"><code>P5</code><descriptif/><libelle>Resultat non connu</libelle>"
                             "<severite>2</severite></ns2:FonctionnelleErreur></detail></S:Fault></S:Body>"
                             "</S:Envelope>";
    const PayFipSoap::Answer f = PayFipSoap::parse(QStringLiteral("recupererDetailPaiementSecurise"), fault);
    QCOMPARE(int(f.kind), int(PayFipSoap::Answer::Kind::Fault));
    QCOMPARE(f.faultCode, QStringLiteral("P5"));
    QCOMPARE(f.faultText, QStringLiteral("Resultat non connu"));
    QCOMPARE(int(PayFipSoap::parse(QStringLiteral("x"), "<html>502</html>").kind),
             int(PayFipSoap::Answer::Kind::Unreadable));
}

void TestPayFipSoap::objectIsSanitised()
{
    QCOMPARE(PayFipProvider::sanitisedObject(QStringLiteral("Rechargement porte-monnaie")),
             QStringLiteral("Rechargement porte monnaie"));
    QCOMPARE(PayFipProvider::sanitisedObject(QStringLiteral("Cantine d'été — Rosières, Œuvre n°2")),
             QStringLiteral("Cantine d ete Rosieres OEuvre n 2"));
    QCOMPARE(PayFipProvider::sanitisedObject(QString(150, QLatin1Char('a'))).size(), 100);
    QVERIFY(!PayFipProvider::isEmailUsable(QStringLiteral("a@b.f")));
    QVERIFY(PayFipProvider::isEmailUsable(QStringLiteral("a@b.fr")));
    QVERIFY(!PayFipProvider::isEmailUsable(QString(76, QLatin1Char('a')) + QStringLiteral("@b.fr")));
    QVERIFY(PayFipProvider::isEmailUsable(QString(75, QLatin1Char('a')) + QStringLiteral("@b.fr")));
}

void TestPayFipSoap::parisTime()
{
    // 31 December 2026, 23:30 UTC is already 2027 in Paris.
    QCOMPARE(PayFipProvider::parisYear(QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch()),
             2027);
    // 14:05 in Paris on 5 July (summer time) is 12:05 UTC.
    QCOMPARE(PayFipProvider::paidAt(QStringLiteral("05072026"), QStringLiteral("1405")),
             QDateTime(QDate(2026, 7, 5), QTime(12, 5), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(PayFipProvider::paidAt(QStringLiteral("32132026"), QStringLiteral("1405")), 0);
}

// The stand-in the server tests talk to refuses what PayFiP refuses: read back with the
// server's own codec, so both ends agree on the shapes.
void TestPayFipSoap::theStandInChecksWhatItIsSent()
{
    PayFipStandIn payfip;
    const auto call = [&](const QString& operation, const PayFipSoap::Fields& fields, const QByteArray& body = {}) {
        StandInRequest r;
        r.method = "POST";
        r.path = QLatin1String(PayFipStandIn::ServicePath);
        r.headers.insert("content-type", "text/xml; charset=utf-8");
        r.headers.insert("soapaction", "\"\"");
        r.body = body.isEmpty() ? PayFipSoap::request(operation, fields) : body;
        const StandInResponse answer = payfip.handle(r);
        return std::make_pair(answer.status, PayFipSoap::parse(operation, answer.body));
    };
    PayFipSoap::Fields fields {
        { QStringLiteral("exer"), QString::number(QDate::currentDate().year()) },
        { QStringLiteral("mel"), QStringLiteral("marie.dupont@example.org") },
        { QStringLiteral("montant"), QStringLiteral("2500") },
        { QStringLiteral("numcli"), QStringLiteral("123456") },
        { QStringLiteral("objet"), QStringLiteral("Rechargement porte monnaie") },
        { QStringLiteral("refdet"), QStringLiteral("abcdef123456") },
        { QStringLiteral("saisie"), QStringLiteral("T") },
        { QStringLiteral("urlnotif"), QStringLiteral("https://127.0.0.1:1/api/v1/payments/payfip/notification") },
        { QStringLiteral("urlredirect"), QStringLiteral("https://127.0.0.1:1/api/v1/payments/payfip/retour") },
    };
    const QString create = QStringLiteral("creerPaiementSecurise");
    const auto [okStatus, ok] = call(create, fields);
    QCOMPARE(okStatus, 200);
    QCOMPARE(int(ok.kind), int(PayFipSoap::Answer::Kind::Return));
    const QString idOp = ok.fields.value(QStringLiteral("idOp"));
    QVERIFY(payfip.payment(idOp));
    // Not paid yet: P5; unknown: P1; decided: its detail.
    const QString detail = QStringLiteral("recupererDetailPaiementSecurise");
    QCOMPARE(call(detail, { { QStringLiteral("idOp"), idOp } }).second.faultCode, QStringLiteral("P5"));
    QCOMPARE(call(detail, { { QStringLiteral("idOp"), QStringLiteral("nope") } }).second.faultCode,
             QStringLiteral("P1"));
    payfip.setNotifying(false);
    QVERIFY(payfip.decide(idOp, PayFipStandIn::Action::Refuse));
    const PayFipSoap::Answer refused = call(detail, { { QStringLiteral("idOp"), idOp } }).second;
    QCOMPARE(refused.fields.value(QStringLiteral("resultrans")), QStringLiteral("R"));
    QCOMPARE(refused.fields.value(QStringLiteral("refdet")), QStringLiteral("abcdef123456"));
    // A refdet PayFiP refuses: R3, an HTTP 500 fault.
    fields[5].second = QStringLiteral("abc-123");
    const auto [badStatus, bad] = call(create, fields);
    QCOMPARE(badStatus, 500);
    QCOMPARE(bad.faultCode, QStringLiteral("R3"));
    // A qualified arg0: refused as a malformed call, with no FonctionnelleErreur.
    QByteArray qualified = PayFipSoap::request(create, {});
    qualified.replace("<arg0", "<pai:arg0").replace("</arg0>", "</pai:arg0>");
    const PayFipSoap::Answer refusedEnvelope = call(create, {}, qualified).second;
    QCOMPARE(int(refusedEnvelope.kind), int(PayFipSoap::Answer::Kind::Fault));
    QVERIFY(refusedEnvelope.faultCode.isEmpty());
    QVERIFY2(refusedEnvelope.faultText.contains(QStringLiteral("arg0")), qPrintable(refusedEnvelope.faultText));
}

void TestPayFipSoap::optionsAreChecked_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // empty: accepted
    const QStringList payfip { QStringLiteral("--payment-provider"), QStringLiteral("payfip") };
    const QStringList numcli { QStringLiteral("--payfip-numcli"), QStringLiteral("123456") };
    QTest::newRow("accepted") << payfip + numcli << QString();
    QTest::newRow("no numcli") << payfip << QStringLiteral("--payfip-numcli");
    QTest::newRow("short numcli") << payfip + QStringList { QStringLiteral("--payfip-numcli"), QStringLiteral("12345") }
                                  << QStringLiteral("6 digits");
    QTest::newRow("saisie") << payfip + numcli + QStringList { QStringLiteral("--payfip-saisie"), QStringLiteral("P") }
                            << QStringLiteral("--payfip-saisie");
    QTest::newRow("http endpoint") << payfip + numcli
            + QStringList { QStringLiteral("--payfip-endpoint"), QStringLiteral("http://payfip.example.org/x") }
                                   << QStringLiteral("https");
    QTest::newRow("missing CA") << payfip + numcli
            + QStringList { QStringLiteral("--payfip-ca-file"), QStringLiteral("/nonexistent/ca.pem") }
                                << QStringLiteral("--payfip-ca-file");
    QTest::newRow("without payfip") << numcli << QStringLiteral("goes with --payment-provider payfip");
}

void TestPayFipSoap::optionsAreChecked()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    ServerConfig config;
    QString text;
    bool help = false;
    const bool ok
        = ServerConfig::parse(QStringList { QStringLiteral("citoyens-server") } + args, &config, &text, &help);
    if (message.isEmpty()) {
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(config.paymentProvider, QStringLiteral("payfip"));
        QCOMPARE(config.payfip.saisie, QStringLiteral("T"));
        QCOMPARE(config.payfip.endpoint, QStringLiteral("https://www.payfip.gouv.fr/tpa/services/securite"));
        QCOMPARE(config.payfip.page, QStringLiteral("https://www.payfip.gouv.fr/tpa/paiementws.web"));
    } else {
        QVERIFY(!ok);
        QVERIFY2(text.contains(message), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestPayFipSoap)
#include "tst_payfipsoap.moc"
