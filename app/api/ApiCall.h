#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkReply;

namespace citoyens {

// One request in flight. Emits finished() exactly once, then deletes itself (deleteLater):
// read error(), status(), json(), etag() from a slot connected to finished().
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    // Takes ownership of the reply. `authenticated`: the request carried a bearer token.
    ApiCall(QNetworkReply* reply, bool authenticated, QObject* parent = nullptr);
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int status() const { return m_status; } // HTTP status, 0 when none arrived
    // The body as a JSON object (empty for 204/304 or a non-object body).
    QJsonObject json() const { return m_json; }
    QJsonDocument document() const { return m_document; }
    QByteArray body() const { return m_body; }
    QByteArray etag() const { return m_etag; }
    QByteArray requestId() const { return m_requestId; }
    bool isAuthenticated() const { return m_authenticated; }

    // Stops the call; finished() follows with Kind::Cancelled.
    void abort();

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

private:
    void onFinished();
    void onSslErrors(const QList<QSslError>& errors);

    QPointer<QNetworkReply> m_reply;
    bool m_authenticated = false;
    bool m_finished = false;
    bool m_aborted = false;
    QList<QSslError> m_sslErrors;
    ApiError m_error;
    int m_status = 0;
    QByteArray m_body;
    QJsonDocument m_document;
    QJsonObject m_json;
    QByteArray m_etag;
    QByteArray m_requestId;
};

} // namespace citoyens
