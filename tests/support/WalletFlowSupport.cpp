#include "WalletFlowSupport.h"

#include "ServicesTestSupport.h"
#include "TestHttp.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

using namespace servicesflow;

QString WalletFlowSupport::askOverHttp(const QString& serviceId)
{
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    QFile pdf(m_pdf), png(m_png);
    if (!pdf.open(QIODevice::ReadOnly) || !png.open(QIODevice::ReadOnly))
        return {};
    const TestReply proof = support::upload(marie, support::ProofOfAddress, pdf.readAll(), "application/pdf",
                                            QStringLiteral("domicile.pdf"));
    const TestReply income
        = support::upload(marie, support::IncomeStatement, png.readAll(), "image/png", QStringLiteral("avis.png"));
    if (proof.status != 201 || income.status != 201)
        return {};
    const TestReply request
        = marie.post(QStringLiteral("/me/subscriptions"),
                     support::subscriptionBody(serviceId, support::idOf(proof), support::idOf(income), 4500, 2));
    return request.status == 201 ? support::idOf(request) : QString();
}

QString WalletFlowSupport::approvedChildOfMarie(const QString& birthDate)
{
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    QImage photo(350, 450, QImage::Format_RGB32);
    photo.fill(QColor(200, 170, 140));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    if (!buffer.open(QIODevice::WriteOnly) || !photo.save(&buffer, "JPEG"))
        return {};
    return support::approvedChild(marie, agent,
                                  { { QStringLiteral("lastName"), QStringLiteral("Dupont") },
                                    { QStringLiteral("firstName"), QStringLiteral("Léa") },
                                    { QStringLiteral("birthDate"), birthDate },
                                    { QStringLiteral("relation"), QStringLiteral("Enfant") } },
                                  jpeg, "image/jpeg");
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
    cas += m_providerTrust;
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
