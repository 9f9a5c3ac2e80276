#pragma once

#include "HttpLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QSslConfiguration>
#include <QTcpServer>

#include <array>
#include <list>
#include <memory>
#include <optional>

class QThread;

namespace citoyens::server {

class HttpConnection;
class HttpRequestHandler;

// HTTP/1.1 over TLS (or plain TCP for tests of the HTTP layer) on Qt sockets. It accepts
// connections on its own thread and hands each to one of HttpLimits::ioThreads I/O threads,
// in turn; there an HttpConnection owns the socket, does the TLS, parses requests strictly
// (HttpHeadParser), asks `handler` what to do with them and writes the answers. A handler may
// answer on the I/O thread itself (quick reads: no thread hop at all) or from any other
// thread (HttpRequestHandler). The connection counts and the body budget are shared by all
// I/O threads. stop() or the destructor close every connection.
//
// The connection table: maxConnections places, maxConnectionsPerAddress per client (an IPv4
// address, an IPv6 /64: addressKey()). Each connection is at a Stage; when the table is full
// a newcomer takes the place of the least advanced one, the oldest first, so that silent or
// idle connections cannot lock a real client out. Under pressure (pressurePercent of the
// table), TLS connections silent for handshakeStartMs are closed by themselves.
class HttpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    // How far a connection has got, least advanced first: the order in which they give up
    // their place. Busy connections (a request being read, handled, answered or drained)
    // are never evicted.
    enum class Stage {
        Silent, // TLS: not a byte of the handshake yet
        Handshaking, // TLS: the handshake has started, not finished
        Fresh, // ready, no request yet
        KeepAlive, // between two requests
        Busy,
    };

    // What the per-address cap counts: an IPv4 address itself (an IPv4-mapped IPv6 address
    // as its IPv4 address), an IPv6 address by its /64, which one subscriber or one machine
    // is given whole.
    static QHostAddress addressKey(const QHostAddress& address);

    // `tls` empty: plain HTTP.
    HttpServer(HttpRequestHandler& handler, const HttpLimits& limits, std::optional<QSslConfiguration> tls,
               QList<QHostAddress> trustedProxies, QObject* parent = nullptr);
    ~HttpServer() override;

    HttpRequestHandler& handler() const { return m_handler; }
    const HttpLimits& limits() const { return m_limits; }
    int connectionCount() const;
    int ioThreadCount() const { return int(m_loops.size()); }

    // Stops accepting and closes every connection, each on its own thread; returns when they
    // are gone. Answers still being computed elsewhere are dropped when they arrive.
    void stop();

    // The share of bodyBudgetBytes a request holds while its large body is in memory.
    bool reserveBody(qint64 bytes);
    void releaseBody(qint64 bytes);

    // The IMF-fixdate of now, computed once per second (per thread).
    static QByteArray httpDate();

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class HttpConnection;
    struct Loop;
    struct Slot;
    using Slots = std::list<std::shared_ptr<Slot>>;

    // On an I/O thread: the socket is made, checked against the limits, and given a connection.
    void adopt(qintptr handle, QObject* loop);
    // A connection moves on to `stage`; false when its place was given to a newcomer
    // meanwhile: it must close without doing anything more.
    bool advance(Slot& slot, Stage stage);
    // Under pressure, a silent connection gives up its place (true: it must close). Checked
    // and done under one lock, so that the table is emptied down to the threshold, no further.
    bool giveUpUnderPressure(Slot& slot);
    void connectionClosed(Slot& slot);
    // Under m_mutex: the place of the least advanced connection, freed; null when every
    // connection is busy. The caller closes it (closeEvicted) once the mutex is released.
    std::shared_ptr<Slot> evictLocked();
    void releaseLocked(Slot& slot);
    static void closeEvicted(const std::shared_ptr<Slot>& slot);

    HttpRequestHandler& m_handler;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<QHostAddress> m_trustedProxies;
    std::vector<std::unique_ptr<Loop>> m_loops;
    size_t m_nextLoop = 0;
    mutable QMutex m_mutex; // guards what follows
    QHash<QHostAddress, int> m_perAddress; // by addressKey()
    int m_connections = 0;
    std::array<Slots, 5> m_stages; // by Stage, each in the order its connections reached it
    qint64 m_bodyBytes = 0;
    qint64 m_refusedSinceLog = 0;
    qint64 m_evictedSinceLog = 0;
};

// A connection's place in the table. `connection` is set and cleared on the connection's own
// thread and read only there; `loop` and `key` never change; the rest is under m_mutex.
struct HttpServer::Slot
{
    HttpConnection* connection = nullptr;
    QObject* loop = nullptr;
    QHostAddress key; // addressKey() of the peer; null for a trusted proxy (not counted)
    Stage stage = Stage::Silent;
    bool counted = true; // false once its place is given up (evicted, or closed)
    Slots::iterator position; // in m_stages[stage] while counted
};

} // namespace citoyens::server
