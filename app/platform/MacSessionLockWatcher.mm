#include "MacSessionLockWatcher.h"

#include <QMetaObject>
#include <QPointer>

#import <AppKit/AppKit.h>
#import <Foundation/Foundation.h>

namespace citoyens {

MacSessionLockWatcher::MacSessionLockWatcher(QObject* parent)
    : SessionLockWatcher(parent)
{
    QPointer<MacSessionLockWatcher> self(this);
    // Both centres may call on another thread: the signal is queued to the watcher's thread.
    auto request = [self](Reason reason) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, reason] {
                if (self)
                    Q_EMIT self->lockRequested(reason);
            },
            Qt::QueuedConnection);
    };

    id lockObserver = [[NSDistributedNotificationCenter defaultCenter]
        addObserverForName:@"com.apple.screenIsLocked"
                    object:nil
                     queue:[NSOperationQueue mainQueue]
                usingBlock:^(NSNotification*) { request(Reason::SessionLocked); }];
    m_lockObserver = [lockObserver retain];

    id sleepObserver = [[[NSWorkspace sharedWorkspace] notificationCenter]
        addObserverForName:NSWorkspaceWillSleepNotification
                    object:nil
                     queue:[NSOperationQueue mainQueue]
                usingBlock:^(NSNotification*) { request(Reason::Sleep); }];
    m_sleepObserver = [sleepObserver retain];
}

MacSessionLockWatcher::~MacSessionLockWatcher()
{
    if (m_lockObserver) {
        id observer = static_cast<id>(m_lockObserver);
        [[NSDistributedNotificationCenter defaultCenter] removeObserver:observer];
        [observer release];
    }
    if (m_sleepObserver) {
        id observer = static_cast<id>(m_sleepObserver);
        [[[NSWorkspace sharedWorkspace] notificationCenter] removeObserver:observer];
        [observer release];
    }
}

} // namespace citoyens
