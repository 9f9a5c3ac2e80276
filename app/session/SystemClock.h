#pragma once

#include "Clock.h"

namespace citoyens {

class SystemClock : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    using Clock::Clock;

    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace citoyens
