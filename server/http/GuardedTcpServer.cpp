#include "GuardedTcpServer.h"

#include "InflowGuard.h"

namespace citoyens::server {

GuardedTcpServer::GuardedTcpServer(qint64 inflowLimit, QObject* parent)
    : QTcpServer(parent)
    , m_inflowLimit(inflowLimit)
{ }

QTcpSocket* GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    InflowGuard::attach(socket, m_inflowLimit, m_rules);
    return socket;
}

} // namespace citoyens::server
