#pragma once

#include "TariffBracket.h"

#include <QList>
#include <QtGlobal>

#include <optional>

namespace citoyens {

// The quotient familial: the revenu fiscal de référence divided by 12 and by the number of
// parts, rounded down to whole euros. Parts are counted in halves (2.5 parts = 5).
class Quotient
{
public:
    static constexpr qint64 MaxIncomeEuros = 10'000'000;
    static constexpr int MinPartsHalves = 2; // 1 part
    static constexpr int MaxPartsHalves = 40; // 20 parts

    // nullopt when the income or the parts are outside the rules above.
    static std::optional<int> familial(qint64 incomeEuros, int partsHalves);
    // The first bracket whose `upTo` is at least the quotient, else the open one; nullptr
    // when none fits (a negative quotient, or no open bracket).
    static const TariffBracket* bracketFor(const QList<TariffBracket>& brackets, int quotient);
};

} // namespace citoyens
