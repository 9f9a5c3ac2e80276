#include "Responses.h"

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

} // namespace citoyens::server::Responses
