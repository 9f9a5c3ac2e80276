#include "RouteSupport.h"

#include "ServiceDeps.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "models/Account.h"
#include "models/DocumentRules.h"
#include "models/ProblemCodes.h"

#include <QUrl>

namespace citoyens::server::RouteSupport {

void throwIfInvalid(const FieldErrors& errors)
{
    if (!errors.isEmpty())
        throw Problem(422, ProblemCode::ValidationFailed, errors);
}

QString checkUpload(const RequestContext& ctx, qint64 maxBytes, const QStringList& accepted)
{
    const QByteArray declared = ctx.header("content-length").trimmed();
    if (declared.isEmpty())
        throw Problem(400, ProblemCode::LengthRequired);
    bool ok = false;
    const qint64 size = declared.toLongLong(&ok);
    if (!ok || size < 0)
        throw Problem(400, ProblemCode::LengthRequired);
    if (size > maxBytes || ctx.body.size() > maxBytes)
        throw Problem(413, ProblemCode::PayloadTooLarge);
    if (ctx.body.isEmpty())
        throw Problem(422, ProblemCode::EmptyFile);
    const QString mime = DocumentRules::sniff(ctx.body.left(16));
    if (mime.isEmpty() || !accepted.contains(mime))
        throw Problem(415, ProblemCode::UnsupportedMediaType);
    return mime;
}

HttpResponse fileResponse(const QByteArray& bytes, const QString& contentType, const QString& filename)
{
    HttpResponse response(contentType.toLatin1(), bytes);
    const QString safe = DocumentRules::safeFilename(filename);
    QString ascii;
    for (QChar c : safe)
        ascii.append(c.unicode() < 0x80 ? c : QLatin1Char('_'));
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       "attachment; filename=\"" + ascii.toLatin1() + "\"; filename*=UTF-8''"
                           + QUrl::toPercentEncoding(safe));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace citoyens::server::RouteSupport
