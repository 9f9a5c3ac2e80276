#pragma once

#include <QObject>

class QSocketNotifier;

namespace citoyens::server {

// Turns SIGTERM and SIGINT into a clean QCoreApplication::quit() (self-pipe trick), so that
// running requests finish and database connections close before the process ends.
// Does nothing on systems without POSIX signals.
class SignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

private:
    void handleSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace citoyens::server
