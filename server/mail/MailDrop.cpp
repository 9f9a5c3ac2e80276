#include "MailDrop.h"

#include "Logging.h"
#include "MailComposer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace citoyens::server {

MailDrop::MailDrop(QString directory, QString from)
    : m_directory(std::move(directory))
    , m_from(std::move(from))
{ }

void MailDrop::send(const MailMessage& message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = QStringLiteral("%1-%2-%3.eml")
                             .arg(now.toMSecsSinceEpoch(), 14, 10, QLatin1Char('0'))
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_counter.fetchAndAddRelaxed(1), 6, 10, QLatin1Char('0'));
    QSaveFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(MailComposer::compose(m_from, message, now)) < 0
        || !file.commit()) {
        qCCritical(lcMail) << "cannot write mail" << name << "in" << m_directory << file.errorString();
        return;
    }
    qCInfo(lcMail).noquote() << "mail dropped:" << name;
}

} // namespace citoyens::server
