#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkReply;
class TestServer;

// An answer of the server, read whole.
struct TestReply
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when the exchange itself worked (whatever the status)

    QByteArray header(const QByteArray& name) const; // case-insensitive
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The "code" of a problem+json answer.
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
};

// A tiny synchronous-looking HTTPS client for tests: one QNetworkAccessManager that trusts
// the test CA (and nothing is ignored), each call waits for the answer with
// QSignalSpy::wait. Paths are relative to /api/v1 ("/auth/login").
class TestHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit TestHttp(const TestServer& server);
    TestHttp(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates);

    void setBearer(const QByteArray& accessToken) { m_bearer = accessToken; }
    void clearBearer() { m_bearer.clear(); }
    const QByteArray& bearer() const { return m_bearer; }

    TestReply get(const QString& path, const Headers& headers = {});
    TestReply post(const QString& path, const QJsonObject& body, const Headers& headers = {});
    TestReply patch(const QString& path, const QJsonObject& body, const Headers& headers = {});
    // Anything else: any verb, raw body bytes, any (or no) Content-Type.
    TestReply send(const QByteArray& verb, const QString& path, const QByteArray& body,
                   const QByteArray& contentType = "application/json", const Headers& headers = {});

    // Sends without waiting: the reply (owned by this client's manager) and read() once finished.
    // ParallelRequests sends its calls this way, each on a client of its own.
    QNetworkReply* start(const QByteArray& verb, const QString& path, const QByteArray& body,
                         const QByteArray& contentType = "application/json", const Headers& headers = {});
    // The answer of a finished reply (a reply not finished reads as "no answer"), which it deletes later.
    static TestReply read(QNetworkReply* reply);

    static constexpr int TimeoutMs = 20000;

private:
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    QByteArray m_bearer;
    QNetworkAccessManager m_nam;
};
