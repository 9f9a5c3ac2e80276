#include "Money.h"

#include <QChar>

namespace citoyens {

namespace {

constexpr QChar NarrowNoBreakSpace(0x202F);
constexpr QChar NoBreakSpace(0x00A0);
constexpr QChar Euro(0x20AC);

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == NoBreakSpace || c == NarrowNoBreakSpace;
}

QString groupedEuros(qint64 euros)
{
    const QString digits = QString::number(euros);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += NarrowNoBreakSpace;
        out += digits.at(i);
    }
    return out;
}

} // namespace

std::optional<Money> Money::checked(qint64 cents)
{
    if (cents > MaxCents || cents < -MaxCents)
        return std::nullopt;
    return Money(cents);
}

QString Money::toFrenchNumber() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    const qint64 rest = magnitude % 100;
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + groupedEuros(magnitude / 100) + QLatin1Char(',')
        + QLatin1Char(char('0' + rest / 10)) + QLatin1Char(char('0' + rest % 10));
}

QString Money::toFrench() const
{
    return toFrenchNumber() + NoBreakSpace + Euro;
}

std::optional<Money> Money::parse(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.endsWith(Euro))
        t = t.chopped(1).trimmed();
    if (t.isEmpty())
        return std::nullopt;

    qint64 euros = 0;
    int integerDigits = 0;
    int digitsSinceSpace = 0;
    bool sawSpace = false;
    qsizetype i = 0;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            euros = euros * 10 + (c.unicode() - '0');
            if (euros * 100 > MaxCents)
                return std::nullopt;
            ++integerDigits;
            ++digitsSinceSpace;
        } else if (isGroupSpace(c)) {
            // A group separator follows one to three digits first, then exactly three.
            if (integerDigits == 0 || (sawSpace ? digitsSinceSpace != 3 : digitsSinceSpace > 3))
                return std::nullopt;
            sawSpace = true;
            digitsSinceSpace = 0;
        } else {
            break;
        }
    }
    if (integerDigits == 0 || (sawSpace && digitsSinceSpace != 3))
        return std::nullopt;

    qint64 cents = euros * 100;
    if (i < t.size()) {
        const QChar separator = t.at(i);
        if (separator != QLatin1Char(',') && separator != QLatin1Char('.'))
            return std::nullopt;
        const QStringView decimals = t.mid(i + 1);
        if (decimals.isEmpty() || decimals.size() > 2)
            return std::nullopt;
        for (QChar c : decimals) {
            if (!c.isDigit() || c.unicode() >= 128)
                return std::nullopt;
        }
        const int first = decimals.at(0).unicode() - '0';
        const int second = decimals.size() == 2 ? decimals.at(1).unicode() - '0' : 0;
        cents += first * 10 + second;
    }
    return checked(cents);
}

std::optional<Money> Money::plus(Money other) const
{
    return checked(m_cents + other.m_cents);
}

std::optional<Money> Money::minus(Money other) const
{
    return checked(m_cents - other.m_cents);
}

std::optional<Money> Money::times(qint64 quantity) const
{
    if (quantity == 0 || m_cents == 0)
        return Money();
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    const qint64 count = quantity < 0 ? -quantity : quantity;
    if (quantity < -MaxCents || quantity > MaxCents || magnitude > MaxCents / count)
        return std::nullopt;
    return checked(m_cents * quantity);
}

namespace WalletRules {

qint64 topUpCovering(qint64 missingCents)
{
    for (qint64 amount : TopUpAmountsCents) {
        if (amount >= missingCents)
            return amount;
    }
    return TopUpAmountsCents.back();
}

} // namespace WalletRules

} // namespace citoyens
