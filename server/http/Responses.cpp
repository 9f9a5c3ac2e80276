#include "Responses.h"

#include "RequestContext.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace citoyens::server::Responses {

QHttpServerResponse json(const QJsonObject& object, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(object).toJson(QJsonDocument::Compact),
                               static_cast<QHttpServerResponse::StatusCode>(status));
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

QByteArray etagFor(const QJsonObject& object)
{
    const QByteArray digest
        = QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return '"' + digest.toHex().left(32) + '"';
}

bool etagMatches(const QByteArray& header, const QByteArray& etag)
{
    for (const QByteArray& candidate : header.split(',')) {
        const QByteArray c = candidate.trimmed();
        if (c == "*" || c == etag || c == "W/" + etag)
            return true;
    }
    return false;
}

QHttpServerResponse cachedJson(const RequestContext& ctx, const QJsonObject& object)
{
    const QByteArray etag = etagFor(object);
    const QByteArray ifNoneMatch = ctx.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
        QHttpServerResponse notModified(QHttpServerResponse::StatusCode::NotModified);
        notModified.setHeader(QByteArrayLiteral("ETag"), etag);
        return notModified;
    }
    QHttpServerResponse response = json(object);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    return response;
}

} // namespace citoyens::server::Responses
