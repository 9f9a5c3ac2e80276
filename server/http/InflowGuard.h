#pragma once

#include <QObject>

class QTcpSocket;

namespace citoyens::server {

// Qt HttpServer 6.4 reads a whole request body into memory before any handler sees it, so
// a per-route limit (JsonBody, 64 KiB) cannot stop a client that streams megabytes. The guard
// watches a connection and aborts it once it has sent more than `limit` bytes without the
// server having answered anything in between.
class InflowGuard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InflowGuard)

public:
    // The guard lives as a child of the socket. Must be attached before anything else
    // connects to the socket's readyRead (so it sees each chunk before it is consumed).
    static void attach(QTcpSocket* socket, qint64 limit);

private:
    InflowGuard(QTcpSocket* socket, qint64 limit);

    QTcpSocket* m_socket;
    qint64 m_limit;
    qint64 m_unanswered = 0;
};

} // namespace citoyens::server
