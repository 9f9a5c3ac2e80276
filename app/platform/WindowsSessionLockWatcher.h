#pragma once

#include "SessionLockWatcher.h"

#include <QAbstractNativeEventFilter>

namespace citoyens {

// Windows: WTSRegisterSessionNotification (WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK) and
// RegisterSuspendResumeNotification (WM_POWERBROADCAST / PBT_APMSUSPEND) on a hidden window of
// its own. Its messages are read by a native event filter on the application's event
// dispatcher, for those that pass the message queue, and by the window's procedure for those
// Windows sends directly (SendMessage never reaches a queue): both paths end in handle().
class WindowsSessionLockWatcher final : public SessionLockWatcher, public QAbstractNativeEventFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsSessionLockWatcher)

public:
    explicit WindowsSessionLockWatcher(QObject* parent = nullptr);
    ~WindowsSessionLockWatcher() override;

    bool isWatching() const override { return m_window != nullptr && m_sessionNotifications; }

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

    // What one window message means; true when it was ours.
    bool handle(unsigned int message, quintptr wParam);

private:
    void* m_window = nullptr; // HWND
    void* m_powerNotification = nullptr; // HPOWERNOTIFY
    bool m_sessionNotifications = false;
};

} // namespace citoyens
