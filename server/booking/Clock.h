#pragma once

#include <QDateTime>

namespace citoyens::server {

// The server's clock for what depends on the calendar: booking, cancelling and attendance,
// and the `now` the days are worked out at. By default the system clock; with --now (demo and
// tests only) it starts at the given instant and runs on from there at the system clock's
// pace. One object, built by ServerApp and passed to what needs it; safe from any thread.
class Clock
{
public:
    Clock() = default; // the system clock
    // Starts at `start` (and runs on); an invalid `start` gives the system clock.
    explicit Clock(const QDateTime& start);

    qint64 nowMs() const;
    QDateTime now() const; // UTC
    bool isShifted() const { return m_offsetMs != 0; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace citoyens::server
