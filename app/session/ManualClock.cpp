#include "ManualClock.h"

#include <QTimeZone>

namespace citoyens {

ManualClock::ManualClock(QObject* parent)
    : ManualClock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()), parent)
{ }

ManualClock::ManualClock(const QDateTime& start, QObject* parent)
    : Clock(parent)
    , m_now(start)
{ }

void ManualClock::setNow(const QDateTime& now)
{
    m_now = now;
    Q_EMIT changed();
}

void ManualClock::advance(std::chrono::milliseconds delta)
{
    m_now = m_now.addMSecs(delta.count());
    Q_EMIT changed();
}

} // namespace citoyens
