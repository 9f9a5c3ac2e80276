#pragma once

// French typography as the client writes it, for the texts tests expect: typed with ordinary
// spaces, compared with the client's no-break ones.

#include <QChar>
#include <QString>

// A no-break space before "€", ":", ";", "?", and after a calendar cell's state symbol.
inline QString fr(QString text)
{
    for (const QString& symbol : { QStringLiteral("✓"), QStringLiteral("○"), QStringLiteral("☑"), QStringLiteral("⧗"),
                                   QStringLiteral("●"), QStringLiteral("—"), QStringLiteral("✕") })
        text.replace(QLatin1Char('\n') + symbol + QLatin1Char(' '), QLatin1Char('\n') + symbol + QChar::Nbsp);
    return text.replace(QStringLiteral(" €"), QStringLiteral("\u00a0€"))
        .replace(QStringLiteral(" :"), QStringLiteral("\u00a0:"))
        .replace(QStringLiteral(" ;"), QStringLiteral("\u00a0;"))
        .replace(QStringLiteral(" ?"), QStringLiteral("\u00a0?"));
}

// The other way, for a PDF's text: no-break and narrow no-break spaces read back as ordinary
// ones, runs of spaces as one.
inline QString spaced(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}
