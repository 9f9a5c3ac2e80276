#pragma once

#include <QLoggingCategory>

// "citoyens.session": Session, the secret stores and the inactivity monitor.
Q_DECLARE_LOGGING_CATEGORY(lcSession)
