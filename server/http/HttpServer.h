#pragma once

#include "HttpLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QSslConfiguration>
#include <QTcpServer>

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
class HttpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
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

    // On an I/O thread: the socket is made, checked against the limits, and given a connection.
    void adopt(qintptr handle, QObject* loop);
    void connectionClosed(const QHostAddress& peer, bool trusted);

    HttpRequestHandler& m_handler;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<QHostAddress> m_trustedProxies;
    std::vector<std::unique_ptr<Loop>> m_loops;
    size_t m_nextLoop = 0;
    mutable QMutex m_mutex; // guards what follows
    QHash<QHostAddress, int> m_perAddress;
    int m_connections = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_refusedSinceLog = 0;
};

} // namespace citoyens::server
