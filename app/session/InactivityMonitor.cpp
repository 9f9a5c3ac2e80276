#include "InactivityMonitor.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace citoyens {

InactivityMonitor::InactivityMonitor(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InactivityMonitor::evaluate);
    connect(m_clock, &Clock::changed, this, &InactivityMonitor::evaluate);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

InactivityMonitor::~InactivityMonitor()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void InactivityMonitor::start()
{
    m_lastActivity = m_clock->now();
    m_warned = false;
    m_pendingActivity = false;
    m_running = true;
    m_timer.start();
}

void InactivityMonitor::stop()
{
    m_running = false;
    m_warned = false;
    m_pendingActivity = false;
    m_timer.stop();
}

void InactivityMonitor::reportActivity()
{
    if (!m_running)
        return;
    noteActivity();
}

bool InactivityMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Every input event passes here (a mouse move is delivered to several objects): the
        // clock is read for the first input after each evaluation only, so at most once per
        // second; later input in the same second is not needed to keep the period alive.
        if (m_running && !m_pendingActivity) {
            noteActivity();
            m_pendingActivity = true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityMonitor::noteActivity()
{
    m_pendingActivity = false;
    m_lastActivity = m_clock->now();
    if (m_warned) {
        m_warned = false;
        Q_EMIT activityResumed();
    }
}

void InactivityMonitor::evaluate()
{
    if (!m_running)
        return;
    m_pendingActivity = false;
    const qint64 idleMs = m_lastActivity.msecsTo(m_clock->now());
    if (idleMs >= m_idleLimit.count()) {
        stop();
        Q_EMIT expired();
        return;
    }
    if (!m_warned && idleMs >= (m_idleLimit - m_warningLead).count()) {
        m_warned = true;
        const qint64 leftMs = m_idleLimit.count() - idleMs;
        Q_EMIT warning(int((leftMs + 999) / 1000));
    }
}

} // namespace citoyens
