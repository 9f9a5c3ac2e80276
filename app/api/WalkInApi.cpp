#include "WalkInApi.h"

#include "ApiClient.h"

#include <QUrl>

namespace citoyens {

namespace {

QString citizenPath(const QString& id)
{
    return QStringLiteral("/agent/citizens/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

WalkInApi::WalkInApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall* WalkInApi::search(const QString& query)
{
    return m_client->get(QStringLiteral("/agent/citizens?q=") + QString::fromLatin1(QUrl::toPercentEncoding(query)));
}

ApiCall* WalkInApi::record(const QString& id)
{
    return m_client->get(citizenPath(id));
}

ApiCall* WalkInApi::create(const QJsonObject& citizen, const QByteArray& idempotencyKey)
{
    return m_client->post(QStringLiteral("/agent/citizens"), citizen,
                          { { QByteArrayLiteral("Idempotency-Key"), idempotencyKey } });
}

ApiCall* WalkInApi::requestAssist(const QString& id)
{
    return m_client->post(citizenPath(id) + QStringLiteral("/assist"));
}

ApiCall* WalkInApi::confirmAssist(const QString& id, const QString& code)
{
    QJsonObject body;
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    return m_client->post(citizenPath(id) + QStringLiteral("/assist/confirm"), body);
}

ApiCall* WalkInApi::settings()
{
    return m_client->get(QStringLiteral("/agent/settings"));
}

} // namespace citoyens
