#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

namespace citoyens::server::Responses {

// A JSON object answer (application/json; charset=utf-8).
QHttpServerResponse json(const QJsonObject& object, int status = 200);
// 204 No Content.
QHttpServerResponse noContent();
// A strong ETag for a JSON representation: "\"<16 hex>\"".
QByteArray etagFor(const QJsonObject& object);

} // namespace citoyens::server::Responses
