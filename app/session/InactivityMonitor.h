#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace citoyens {

class Clock;

// Watches user input application-wide (an event filter on QCoreApplication: key, mouse
// button, mouse move, wheel, touch) and tells when the person has been idle too long.
// Re-evaluates on a 1-second timer and whenever the clock's changed() fires.
class InactivityMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityMonitor)

public:
    explicit InactivityMonitor(Clock* clock, QObject* parent = nullptr);
    ~InactivityMonitor() override;

    std::chrono::milliseconds idleLimit() const { return m_idleLimit; }
    void setIdleLimit(std::chrono::milliseconds limit) { m_idleLimit = limit; }
    std::chrono::milliseconds warningLead() const { return m_warningLead; }
    void setWarningLead(std::chrono::milliseconds lead) { m_warningLead = lead; }

    // Starts a fresh idle period now (call on sign-in); stop() on sign-out.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Counts as input (e.g. for activity the event filter cannot see).
    void reportActivity();
    QDateTime lastActivity() const { return m_lastActivity; }

Q_SIGNALS:
    void warning(int secondsLeft); // once per idle period, warningLead before the limit
    void activityResumed(); // input after a warning
    void expired(); // the limit was reached; the monitor stops

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void evaluate();
    void noteActivity();

    Clock* m_clock;
    QTimer m_timer;
    std::chrono::milliseconds m_idleLimit = std::chrono::hours(2);
    std::chrono::milliseconds m_warningLead = std::chrono::minutes(5);
    QDateTime m_lastActivity;
    bool m_running = false;
    bool m_warned = false;
    // Input already noted since the last evaluate(): further input events cost one bool test.
    bool m_pendingActivity = false;
};

} // namespace citoyens
