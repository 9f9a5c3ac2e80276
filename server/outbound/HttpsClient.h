#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace citoyens::server {

// Blocking HTTPS calls to the services the server depends on (PayFiP, API Particulier), made
// with libcurl from the worker thread that needs the answer. The peer is always verified: by
// the system's trust store, or by `caFile` alone when one is given (a test stand-in's own
// authority); nothing relaxes it. Every call is bounded in time and in the size of the
// answer. Nothing here logs: what a call carries (a token, a payer's e-mail) is the caller's
// to keep out of logs.
class HttpsClient
{
public:
    struct Options
    {
        QString caFile; // empty: the system's trust store
        int connectTimeoutMs = 5'000;
        int totalTimeoutMs = 15'000;
        qsizetype maxAnswerBytes = 1 << 20;
    };

    struct Answer
    {
        // 0 when no HTTP answer came (then `transportError` says why: DNS, refused, TLS,
        // timeout, too large).
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QString transportError;
        bool timedOut = false;

        bool reached() const { return status != 0; }
    };

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpsClient(Options options);

    Answer get(const QUrl& url, const Headers& headers = {}) const;
    Answer post(const QUrl& url, const QByteArray& body, const Headers& headers = {}) const;

private:
    Answer perform(const QUrl& url, const QByteArray* body, const Headers& headers) const;

    Options m_options;
};

} // namespace citoyens::server
