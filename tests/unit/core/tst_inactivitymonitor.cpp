#include "session/InactivityMonitor.h"
#include "session/ManualClock.h"
#include "session/SystemClock.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace citoyens;
using namespace std::chrono_literals;

// The 2-hour inactivity rule: warning 5 minutes before, expiry at 2 hours, input resets.
class TestInactivityMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void warningAtOneHourFiftyFive();
    void expiredAtTwoHours();
    void keyPressResetsTheIdlePeriod();
    void inputAfterWarningResumes();
    void otherEventsDoNotCount();
    void reportActivity();
    void stoppedMonitorIsSilent();
    void realTimer();

private:
    static void press(QObject* target)
    {
        QKeyEvent event(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(target, &event);
    }
};

void TestInactivityMonitor::defaults()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QCOMPARE(monitor.idleLimit(), std::chrono::milliseconds(2h));
    QCOMPARE(monitor.warningLead(), std::chrono::milliseconds(5min));
    QVERIFY(!monitor.isRunning());
}

void TestInactivityMonitor::warningAtOneHourFiftyFive()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QSignalSpy warning(&monitor, &InactivityMonitor::warning);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    clock.advance(1h + 54min + 59s);
    QCOMPARE(warning.count(), 0);
    clock.advance(1s);
    QCOMPARE(warning.count(), 1);
    QCOMPARE(warning.at(0).at(0).toInt(), 300);
    clock.advance(1min);
    clock.advance(1min);
    QCOMPARE(warning.count(), 1); // once per idle period
    QCOMPARE(expired.count(), 0);
}

void TestInactivityMonitor::expiredAtTwoHours()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    clock.advance(1h + 59min + 59s);
    QCOMPARE(expired.count(), 0);
    clock.advance(1s);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!monitor.isRunning());
    clock.advance(1h);
    QCOMPARE(expired.count(), 1);
}

void TestInactivityMonitor::keyPressResetsTheIdlePeriod()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QSignalSpy warning(&monitor, &InactivityMonitor::warning);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    clock.advance(1h + 50min);
    QObject someWidget;
    press(&someWidget);
    clock.advance(1h + 50min); // 3h40 since start, 1h50 since the key press
    QCOMPARE(warning.count(), 0);
    QCOMPARE(expired.count(), 0);
    clock.advance(5min);
    QCOMPARE(warning.count(), 1);
    clock.advance(5min);
    QCOMPARE(expired.count(), 1);
}

void TestInactivityMonitor::inputAfterWarningResumes()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QSignalSpy warning(&monitor, &InactivityMonitor::warning);
    QSignalSpy resumed(&monitor, &InactivityMonitor::activityResumed);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    clock.advance(1h + 57min);
    QCOMPARE(warning.count(), 1);
    QCOMPARE(warning.at(0).at(0).toInt(), 180);

    QObject target;
    QMouseEvent click(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &click);
    QCOMPARE(resumed.count(), 1); // at once: the warning can close
    clock.advance(1h + 55min);
    QCOMPARE(warning.count(), 2); // a new idle period, a new warning
    QCOMPARE(expired.count(), 0);
}

void TestInactivityMonitor::otherEventsDoNotCount()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    clock.advance(1h);
    QObject target;
    QEvent paint(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(&target, &paint);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &release);
    clock.advance(1h);
    QCOMPARE(expired.count(), 1);
}

void TestInactivityMonitor::reportActivity()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    clock.advance(1h + 30min);
    monitor.reportActivity();
    QCOMPARE(monitor.lastActivity(), clock.now());
    clock.advance(1h + 30min);
    QCOMPARE(expired.count(), 0);
}

void TestInactivityMonitor::stoppedMonitorIsSilent()
{
    ManualClock clock;
    InactivityMonitor monitor(&clock);
    QSignalSpy warning(&monitor, &InactivityMonitor::warning);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    monitor.stop();
    clock.advance(3h);
    QCOMPARE(warning.count(), 0);
    QCOMPARE(expired.count(), 0);
}

void TestInactivityMonitor::realTimer()
{
    // The 1-second timer drives the monitor with the real clock.
    SystemClock clock;
    InactivityMonitor monitor(&clock);
    monitor.setIdleLimit(1500ms);
    monitor.setWarningLead(1000ms);
    QSignalSpy warning(&monitor, &InactivityMonitor::warning);
    QSignalSpy expired(&monitor, &InactivityMonitor::expired);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 5000);
    QCOMPARE(warning.count(), 1);
}

QTEST_MAIN(TestInactivityMonitor)
#include "tst_inactivitymonitor.moc"
