#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

namespace citoyens::server {

struct HttpRequestHead;

// Thrown by code that must write while RequestContext::mayWrite is false.
struct MovesToWorker
{
};

// What a handler needs of a request: a value, made on the event loop from what the
// connection received, owned by the worker that handles it (nothing in it points back to
// the connection, which may be gone by the time the handler runs).
struct RequestContext
{
    QString method; // "GET", "POST", ...
    QString path; // decoded path, no query
    QString pathId; // the {id} of a route with a path parameter, empty otherwise
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress remoteAddress; // the client: the peer, or X-Real-IP when the peer is a trusted proxy
    QString requestId;
    QString language = QStringLiteral("fr"); // "fr" or "en", from Accept-Language
    QElapsedTimer timer;

    int route = -1; // ApiRouter's index of the matched route, -1 before routing
    // False while the request is handled on an I/O thread (ApiRouter::Work::Inline): what
    // would write throws MovesToWorker instead, and the router hands the request to a worker.
    bool mayWrite = true;

    // False when the target is not a valid origin-form URL.
    static bool fromHead(const HttpRequestHead& head, const QHostAddress& peer, bool trustedPeer, RequestContext* out);
    // For an answer of the transport when no head could be read.
    static RequestContext forTransport(const QHostAddress& peer);

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // The client as the limits count it: an IPv4 address, or an IPv6 address's /64, which one
    // subscriber owns whole (HttpServer::addressKey): sign-in and mail throttles key on this.
    QString clientKey() const;
    // The token of "Authorization: Bearer <token>", empty when absent or malformed.
    QByteArray bearerToken() const;
    // Path for logs: percent-encoded, bounded, never the query (it could carry secrets).
    QString loggablePath() const;
};

} // namespace citoyens::server
