#include "MailComposer.h"

#include <QLocale>
#include <QUuid>

namespace citoyens::server::MailComposer {

namespace {

QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray headerSafe(const QString& value)
{
    QString v = value;
    v.remove(QLatin1Char('\r'));
    v.remove(QLatin1Char('\n'));
    return v.toUtf8();
}

} // namespace

QByteArray compose(const QString& from, const MailMessage& message, const QDateTime& date)
{
    const QString domain = from.section(QLatin1Char('@'), 1);
    QByteArray out;
    out += "From: " + headerSafe(from) + "\r\n";
    out += "To: " + headerSafe(message.to) + "\r\n";
    out += "Subject: " + encodedWord(headerSafe(message.subject)) + "\r\n";
    out += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
        + " +0000\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain.toLatin1()
        + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out += body.toUtf8().replace("\n", "\r\n");
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

} // namespace citoyens::server::MailComposer
