#pragma once

#include <QLoggingCategory>

// "citoyens.platform": the operating-system listeners of app/platform.
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
