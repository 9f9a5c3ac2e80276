#pragma once

#include <QLoggingCategory>

// "citoyens.sync": SyncService, NotificationPoller, the commands and AccountScope.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
