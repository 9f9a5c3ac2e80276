#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace citoyens {

// A date as French people type it: day, month, year, in that order. Accepted:
// « 14/03/2019 », « 14/3/2019 », « 14-03-2019 », « 14.03.2019 », « 14 03 2019 » and the
// eight digits « 14032019 ». The year has four digits: « 14/03/19 » is refused rather than
// guessed (a birth date of 1919 and one of 2019 are both plausible). Spaces around the text
// are ignored. nullopt for anything else, and for a day that does not exist (31/02/2019).
std::optional<QDate> parseFrenchDate(const QString& text);

// The expected format as shown in a field's hint and in its error: « jj/mm/aaaa ».
QString frenchDateHint();

} // namespace citoyens
