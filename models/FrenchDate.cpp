#include "FrenchDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace citoyens {

std::optional<QDate> parseFrenchDate(const QString& text)
{
    const QString t = text.trimmed();
    int day = 0;
    int month = 0;
    int year = 0;
    static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    // One separator kind per date: « 14/03-2019 » is more likely a slip than a date.
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})([/.\\- ])(\\d{1,2})\\2(\\d{4})$"));
    if (const auto m = digitsOnly.match(t); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
    } else if (const auto s = separated.match(t); s.hasMatch()) {
        day = s.captured(1).toInt();
        month = s.captured(3).toInt();
        year = s.captured(4).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString frenchDateHint()
{
    //: The expected date format in a hint and in an error: day/month/year, with the letters of the French words.
    return QCoreApplication::translate("FrenchDate", "dd/mm/yyyy");
}

} // namespace citoyens
