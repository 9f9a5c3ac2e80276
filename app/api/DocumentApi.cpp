#include "DocumentApi.h"

#include "ApiClient.h"

#include <QUrl>

namespace citoyens {

namespace {

QString uploadPath(const QString& kind, const QString& filename)
{
    // Every byte outside the unreserved set percent-encoded: a name with "&", "+" or accents
    // arrives as typed.
    return QStringLiteral("/me/documents?kind=%1&filename=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(kind)),
             QString::fromLatin1(QUrl::toPercentEncoding(filename)));
}

} // namespace

DocumentApi::DocumentApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* DocumentApi::upload(QIODevice* body, const QString& kind, const QString& filename,
                             const QByteArray& contentType)
{
    return m_client->send("POST", uploadPath(kind, filename), body, contentType);
}

ApiCall* DocumentApi::upload(const QByteArray& bytes, const QString& kind, const QString& filename,
                             const QByteArray& contentType)
{
    return m_client->send("POST", uploadPath(kind, filename), bytes, contentType);
}

ApiCall* DocumentApi::download(const QString& documentId)
{
    return m_client->get(QStringLiteral("/me/documents/") + QString::fromLatin1(QUrl::toPercentEncoding(documentId)));
}

} // namespace citoyens
