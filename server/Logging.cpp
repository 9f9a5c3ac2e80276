#include "Logging.h"

#include <QStringList>

Q_LOGGING_CATEGORY(lcServer, "citoyens.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "citoyens.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccess, "citoyens.access", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "citoyens.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "citoyens.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMail, "citoyens.mail", QtInfoMsg)

namespace citoyens::server {

bool applyLogLevel(const QString& level)
{
    const QStringList levels { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                               QStringLiteral("error") };
    const qsizetype index = levels.indexOf(level.toLower());
    if (index < 0)
        return false;
    // Filter rules name "warning" as "warning" and QtCriticalMsg as "critical".
    const QStringList ruleNames { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning") };
    QStringList rules;
    for (qsizetype i = 0; i < ruleNames.size(); ++i)
        rules << QStringLiteral("citoyens.*.%1=%2")
                     .arg(ruleNames.at(i), i >= index ? QStringLiteral("true") : QStringLiteral("false"));
    QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
    return true;
}

} // namespace citoyens::server
