#include "TestHttp.h"

#include "TestServer.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray TestReply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TestHttp::TestHttp(const TestServer& server)
    : TestHttp(server.baseUrl(), server.caCertificates())
{ }

TestHttp::TestHttp(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates)
    : m_baseUrl(baseUrl)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.addCaCertificates(caCertificates);
}

TestReply TestHttp::get(const QString& path, const Headers& headers)
{
    return send("GET", path, {}, {}, headers);
}

TestReply TestHttp::post(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

TestReply TestHttp::patch(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

TestReply TestHttp::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                         const QByteArray& contentType, const Headers& headers)
{
    QNetworkReply* reply = start(verb, path, body, contentType, headers);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(TimeoutMs)) {
        reply->abort();
        TestReply out = read(reply);
        out.networkError = QStringLiteral("no answer within %1 ms").arg(TimeoutMs);
        return out;
    }
    return read(reply);
}

QNetworkReply* TestHttp::start(const QByteArray& verb, const QString& path, const QByteArray& body,
                               const QByteArray& contentType, const Headers& headers)
{
    QUrl url = m_baseUrl;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/api/v1") + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(TimeoutMs);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    return body.isEmpty() && verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body);
}

TestReply TestHttp::read(QNetworkReply* reply)
{
    TestReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (out.status == 0)
        out.networkError = reply->isFinished() ? reply->errorString() : QStringLiteral("no answer");
    reply->deleteLater();
    return out;
}
