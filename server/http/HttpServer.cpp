#include "HttpServer.h"

#include "HttpConnection.h"
#include "Logging.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QThread>

namespace citoyens::server {

// One I/O thread and the object that lives in it: the parent of its connections and the
// receiver of everything posted to them.
struct HttpServer::Loop
{
    QThread thread;
    QObject* context = nullptr;
};

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
    const int count = m_limits.ioThreads > 0 ? m_limits.ioThreads : std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < count; ++i) {
        auto loop = std::make_unique<Loop>();
        loop->thread.setObjectName(QStringLiteral("http-io-%1").arg(i));
        loop->context = new QObject;
        loop->context->moveToThread(&loop->thread);
        loop->thread.start();
        m_loops.push_back(std::move(loop));
    }
}

HttpServer::~HttpServer()
{
    stop();
    for (const auto& loop : m_loops) {
        loop->thread.quit();
        loop->thread.wait();
        // Its thread has finished: nothing runs there any more, and what was still posted to
        // it goes with it.
        delete loop->context;
    }
}

void HttpServer::stop()
{
    close();
    for (const auto& loop : m_loops) {
        if (!loop->thread.isRunning())
            continue;
        QMetaObject::invokeMethod(
            loop->context,
            [context = loop->context]() {
                const QList<HttpConnection*> connections
                    = context->findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
                for (HttpConnection* c : connections)
                    delete c;
            },
            Qt::BlockingQueuedConnection);
    }
}

int HttpServer::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

void HttpServer::incomingConnection(qintptr handle)
{
    QObject* context = m_loops[m_nextLoop++ % m_loops.size()]->context;
    QMetaObject::invokeMethod(
        context, [this, handle, context]() { adopt(handle, context); }, Qt::QueuedConnection);
}

void HttpServer::adopt(qintptr handle, QObject* loop)
{
    QTcpSocket* socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const bool trusted = m_trustedProxies.contains(peer);
    {
        QMutexLocker lock(&m_mutex);
        const bool overTotal = m_connections >= m_limits.maxConnections;
        const bool overAddress = !trusted && m_limits.maxConnectionsPerAddress > 0
            && m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress;
        if (overTotal || overAddress) {
            // Refused before any TLS work. Logged once per burst, not once per connection.
            if (m_refusedSinceLog++ % 100 == 0) {
                qCWarning(lcHttp).noquote()
                    << "refusing connections:"
                    << (overTotal ? QStringLiteral("server full") : QStringLiteral("too many from"))
                    << (overTotal ? QString() : peer.toString());
            }
            lock.unlock();
            socket->abort();
            delete socket;
            return;
        }
        ++m_connections;
        if (!trusted)
            ++m_perAddress[peer];
    }
    auto* connection = new HttpConnection(socket, *this, loop, peer, trusted);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->setSslConfiguration(*m_tls);
        connection->startTls();
    } else {
        connection->start();
    }
}

void HttpServer::connectionClosed(const QHostAddress& peer, bool trusted)
{
    QMutexLocker lock(&m_mutex);
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
    QMutexLocker lock(&m_mutex);
    if (m_bodyBytes + bytes > m_limits.bodyBudgetBytes)
        return false;
    m_bodyBytes += bytes;
    return true;
}

void HttpServer::releaseBody(qint64 bytes)
{
    if (bytes <= m_limits.smallBodyBytes)
        return;
    QMutexLocker lock(&m_mutex);
    m_bodyBytes -= bytes;
}

QByteArray HttpServer::httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    }
    return cached;
}

} // namespace citoyens::server
