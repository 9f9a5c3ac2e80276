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

bool HttpServer::giveUpUnderPressure(Slot& slot)
{
    QMutexLocker lock(&m_mutex);
    if (qint64(m_connections) * 100 < qint64(m_limits.maxConnections) * m_limits.pressurePercent)
        return false;
    releaseLocked(slot);
    return true;
}

QHostAddress HttpServer::addressKey(const QHostAddress& address)
{
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(ipv4);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    // One subscriber, one machine in a data centre gets a whole /64 (RFC 6177): its 2^64
    // addresses are one client. The scope id goes too (fe80::1%eth0 and %eth1 are one /64).
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(std::begin(bytes.c) + 8, std::end(bytes.c), quint8(0));
    return QHostAddress(bytes);
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
    auto slot = std::make_shared<Slot>();
    slot->loop = loop;
    slot->key = trusted ? QHostAddress() : addressKey(peer);
    slot->stage = m_tls ? Stage::Silent : Stage::Fresh;
    std::shared_ptr<Slot> evicted;
    {
        QMutexLocker lock(&m_mutex);
        const bool overAddress = !trusted && m_limits.maxConnectionsPerAddress > 0
            && m_perAddress.value(slot->key) >= m_limits.maxConnectionsPerAddress;
        // A full table gives the place of its least advanced connection to the newcomer:
        // connections that do nothing cannot keep a client out (the per-address cap still
        // holds first, so one client cannot push the others out).
        if (!overAddress && m_connections >= m_limits.maxConnections)
            evicted = evictLocked();
        const bool overTotal = m_connections >= m_limits.maxConnections;
        if (overTotal || overAddress) {
            // Refused before any TLS work. Logged once per burst, not once per connection.
            if (m_refusedSinceLog++ % 100 == 0) {
                qCWarning(lcHttp).noquote() << "refusing connections:"
                                            << (overTotal ? QStringLiteral("server full, every connection busy")
                                                          : QStringLiteral("too many from"))
                                            << (overTotal ? QString() : slot->key.toString());
            }
            lock.unlock();
            socket->abort();
            delete socket;
            return;
        }
        if (evicted && m_evictedSinceLog++ % 100 == 0) {
            qCWarning(lcHttp).noquote()
                << QStringLiteral("server full: the least advanced connections give their place to newcomers "
                                  "(%1 so far)")
                       .arg(m_evictedSinceLog);
        }
        ++m_connections;
        if (!trusted)
            ++m_perAddress[slot->key];
        Slots& stage = m_stages[size_t(slot->stage)];
        slot->position = stage.insert(stage.end(), slot);
    }
    if (evicted)
        closeEvicted(evicted);
    auto* connection = new HttpConnection(socket, *this, loop, peer, trusted, slot);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->setSslConfiguration(*m_tls);
        connection->startTls();
    } else {
        connection->start();
    }
}

std::shared_ptr<HttpServer::Slot> HttpServer::evictLocked()
{
    for (Stage stage : { Stage::Silent, Stage::Handshaking, Stage::Fresh, Stage::KeepAlive }) {
        Slots& atStage = m_stages[size_t(stage)];
        if (atStage.empty())
            continue;
        std::shared_ptr<Slot> oldest = atStage.front();
        releaseLocked(*oldest);
        return oldest;
    }
    return nullptr;
}

void HttpServer::releaseLocked(Slot& slot)
{
    if (!slot.counted)
        return;
    slot.counted = false;
    // `slot` may live only in this list: take it out last.
    const std::shared_ptr<Slot> keep = *slot.position;
    m_stages[size_t(slot.stage)].erase(slot.position);
    --m_connections;
    if (!slot.key.isNull()) {
        auto it = m_perAddress.find(slot.key);
        if (it != m_perAddress.end() && --it.value() <= 0)
            m_perAddress.erase(it);
    }
}

void HttpServer::closeEvicted(const std::shared_ptr<Slot>& slot)
{
    // On the connection's own thread, where it may be deleted meanwhile: then `connection`
    // is null by the time this runs. Until it runs, advance() tells the connection that it
    // has no place any more, whatever it received meanwhile.
    QMetaObject::invokeMethod(
        slot->loop,
        [slot]() {
            if (slot->connection)
                slot->connection->evict();
        },
        Qt::QueuedConnection);
}

bool HttpServer::advance(Slot& slot, Stage stage)
{
    QMutexLocker lock(&m_mutex);
    if (!slot.counted)
        return false;
    if (slot.stage != stage) {
        Slots& to = m_stages[size_t(stage)];
        to.splice(to.end(), m_stages[size_t(slot.stage)], slot.position);
        slot.stage = stage;
    }
    return true;
}

void HttpServer::connectionClosed(Slot& slot)
{
    QMutexLocker lock(&m_mutex);
    releaseLocked(slot);
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
