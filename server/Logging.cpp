#include "Logging.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

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

namespace {

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    thread_local qint64 second = -1;
    thread_local QByteArray secondText;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now / 1000 != second) {
        second = now / 1000;
        secondText = QDateTime::fromSecsSinceEpoch(second).toString(QStringLiteral("yyyy-MM-ddThh:mm:ss")).toLatin1();
    }
    QByteArray line;
    line.reserve(64 + message.size());
    line += secondText;
    line += '.';
    line += QByteArray::number(now % 1000).rightJustified(3, '0');
    line += ' ';
    line += levelName(type);
    line += ' ';
    line += context.category ? context.category : "default";
    line += ": ";
    line += message.toUtf8();
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installMessageHandler()
{
    qInstallMessageHandler(writeLine);
}

} // namespace citoyens::server
