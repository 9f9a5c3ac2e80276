#pragma once

#include <QObject>

#include <memory>

namespace citoyens {

// Tells when the operating system locks the person's session or is about to sleep, so that
// the agent's session of Citoyens locks too. One implementation per platform, chosen at build
// time (createSessionLockWatcher); each is a small listener and nothing else. A platform
// service that is missing (no D-Bus system bus, no screen saver) is not an error: the watcher
// listens to what exists, and isWatching() says whether anything at all is listened to.
class SessionLockWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLockWatcher)

public:
    enum class Reason {
        SessionLocked, // the OS session locked (screen saver active, a lock request)
        Sleep, // the machine is going to sleep
    };
    Q_ENUM(Reason)

    explicit SessionLockWatcher(QObject* parent = nullptr);
    ~SessionLockWatcher() override;

    virtual bool isWatching() const = 0;

Q_SIGNALS:
    void lockRequested(citoyens::SessionLockWatcher::Reason reason);
};

// Watches nothing: a platform without a listener, or a test that does not want one.
class NullSessionLockWatcher final : public SessionLockWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NullSessionLockWatcher)

public:
    using SessionLockWatcher::SessionLockWatcher;
    bool isWatching() const override { return false; }
};

// The listener of the platform this was built for, on its default system services.
std::unique_ptr<SessionLockWatcher> createSessionLockWatcher(QObject* parent = nullptr);

} // namespace citoyens
