#pragma once

#include <QSslServer>

namespace citoyens::server {

// A QSslServer whose connections carry an InflowGuard.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSslServer)

public:
    GuardedSslServer(qint64 inflowLimit, QObject* parent = nullptr);
    QTcpSocket* nextPendingConnection() override;

private:
    qint64 m_inflowLimit;
};

} // namespace citoyens::server
