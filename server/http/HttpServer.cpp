#include "HttpServer.h"

#include "HttpConnection.h"
#include "Logging.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>

namespace citoyens::server {

HttpServer::HttpServer(HttpRequestHandler& handler, const HttpLimits& limits, std::optional<QSslConfiguration> tls,
                       QList<QHostAddress> trustedProxies, QObject* parent)
    : QTcpServer(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_tls(std::move(tls))
    , m_trustedProxies(std::move(trustedProxies))
{
    // Connections arrive in bursts (a proxy's pool, a class of pupils' parents at 20:00):
    // the kernel queues this many before it drops SYNs and clients wait seconds to retry.
    setListenBacklogSize(511);
}

HttpServer::~HttpServer()
{
    close();
    // The connections are children: they go now, before the members they report to.
    const QList<HttpConnection*> connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    for (HttpConnection* c : connections)
        delete c;
}

void HttpServer::incomingConnection(qintptr handle)
{
    QTcpSocket* socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const bool trusted = m_trustedProxies.contains(peer);
    const bool overTotal = m_connections >= m_limits.maxConnections;
    const bool overAddress = !trusted && m_limits.maxConnectionsPerAddress > 0
        && m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress;
    if (overTotal || overAddress) {
        // Refused before any TLS work. Logged once per burst, not once per connection.
        if (m_refusedSinceLog++ % 100 == 0) {
            qCWarning(lcHttp).noquote() << "refusing connections:"
                                        << (overTotal ? QStringLiteral("server full") : QStringLiteral("too many from"))
                                        << (overTotal ? QString() : peer.toString());
        }
        socket->abort();
        delete socket;
        return;
    }
    ++m_connections;
    if (!trusted)
        ++m_perAddress[peer];
    auto* connection = new HttpConnection(socket, *this, peer, trusted);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->setSslConfiguration(*m_tls);
        connection->startTls();
    } else {
        connection->start();
    }
}

void HttpServer::connectionClosed(const QHostAddress& peer, bool trusted)
{
    --m_connections;
    if (!trusted) {
        auto it = m_perAddress.find(peer);
        if (it != m_perAddress.end() && --it.value() <= 0)
            m_perAddress.erase(it);
    }
}

bool HttpServer::reserveBody(qint64 bytes)
{
    if (bytes <= m_limits.smallBodyBytes)
        return true;
    if (m_bodyBytes + bytes > m_limits.bodyBudgetBytes)
        return false;
    m_bodyBytes += bytes;
    return true;
}

void HttpServer::releaseBody(qint64 bytes)
{
    if (bytes > m_limits.smallBodyBytes)
        m_bodyBytes -= bytes;
}

QByteArray HttpServer::httpDate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    }
    return m_date;
}

} // namespace citoyens::server
