#pragma once

#include "InflowGuard.h"

#include <QSslServer>

#include <memory>

namespace citoyens::server {

// A QSslServer whose connections carry an InflowGuard.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSslServer)

public:
    GuardedSslServer(qint64 inflowLimit, QObject* parent = nullptr);
    QTcpSocket* nextPendingConnection() override;
    // Routes allowed larger bodies (uploads); see InflowGuard.
    void setInflowRules(InflowRules rules) { m_rules = std::make_shared<const InflowRules>(std::move(rules)); }

private:
    qint64 m_inflowLimit;
    std::shared_ptr<const InflowRules> m_rules;
};

} // namespace citoyens::server
