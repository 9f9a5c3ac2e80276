#include "InflowGuard.h"

#include "Logging.h"

#include <QTcpSocket>

namespace citoyens::server {

void InflowGuard::attach(QTcpSocket* socket, qint64 limit)
{
    if (socket)
        new InflowGuard(socket, limit);
}

InflowGuard::InflowGuard(QTcpSocket* socket, qint64 limit)
    : QObject(socket)
    , m_socket(socket)
    , m_limit(limit)
{
    connect(m_socket, &QIODevice::readyRead, this, [this]() {
        m_unanswered += m_socket->bytesAvailable();
        if (m_unanswered > m_limit) {
            qCWarning(lcHttp).noquote() << "closing a connection from" << m_socket->peerAddress().toString()
                                        << "that sent more than" << m_limit << "bytes without an answer";
            m_socket->abort();
        }
    });
    connect(m_socket, &QIODevice::bytesWritten, this, [this]() { m_unanswered = 0; });
}

} // namespace citoyens::server
