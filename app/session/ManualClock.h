#pragma once

#include "Clock.h"

#include <chrono>

namespace citoyens {

// A clock that moves only when told to (tests). Emits changed() on every move.
class ManualClock : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)

public:
    explicit ManualClock(QObject* parent = nullptr);
    ManualClock(const QDateTime& start, QObject* parent);

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& now);
    void advance(std::chrono::milliseconds delta);

private:
    QDateTime m_now;
};

} // namespace citoyens
