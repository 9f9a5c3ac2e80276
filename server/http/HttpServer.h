#pragma once

#include "HttpLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace citoyens::server {

class HttpConnection;
class HttpRequestHandler;

// HTTP/1.1 over TLS (or plain TCP for tests of the HTTP layer) on Qt sockets. It accepts
// connections, enforces HttpLimits, and gives each connection an HttpConnection that parses
// requests strictly (HttpHeadParser) and asks `handler` what to do with them.
// Connections are children of the server: destroying it closes them all.
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
    int connectionCount() const { return m_connections; }

    // The share of bodyBudgetBytes a request holds while its large body is in memory.
    bool reserveBody(qint64 bytes);
    void releaseBody(qint64 bytes);

    // The IMF-fixdate of now, computed once per second.
    QByteArray httpDate();

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class HttpConnection;
    void connectionClosed(const QHostAddress& peer, bool trusted);

    HttpRequestHandler& m_handler;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<QHostAddress> m_trustedProxies;
    QHash<QHostAddress, int> m_perAddress;
    int m_connections = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_dateSecond = -1;
    QByteArray m_date;
    qint64 m_refusedSinceLog = 0;
};

} // namespace citoyens::server
