#include "SessionLockWatcher.h"

#include "PlatformLogging.h"

#if defined(Q_OS_WIN)
#include "WindowsSessionLockWatcher.h"
#elif defined(Q_OS_MACOS)
#include "MacSessionLockWatcher.h"
#elif defined(CITOYENS_HAVE_QTDBUS)
#include "LinuxSessionLockWatcher.h"
#endif

Q_LOGGING_CATEGORY(lcPlatform, "citoyens.platform")

namespace citoyens {

SessionLockWatcher::SessionLockWatcher(QObject* parent)
    : QObject(parent)
{ }

SessionLockWatcher::~SessionLockWatcher() = default;

std::unique_ptr<SessionLockWatcher> createSessionLockWatcher(QObject* parent)
{
#if defined(Q_OS_WIN)
    return std::make_unique<WindowsSessionLockWatcher>(parent);
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacSessionLockWatcher>(parent);
#elif defined(CITOYENS_HAVE_QTDBUS)
    return std::make_unique<LinuxSessionLockWatcher>(parent);
#else
    qCInfo(lcPlatform) << "no session lock listener on this platform: only the inactivity timer locks";
    return std::make_unique<NullSessionLockWatcher>(parent);
#endif
}

} // namespace citoyens
