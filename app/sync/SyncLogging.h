#pragma once

#include <QLoggingCategory>

// "citoyens.sync": SyncService, NotificationPoller, the commands and ServicesContext.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
