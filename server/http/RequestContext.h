#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace citoyens::server {

// What a handler needs of a request, copied out of QHttpServerRequest (which cannot be
// copied) on the event loop so that the handler can run on a worker thread.
struct RequestContext
{
    QString method; // "GET", "POST", ...
    QString path; // decoded path, no query
    QString pathId; // the {id} of a route with a path parameter, empty otherwise
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress remoteAddress;
    QString requestId;
    QString language = QStringLiteral("fr"); // "fr" or "en", from Accept-Language
    QElapsedTimer timer;

    static RequestContext fromRequest(const QHttpServerRequest& request);
    static QString methodName(int method);

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // The token of "Authorization: Bearer <token>", empty when absent or malformed.
    QByteArray bearerToken() const;
    // Path for logs: percent-encoded, bounded, never the query (it could carry secrets).
    QString loggablePath() const;
};

} // namespace citoyens::server
