#include "Clock.h"

namespace citoyens::server {

Clock::Clock(const QDateTime& start)
{
    if (start.isValid())
        m_offsetMs = start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
}

qint64 Clock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

} // namespace citoyens::server
