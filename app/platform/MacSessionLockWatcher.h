#pragma once

#include "SessionLockWatcher.h"

namespace citoyens {

// macOS: the distributed notification com.apple.screenIsLocked (screen locked, fast user
// switching, screen saver with a password) and NSWorkspaceWillSleepNotification. Written in
// Objective-C++ (MacSessionLockWatcher.mm); the observers are removed with the watcher.
class MacSessionLockWatcher final : public SessionLockWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MacSessionLockWatcher)

public:
    explicit MacSessionLockWatcher(QObject* parent = nullptr);
    ~MacSessionLockWatcher() override;

    bool isWatching() const override { return m_lockObserver != nullptr; }

private:
    // id<NSObject> tokens of the two notification centres, retained (no ARC in this file).
    void* m_lockObserver = nullptr;
    void* m_sleepObserver = nullptr;
};

} // namespace citoyens
