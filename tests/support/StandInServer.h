#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QSslServer;
class QSslSocket;
class QTemporaryDir;

// One request a stand-in received.
struct StandInRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// What the stand-in answers.
struct StandInResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // answer after this long (a slow or silent service: past the caller's timeout)
    bool hangUp = false; // close the connection without answering

    static StandInResponse of(int status, QByteArray contentType = {}, QByteArray body = {})
    {
        StandInResponse r;
        r.status = status;
        r.contentType = std::move(contentType);
        r.body = std::move(body);
        return r;
    }
};

// An HTTPS server in the test's own process, standing in for an external service the real
// citoyens-server calls (PayFiP, API Particulier): it listens on 127.0.0.1 on a free port with
// a certificate issued by its own throw-away authority (caFile(), which the server under test
// must be told to trust, e.g. --payfip-ca-file), reads each request (HTTP/1.1, a
// Content-Length body of at most 1 MiB) and answers what the test's handler returns, then
// closes the connection. The handler runs on the thread that made the stand-in (the test's):
// the test must run its event loop (QTRY_*, a TestHttp call) while the server calls it.
class StandInServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<StandInResponse(const StandInRequest&)>;

    explicit StandInServer(QObject* parent = nullptr);
    ~StandInServer() override;

    bool start(Handler handler);
    QUrl url() const; // https://127.0.0.1:PORT
    QString caFile() const;
    QList<StandInRequest> requests() const { return m_requests; }
    QString errorString() const { return m_error; }

signals:
    void requestReceived(const StandInRequest& request);

private:
    void accept();
    void readFrom(QSslSocket* socket);
    void answer(QSslSocket* socket, const StandInRequest& request);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSslServer* m_server = nullptr;
    Handler m_handler;
    QList<StandInRequest> m_requests;
    QString m_error;
};
