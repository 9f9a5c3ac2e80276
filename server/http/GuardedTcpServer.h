#pragma once

#include <QTcpServer>

namespace citoyens::server {

// A QTcpServer (--insecure-http) whose connections carry an InflowGuard.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(qint64 inflowLimit, QObject* parent = nullptr);
    QTcpSocket* nextPendingConnection() override;

private:
    qint64 m_inflowLimit;
};

} // namespace citoyens::server
