#include "ApiCall.h"

#include "ApiClient.h"

#include <QJsonParseError>
#include <QNetworkReply>

namespace citoyens {

namespace {

bool isProblemJson(const QNetworkReply* reply)
{
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return type.startsWith("application/problem+json") || type.startsWith("application/json");
}

// Downloads (photos, documents): their bytes are the answer, not JSON.
bool isBinary(const QNetworkReply* reply)
{
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return type.startsWith("image/") || type.startsWith("application/pdf")
        || type.startsWith("application/octet-stream");
}

QByteArray verb(const QNetworkReply* reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

ApiCall::ApiCall(QNetworkReply* reply, bool authenticated, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_authenticated(authenticated)
    , m_requestId(reply->request().rawHeader("X-Request-Id"))
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiCall::onSslErrors);
    connect(reply, &QNetworkReply::uploadProgress, this, &ApiCall::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiCall::downloadProgress);
}

ApiCall::~ApiCall() = default;

void ApiCall::abort()
{
    if (m_finished || !m_reply)
        return;
    m_aborted = true;
    m_reply->abort();
}

void ApiCall::onSslErrors(const QList<QSslError>& errors)
{
    // Deliberately never ignoreSslErrors(): the handshake fails and finished() reports Kind::Tls.
    m_sslErrors += errors;
    for (const QSslError& e : errors)
        qCWarning(lcApi) << "TLS error" << e.errorString() << "for" << m_reply->url().host();
}

void ApiCall::onFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    QNetworkReply* reply = m_reply;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_etag = reply->rawHeader("ETag");
    const QNetworkReply::NetworkError netError = reply->error();

    if (m_aborted) {
        m_error = ApiError::cancelled();
    } else if (!m_sslErrors.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        m_error = ApiError::tls(m_sslErrors);
    } else if (netError == QNetworkReply::OperationCanceledError) {
        // Not aborted by us: the transfer timeout fired.
        m_error = ApiError::timeout();
    } else if (m_status == 0) {
        m_error = ApiError::network(netError, reply->errorString());
    } else {
        m_body = reply->readAll();
        const bool binary = isBinary(reply);
        if (!m_body.isEmpty() && !binary) {
            QJsonParseError parseError;
            m_document = QJsonDocument::fromJson(m_body, &parseError);
            if (m_document.isObject())
                m_json = m_document.object();
        }
        const int retryAfter = ApiError::parseRetryAfter(reply->rawHeader("Retry-After"));
        if (m_status >= 400) {
            if (m_document.isObject() && isProblemJson(reply) && m_json.contains(QStringLiteral("code")))
                m_error = ApiError::fromProblem(m_status, m_json, retryAfter);
            else
                m_error = ApiError::fromHttpStatus(m_status, retryAfter);
        } else if (m_status >= 300 && m_status != 304) {
            m_error = ApiError::network(QNetworkReply::InsecureRedirectError);
        } else if (!m_body.isEmpty() && !binary && m_document.isNull()) {
            m_error = ApiError::parse();
        }
    }
    if (m_error.isError()) {
        qCInfo(lcApi).noquote().nospace() << verb(reply) << " " << reply->url().path() << " -> " << m_status << " "
                                          << m_error.code << " (request " << m_requestId << ")";
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace citoyens
