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

// Every message as one line on stderr, written at once:
// "2026-12-02T09:15:04.123 info citoyens.access: GET /api/v1/me 200 0ms rid=…" (local time).
// Formatted by hand, the date once a second per thread: Qt's message pattern converts the
// time to local time for every line, a twelfth of the server's time when it answers reads.
void installMessageHandler();

} // namespace citoyens::server
