#include "RequestContext.h"

#include "HttpRequestHead.h"
#include "HttpServer.h"

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

bool RequestContext::fromHead(const HttpRequestHead& head, const QHostAddress& peer, bool trustedPeer,
                              RequestContext* out)
{
    RequestContext ctx;
    ctx.timer.start();
    ctx.method = QString::fromLatin1(head.method);
    const QUrl url = QUrl::fromEncoded(head.target, QUrl::StrictMode);
    if (!url.isValid() || !url.isRelative() || !url.host().isEmpty())
        return false;
    ctx.path = url.path(QUrl::FullyDecoded);
    if (!ctx.path.startsWith(QLatin1Char('/')))
        return false;
    ctx.query = QUrlQuery(url);
    ctx.headers.reserve(head.headers.size());
    for (const auto& [name, value] : head.headers)
        ctx.headers.insert(name, value);
    ctx.remoteAddress = peer;
    if (trustedPeer) {
        // Behind our own reverse proxy the client is the address it saw (docs/deploy).
        const QHostAddress real(QString::fromLatin1(ctx.header("x-real-ip")));
        if (!real.isNull())
            ctx.remoteAddress = real;
    }
    ctx.requestId = sanitizedRequestId(ctx.header("x-request-id"));
    ctx.language = languageFrom(ctx.header("accept-language"));
    *out = std::move(ctx);
    return true;
}

RequestContext RequestContext::forTransport(const QHostAddress& peer)
{
    RequestContext ctx;
    ctx.timer.start();
    ctx.method = QStringLiteral("-");
    ctx.path = QStringLiteral("-");
    ctx.remoteAddress = peer;
    ctx.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return ctx;
}

QString RequestContext::clientKey() const
{
    return HttpServer::addressKey(remoteAddress).toString();
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
