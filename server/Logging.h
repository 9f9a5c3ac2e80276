#pragma once

#include <QLoggingCategory>

// One logging category per module of the server; `--log-level` sets their threshold.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcMail)

namespace citoyens::server {

// Applies `--log-level` (debug, info, warning, error) to the citoyens.* categories.
// Returns false for an unknown level.
bool applyLogLevel(const QString& level);

} // namespace citoyens::server
