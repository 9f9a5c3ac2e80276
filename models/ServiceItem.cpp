#include "ServiceItem.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "Quotient.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace citoyens {

const QStringList& ServiceItem::units()
{
    static const QStringList all { QStringLiteral("séance"), QStringLiteral("repas"), QStringLiteral("journée"),
                                   QStringLiteral("semaine"), QStringLiteral("inscription") };
    return all;
}

std::optional<Money> ServiceItem::priceFor(int bracketIndex) const
{
    if (bracketIndex < 0 || bracketIndex >= pricesCents.size())
        return std::nullopt;
    return Money::fromCents(pricesCents.at(bracketIndex));
}

int ServiceItem::bracketIndex(const QList<TariffBracket>& brackets, std::optional<int> quotient,
                              const QString& bracketLabel)
{
    if (brackets.isEmpty())
        return 0;
    if (quotient) {
        if (const TariffBracket* b = Quotient::bracketFor(brackets, *quotient))
            return int(b - brackets.constData());
    }
    for (int i = 0; i < brackets.size(); ++i) {
        if (!bracketLabel.isEmpty() && brackets.at(i).label == bracketLabel)
            return i;
    }
    return int(brackets.size()) - 1;
}

QJsonObject ServiceItem::toJson() const
{
    QJsonArray prices;
    for (qint64 cents : pricesCents)
        prices.append(QJsonValue(qint64(cents)));
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("label"), label },
        { QStringLiteral("unit"), unit },
        { QStringLiteral("childcare"), childcare },
        { QStringLiteral("pricesCents"), prices },
    };
}

std::optional<ServiceItem> ServiceItem::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    JsonReader r(json, prefix);
    ServiceItem item;
    item.id = r.string(QStringLiteral("id"));
    if (r.ok() && !idPattern.match(item.id).hasMatch())
        r.addError(QStringLiteral("id"),
                   item.id.size() > MaxIdLength ? FieldCode::TooLong : FieldCode::InvalidCharacters);
    item.label = r.string(QStringLiteral("label")).trimmed();
    if (r.has(QStringLiteral("label")) && item.label.isEmpty())
        r.addError(QStringLiteral("label"), FieldCode::Required);
    else if (item.label.size() > MaxLabelLength)
        r.addError(QStringLiteral("label"), FieldCode::TooLong);
    item.unit = r.string(QStringLiteral("unit"));
    if (r.has(QStringLiteral("unit")) && json.value(QStringLiteral("unit")).isString() && !units().contains(item.unit))
        r.addError(QStringLiteral("unit"), FieldCode::InvalidChoice);
    item.childcare = r.boolean(QStringLiteral("childcare"));
    const QJsonArray prices = r.array(QStringLiteral("pricesCents"), true);
    if (r.has(QStringLiteral("pricesCents")) && json.value(QStringLiteral("pricesCents")).isArray() && prices.isEmpty())
        r.addError(QStringLiteral("pricesCents"), FieldCode::Required);
    for (int i = 0; i < prices.size(); ++i) {
        const QString field = QStringLiteral("pricesCents[%1]").arg(i);
        const QJsonValue v = prices.at(i);
        // An integer read as such, never through a double.
        constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
        const qint64 cents = v.isDouble() ? v.toInteger(NotWhole) : NotWhole;
        if (cents == NotWhole) // not a whole number, or beyond what an integer holds
            r.addError(field,
                       v.isDouble() && v.toDouble() > double(Money::MaxCents) ? FieldCode::TooLarge
                                                                              : FieldCode::InvalidType);
        else if (cents < 0)
            r.addError(field, FieldCode::Negative);
        else if (cents > Money::MaxCents)
            r.addError(field, FieldCode::TooLarge);
        else
            item.pricesCents.append(cents);
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return item;
}

} // namespace citoyens
