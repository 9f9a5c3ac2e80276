#include "ApiClient.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QUuid>

Q_LOGGING_CATEGORY(lcApi, "citoyens.api")

namespace citoyens {

namespace {
constexpr int MaxRedirects = 3;
}

ApiClient::ApiClient(ApiClientConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    // The system CAs stay; the configured ones (an on-premise or test CA) are added to them.
    if (!m_config.caCertificates.isEmpty())
        m_ssl.addCaCertificates(m_config.caCertificates);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_nam->setTransferTimeout(m_config.transferTimeoutMs);
    // Cookies play no part in this API; a jar would only keep state we did not ask for.
    m_nam->setCookieJar(nullptr);
}

ApiClient::~ApiClient() = default;

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("Citoyens/") + QByteArrayLiteral(CITOYENS_VERSION) + " ("
        + QSysInfo::prettyProductName().toUtf8() + ")";
}

QNetworkRequest ApiClient::createRequest(const QString& path, const Headers& headers) const
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1String(ApiPrefix) + path.section(QLatin1Char('?'), 0, 0));
    if (path.contains(QLatin1Char('?')))
        url.setQuery(path.section(QLatin1Char('?'), 1), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("Accept-Language", m_config.language.toLatin1());
    request.setRawHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

ApiCall* ApiClient::track(ApiCall* call)
{
    if (call->isAuthenticated()) {
        connect(call, &ApiCall::finished, this, [this, call] {
            if (call->status() == 401)
                Q_EMIT authenticationLost(call->error());
        });
    }
    return call;
}

ApiCall* ApiClient::get(const QString& path, const Headers& headers)
{
    const QNetworkRequest request = createRequest(path, headers);
    const bool authenticated = request.hasRawHeader("Authorization");
    return track(new ApiCall(m_nam->get(request), authenticated, this));
}

ApiCall* ApiClient::post(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

ApiCall* ApiClient::patch(const QString& path, const QJsonObject& body, const Headers& headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

ApiCall* ApiClient::del(const QString& path, const Headers& headers)
{
    const QNetworkRequest request = createRequest(path, headers);
    const bool authenticated = request.hasRawHeader("Authorization");
    return track(new ApiCall(m_nam->deleteResource(request), authenticated, this));
}

ApiCall* ApiClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                         const QByteArray& contentType, const Headers& headers)
{
    QNetworkRequest request = createRequest(path, headers);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    const bool authenticated = request.hasRawHeader("Authorization");
    QNetworkReply* reply = nullptr;
    if (verb == "POST")
        reply = m_nam->post(request, body);
    else if (verb == "PUT")
        reply = m_nam->put(request, body);
    else
        reply = m_nam->sendCustomRequest(request, verb, body);
    return track(new ApiCall(reply, authenticated, this));
}

ApiCall* ApiClient::send(const QByteArray& verb, const QString& path, QIODevice* body, const QByteArray& contentType,
                         const Headers& headers)
{
    QNetworkRequest request = createRequest(path, headers);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!body->isSequential())
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    const bool authenticated = request.hasRawHeader("Authorization");
    QNetworkReply* reply = nullptr;
    if (verb == "POST")
        reply = m_nam->post(request, body);
    else if (verb == "PUT")
        reply = m_nam->put(request, body);
    else
        reply = m_nam->sendCustomRequest(request, verb, body);
    auto* call = new ApiCall(reply, authenticated, this);
    // The device must outlive the transfer: the call (and so the reply) dies first.
    body->setParent(call);
    return track(call);
}

} // namespace citoyens
