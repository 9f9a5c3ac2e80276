#ifndef NOMINMAX
#define NOMINMAX
#endif
// RegisterSuspendResumeNotification is Windows 8 and later; Qt 6 needs Windows 10 anyway.
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#include <windows.h>
#include <wtsapi32.h>

#include "WindowsSessionLockWatcher.h"

#include "PlatformLogging.h"

#include <QCoreApplication>

namespace citoyens {

namespace {

const wchar_t kWindowClass[] = L"CitoyensSessionLockWatcher";

LRESULT CALLBACK watcherWindowProc(HWND hwnd, UINT message, WPARAM wParam, LPARAM lParam)
{
    auto* watcher = reinterpret_cast<WindowsSessionLockWatcher*>(GetWindowLongPtrW(hwnd, GWLP_USERDATA));
    if (watcher && watcher->handle(message, wParam))
        return message == WM_POWERBROADCAST ? TRUE : 0;
    return DefWindowProcW(hwnd, message, wParam, lParam);
}

HINSTANCE moduleInstance()
{
    return GetModuleHandleW(nullptr);
}

} // namespace

WindowsSessionLockWatcher::WindowsSessionLockWatcher(QObject* parent)
    : SessionLockWatcher(parent)
{
    WNDCLASSEXW windowClass = {};
    windowClass.cbSize = sizeof(windowClass);
    windowClass.lpfnWndProc = watcherWindowProc;
    windowClass.hInstance = moduleInstance();
    windowClass.lpszClassName = kWindowClass;
    // A second watcher finds the class registered already: not an error.
    if (!RegisterClassExW(&windowClass) && GetLastError() != ERROR_CLASS_ALREADY_EXISTS) {
        qCWarning(lcPlatform) << "RegisterClassExW failed:" << GetLastError();
        return;
    }
    // A top-level window that is never shown: a message-only window (HWND_MESSAGE) would not
    // receive the power broadcasts.
    HWND hwnd
        = CreateWindowExW(0, kWindowClass, L"Citoyens", 0, 0, 0, 0, 0, nullptr, nullptr, moduleInstance(), nullptr);
    if (!hwnd) {
        qCWarning(lcPlatform) << "CreateWindowExW failed:" << GetLastError();
        return;
    }
    SetWindowLongPtrW(hwnd, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(this));
    m_window = hwnd;

    m_sessionNotifications = WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) != FALSE;
    if (!m_sessionNotifications)
        qCWarning(lcPlatform) << "WTSRegisterSessionNotification failed:" << GetLastError();
    m_powerNotification = RegisterSuspendResumeNotification(hwnd, DEVICE_NOTIFY_WINDOW_HANDLE);
    if (!m_powerNotification)
        qCInfo(lcPlatform) << "RegisterSuspendResumeNotification failed:" << GetLastError();

    if (QCoreApplication::instance())
        QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowsSessionLockWatcher::~WindowsSessionLockWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
    auto hwnd = static_cast<HWND>(m_window);
    if (m_powerNotification)
        UnregisterSuspendResumeNotification(static_cast<HPOWERNOTIFY>(m_powerNotification));
    if (hwnd) {
        if (m_sessionNotifications)
            WTSUnRegisterSessionNotification(hwnd);
        SetWindowLongPtrW(hwnd, GWLP_USERDATA, 0);
        DestroyWindow(hwnd);
    }
}

bool WindowsSessionLockWatcher::nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result)
{
    if (eventType != "windows_generic_MSG" && eventType != "windows_dispatcher_MSG")
        return false;
    const auto* msg = static_cast<const MSG*>(message);
    if (!msg || msg->hwnd != static_cast<HWND>(m_window))
        return false;
    if (!handle(msg->message, msg->wParam))
        return false;
    if (result)
        *result = msg->message == WM_POWERBROADCAST ? TRUE : 0;
    return true;
}

bool WindowsSessionLockWatcher::handle(unsigned int message, quintptr wParam)
{
    if (message == WM_WTSSESSION_CHANGE) {
        if (wParam == WTS_SESSION_LOCK)
            Q_EMIT lockRequested(Reason::SessionLocked);
        return true;
    }
    if (message == WM_POWERBROADCAST) {
        if (wParam == PBT_APMSUSPEND)
            Q_EMIT lockRequested(Reason::Sleep);
        return true;
    }
    return false;
}

} // namespace citoyens
