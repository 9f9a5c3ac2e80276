#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace citoyens {

// An amount of money in integer euro cents. No floating point is ever used where money passes:
// the wire carries cents as JSON integers ("amountCents"), the store keeps them as INTEGER, and
// people read and type euros the French way ("1 234,50 €").
class Money
{
public:
    // The largest amount anything in Citoyens handles: 10 million euros. Arithmetic beyond it
    // fails instead of wrapping, so a hostile quantity cannot overflow a total.
    static constexpr qint64 MaxCents = 1'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    // The amount, when it lies within ±MaxCents.
    static std::optional<Money> checked(qint64 cents);

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // "25,00 €", "1 234,50 €", "-3,20 €": a narrow no-break space between thousands, a no-break
    // space before the euro sign, as French typography has it.
    QString toFrench() const;
    // "25,00" without the sign, for an editable field.
    QString toFrenchNumber() const;

    // Reads what a person types: "25", "25,5", "25,50", "1 234,50", each optionally followed by
    // "€"; spaces (ordinary, no-break or narrow) only as thousands separators; a comma or a point
    // before at most two decimals. No sign, no exponent, nothing else: anything not read exactly
    // gives nullopt. The amount is at most MaxCents.
    static std::optional<Money> parse(QStringView text);

    // Overflow-checked arithmetic: nullopt beyond ±MaxCents.
    std::optional<Money> plus(Money other) const;
    std::optional<Money> minus(Money other) const;
    std::optional<Money> times(qint64 quantity) const;

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cents < b.m_cents; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_cents <= b.m_cents; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_cents > b.m_cents; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_cents >= b.m_cents; }

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    { }

    qint64 m_cents = 0;
};

namespace WalletRules {

// The amounts a wallet is topped up by, as the web platform's "DÉPÔTS DE FONDS" offers them.
inline constexpr std::array<qint64, 5> TopUpAmountsCents { 100, 500, 1000, 2500, 5000 };

constexpr bool isTopUpAmount(qint64 cents)
{
    for (qint64 amount : TopUpAmountsCents) {
        if (amount == cents)
            return true;
    }
    return false;
}

// The smallest top-up that covers `missingCents`, or the largest one when none does alone.
qint64 topUpCovering(qint64 missingCents);

} // namespace WalletRules

} // namespace citoyens
