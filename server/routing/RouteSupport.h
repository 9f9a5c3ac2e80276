#pragma once

#include "auth/AuthGuard.h"
#include "models/FieldError.h"

#include "http/HttpResponse.h"
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace citoyens::server {

struct RequestContext;
struct ServiceDeps;

// What the services routes have in common.
namespace RouteSupport {

// 422 validation_failed naming every field, when there is any.
void throwIfInvalid(const FieldErrors& errors);
// A raw file body: Content-Length required (400 length_required), at most `maxBytes` (413),
// not empty (422 empty_file), a type recognised by its first bytes and among `accepted`
// (415). Returns the MIME type sniffed.
QString checkUpload(const RequestContext& ctx, qint64 maxBytes, const QStringList& accepted);
// The bytes of a stored file, as an attachment that browsers will not sniff.
HttpResponse fileResponse(const QByteArray& bytes, const QString& contentType, const QString& filename);

qint64 nowMs();
QDateTime instant(qint64 ms);

} // namespace RouteSupport

} // namespace citoyens::server
