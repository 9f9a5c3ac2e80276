#pragma once

#include "ApiCall.h"
#include "ApiClientConfig.h"
#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <utility>

class QIODevice;
class QNetworkAccessManager;
class QNetworkRequest;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace citoyens {

// Owns the one QNetworkAccessManager of the client. Every request is built in
// createRequest(): base URL + /api/v1, Authorization, User-Agent, X-Request-Id,
// Accept-Language, transfer timeout, redirect policy and TLS configuration.
// Certificate errors are never ignored: the call fails with ApiError::Kind::Tls.
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static constexpr const char* ApiPrefix = "/api/v1";

    explicit ApiClient(ApiClientConfig config, QObject* parent = nullptr);
    ~ApiClient() override;

    const ApiClientConfig& config() const { return m_config; }
    QUrl baseUrl() const { return m_config.baseUrl; }
    void setLanguage(const QString& language) { m_config.language = language; }

    // The bearer token added to every request while set; empty clears it.
    void setAccessToken(const QByteArray& token) { m_accessToken = token; }
    void clearAccessToken() { m_accessToken.clear(); }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    // `path` is relative to /api/v1, e.g. "/auth/login" or "/me".
    ApiCall* get(const QString& path, const Headers& headers = {});
    ApiCall* post(const QString& path, const QJsonObject& body = {}, const Headers& headers = {});
    ApiCall* patch(const QString& path, const QJsonObject& body, const Headers& headers = {});
    ApiCall* del(const QString& path, const Headers& headers = {});
    // Raw body (uploads).
    ApiCall* send(const QByteArray& verb, const QString& path, const QByteArray& body, const QByteArray& contentType,
                  const Headers& headers = {});
    // Streamed body (an open QFile): read by QNetworkAccessManager as it sends, never up
    // front. The call takes ownership of `body`. Content-Length is the device's size().
    ApiCall* send(const QByteArray& verb, const QString& path, QIODevice* body, const QByteArray& contentType,
                  const Headers& headers = {});

    // "Citoyens/<version> (<os>)"
    static QByteArray userAgent();

Q_SIGNALS:
    // An authenticated call was answered 401: the session is gone on the server.
    void authenticationLost(const citoyens::ApiError& error);

private:
    QNetworkRequest createRequest(const QString& path, const Headers& headers) const;
    ApiCall* track(ApiCall* call);

    ApiClientConfig m_config;
    QNetworkAccessManager* m_nam = nullptr;
    QSslConfiguration m_ssl;
    QByteArray m_accessToken;
};

} // namespace citoyens
