#include "JsonBody.h"

#include "Problem.h"
#include "RequestContext.h"
#include "models/ProblemCodes.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace citoyens::server {

namespace {

bool isJsonContentType(const QByteArray& contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed().toLower();
        if (param.startsWith("charset=") && param != "charset=utf-8" && param != "charset=\"utf-8\"")
            return false;
    }
    return true;
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

} // namespace

void JsonBody::checkSize(const RequestContext& ctx, qsizetype limit)
{
    const QByteArray declared = ctx.header("content-length");
    bool ok = true;
    const qlonglong declaredSize = declared.isEmpty() ? 0 : declared.trimmed().toLongLong(&ok);
    if (!ok || declaredSize > limit || ctx.body.size() > limit)
        throw Problem(413, ProblemCode::PayloadTooLarge);
}

QJsonObject JsonBody::object(const RequestContext& ctx)
{
    checkSize(ctx);
    if (!isJsonContentType(ctx.header("content-type")))
        throw Problem(415, ProblemCode::UnsupportedMediaType);
    if (ctx.body.trimmed().isEmpty() || !isValidUtf8(ctx.body))
        throw Problem(400, ProblemCode::InvalidJson);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Problem(400, ProblemCode::InvalidJson);
    return doc.object();
}

} // namespace citoyens::server
