#include "RequestContext.h"

#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QUuid>

namespace citoyens::server {

namespace {

QString sanitizedRequestId(const QByteArray& value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString id = QString::fromLatin1(value);
    if (re.match(id).hasMatch())
        return id;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString languageFrom(const QByteArray& acceptLanguage)
{
    // The first language we have wins; French is the default.
    for (const QByteArray& part : acceptLanguage.split(',')) {
        const QByteArray tag = part.split(';').first().trimmed().toLower();
        if (tag.startsWith("fr"))
            return QStringLiteral("fr");
        if (tag.startsWith("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("fr");
}

} // namespace

QString RequestContext::methodName(int method)
{
    using M = QHttpServerRequest::Method;
    switch (static_cast<M>(method)) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Post:
        return QStringLiteral("POST");
    case M::Head:
        return QStringLiteral("HEAD");
    case M::Options:
        return QStringLiteral("OPTIONS");
    case M::Patch:
        return QStringLiteral("PATCH");
    case M::Connect:
        return QStringLiteral("CONNECT");
    case M::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

RequestContext RequestContext::fromRequest(const QHttpServerRequest& request)
{
    RequestContext ctx;
    ctx.timer.start();
    ctx.method = methodName(int(request.method()));
    ctx.path = request.url().path();
    ctx.query = request.query();
    for (const auto& header : request.headers())
        ctx.headers.insert(header.first.toLower(), header.second);
    ctx.body = request.body();
    ctx.remoteAddress = request.remoteAddress();
    ctx.requestId = sanitizedRequestId(ctx.header("x-request-id"));
    ctx.language = languageFrom(ctx.header("accept-language"));
    return ctx;
}

QByteArray RequestContext::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() < 8 || qstrnicmp(value.constData(), "Bearer ", 7) != 0)
        return {};
    const QByteArray token = value.mid(7).trimmed();
    // Our tokens are base64url; anything else cannot be one of them.
    for (char c : token) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return {};
    }
    return token.size() <= 256 ? token : QByteArray();
}

QString RequestContext::loggablePath() const
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    if (encoded.size() > 200)
        encoded = encoded.left(200) + QStringLiteral("...");
    return encoded;
}

} // namespace citoyens::server
