#include "GuardedSslServer.h"

#include "InflowGuard.h"

namespace citoyens::server {

GuardedSslServer::GuardedSslServer(qint64 inflowLimit, QObject* parent)
    : QSslServer(parent)
    , m_inflowLimit(inflowLimit)
{ }

QTcpSocket* GuardedSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    InflowGuard::attach(socket, m_inflowLimit, m_rules);
    return socket;
}

} // namespace citoyens::server
