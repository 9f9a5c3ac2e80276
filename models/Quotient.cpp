#include "Quotient.h"

namespace citoyens {

std::optional<int> Quotient::familial(qint64 incomeEuros, int partsHalves)
{
    if (incomeEuros < 0 || incomeEuros > MaxIncomeEuros)
        return std::nullopt;
    if (partsHalves < MinPartsHalves || partsHalves > MaxPartsHalves)
        return std::nullopt;
    // income / 12 / (halves / 2) == income * 2 / (12 * halves); integer division of
    // non-negative numbers rounds down exactly, with no floating point.
    return static_cast<int>((incomeEuros * 2) / (12 * static_cast<qint64>(partsHalves)));
}

const TariffBracket* Quotient::bracketFor(const QList<TariffBracket>& brackets, int quotient)
{
    if (quotient < 0)
        return nullptr;
    for (const TariffBracket& b : brackets) {
        if (!b.upTo || quotient <= *b.upTo)
            return &b;
    }
    return nullptr;
}

} // namespace citoyens
