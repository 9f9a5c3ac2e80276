#include "WalletFlowSupport.h"

#include "TestHttp.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

using namespace servicesflow;

QString WalletFlowSupport::spaced(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}

QString WalletFlowSupport::askOverHttp(const QString& serviceId)
{
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    QFile pdf(m_pdf), png(m_png);
    if (!pdf.open(QIODevice::ReadOnly) || !png.open(QIODevice::ReadOnly))
        return {};
    const TestReply proof
        = marie.send("POST", QStringLiteral("/me/documents?kind=proof_of_address&filename=domicile.pdf"), pdf.readAll(),
                     "application/pdf");
    const TestReply income = marie.send("POST", QStringLiteral("/me/documents?kind=income_statement&filename=avis.png"),
                                        png.readAll(), "image/png");
    if (proof.status != 201 || income.status != 201)
        return {};
    const QJsonArray documents {
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("proof_of_address") },
                      { QStringLiteral("documentId"), proof.json().value(QStringLiteral("id")).toString() } },
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("income_statement") },
                      { QStringLiteral("documentId"), income.json().value(QStringLiteral("id")).toString() } },
    };
    const TestReply request = marie.post(QStringLiteral("/me/subscriptions"),
                                         { { QStringLiteral("serviceId"), serviceId },
                                           { QStringLiteral("fiscalIncomeEuros"), 4500 },
                                           { QStringLiteral("fiscalPartsHalves"), 2 },
                                           { QStringLiteral("documents"), documents } });
    return request.status == 201 ? request.json().value(QStringLiteral("id")).toString() : QString();
}

QJsonObject WalletFlowSupport::marieGet(const QString& path)
{
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    const TestReply reply = marie.get(path);
    if (reply.status != 200)
        qWarning() << path << reply.status << reply.body;
    return reply.json();
}

void WalletFlowSupport::payOnProviderPage(const QUrl& url, const QString& action)
{
    QNetworkAccessManager browser;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = tls.caCertificates();
    cas += m_server->caCertificates();
    tls.setCaCertificates(cas);

    QNetworkRequest page(url);
    page.setSslConfiguration(tls);
    QNetworkReply* shown = browser.get(page);
    QSignalSpy shownDone(shown, &QNetworkReply::finished);
    QVERIFY(shownDone.wait(NetworkTimeoutMs));
    QCOMPARE(shown->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString html = QString::fromUtf8(shown->readAll());
    shown->deleteLater();
    QVERIFY2(html.contains(QStringLiteral("Payer")), qPrintable(html.left(400)));

    const QString idop = QUrlQuery(url).queryItemValue(QStringLiteral("idop"));
    QVERIFY(!idop.isEmpty());
    QUrl target = url;
    target.setQuery(QString());
    QNetworkRequest form(target);
    form.setSslConfiguration(tls);
    form.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("idop"), idop);
    fields.addQueryItem(QStringLiteral("action"), action);
    QNetworkReply* sent = browser.post(form, fields.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy sentDone(sent, &QNetworkReply::finished);
    QVERIFY(sentDone.wait(NetworkTimeoutMs));
    QCOMPARE(sent->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    sent->deleteLater();
}
