#pragma once

#include <QDateTime>
#include <QObject>

namespace citoyens {

// The time, behind an interface so that tests can move it (ManualClock).
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    using QObject::QObject;
    ~Clock() override = default;

    virtual QDateTime now() const = 0;

Q_SIGNALS:
    // The time jumped (ManualClock only); the real clock never emits it.
    void changed();
};

} // namespace citoyens
