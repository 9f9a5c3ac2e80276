#include "Order.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"

#include <QJsonArray>
#include <QSet>

namespace citoyens {

namespace {

qint64 amount(JsonReader& r, const QString& field)
{
    const qint64 cents = r.integer(field);
    if (!Money::checked(cents) || cents < 0)
        r.addError(field, FieldCode::TooLarge);
    return cents;
}

// "2026-03-14" or an instant ("2026-03-14T09:30:00Z"), read as the date in France.
QDate dayOf(JsonReader& r, const QString& field)
{
    if (!r.has(field)) {
        r.addError(field, FieldCode::Required);
        return {};
    }
    JsonReader probe = r;
    const QDate date = probe.date(field);
    if (date.isValid())
        return date;
    const QDateTime instant = r.dateTime(field, true);
    return instant.isValid() ? instant.toLocalTime().date() : QDate();
}

} // namespace

std::optional<Offer> Offer::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Offer o;
    o.id = r.string(QStringLiteral("id"));
    o.label = r.string(QStringLiteral("label"));
    o.unitPriceCents = amount(r, QStringLiteral("unitPriceCents"));
    o.unit = r.string(QStringLiteral("unit"), false);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return o;
}

std::optional<QList<Offer>> Offer::listFromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    QList<Offer> offers;
    const QJsonArray items = r.array(QStringLiteral("items"), true);
    for (int i = 0; i < items.size(); ++i) {
        FieldErrors nested;
        if (const auto o = fromJson(items.at(i).toObject(), &nested, r.elementPath(QStringLiteral("items"), i)))
            offers.append(*o);
        r.mergeErrors(nested);
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return offers;
}

QJsonObject OrderLine::toJson() const
{
    return QJsonObject {
        { QStringLiteral("itemId"), itemId },     { QStringLiteral("label"), label },
        { QStringLiteral("unit"), unit },         { QStringLiteral("unitPriceCents"), unitPriceCents },
        { QStringLiteral("quantity"), quantity }, { QStringLiteral("totalCents"), totalCents },
    };
}

std::optional<OrderLine> OrderLine::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    OrderLine l;
    l.itemId = r.string(QStringLiteral("itemId"));
    l.label = r.string(QStringLiteral("label"));
    l.unit = r.string(QStringLiteral("unit"), false);
    l.unitPriceCents = amount(r, QStringLiteral("unitPriceCents"));
    l.quantity = int(r.integer(QStringLiteral("quantity")));
    l.totalCents = amount(r, QStringLiteral("totalCents"));
    const auto expected = Money::fromCents(l.unitPriceCents).times(l.quantity);
    if (r.ok() && (!expected || expected->cents() != l.totalCents))
        r.addError(QStringLiteral("totalCents"), FieldCode::InvalidChoice);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return l;
}

QJsonObject Order::toJson() const
{
    QJsonArray list;
    for (const OrderLine& l : lines)
        list.append(l.toJson());
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("number"), number },
        { QStringLiteral("createdAt"), JsonValues::instant(createdAt) },
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("serviceName"), serviceName },
        { QStringLiteral("communeName"), communeName },
        { QStringLiteral("beneficiaryId"), JsonValues::text(beneficiaryId) },
        { QStringLiteral("beneficiaryName"), JsonValues::text(beneficiaryName) },
        { QStringLiteral("lines"), list },
        { QStringLiteral("totalCents"), totalCents },
        { QStringLiteral("paidWith"), paidWith },
        { QStringLiteral("status"), status },
        { QStringLiteral("paymentUrl"), JsonValues::text(paymentUrl) },
        { QStringLiteral("expiresAt"), JsonValues::instant(expiresAt) },
        { QStringLiteral("authorisation"), JsonValues::text(authorisation) },
    };
}

std::optional<Order> Order::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Order o;
    o.id = r.string(QStringLiteral("id"));
    o.number = r.string(QStringLiteral("number"));
    o.createdAt = r.dateTime(QStringLiteral("createdAt"), true);
    o.subscriptionId = r.string(QStringLiteral("subscriptionId"), false);
    o.serviceName = r.string(QStringLiteral("serviceName"), false);
    o.communeName = r.string(QStringLiteral("communeName"), false);
    o.beneficiaryId = r.string(QStringLiteral("beneficiaryId"), false);
    o.beneficiaryName = r.string(QStringLiteral("beneficiaryName"), false);
    o.totalCents = amount(r, QStringLiteral("totalCents"));
    o.paidWith = r.string(QStringLiteral("paidWith"), false);
    o.status = r.string(QStringLiteral("status"), false);
    o.paymentUrl = r.string(QStringLiteral("paymentUrl"), false);
    o.expiresAt = r.dateTime(QStringLiteral("expiresAt"), false);
    o.authorisation = r.string(QStringLiteral("authorisation"), false);
    const QJsonArray list = r.array(QStringLiteral("lines"), true);
    Money sum;
    bool sumOk = true;
    for (int i = 0; i < list.size(); ++i) {
        FieldErrors nested;
        const auto line
            = OrderLine::fromJson(list.at(i).toObject(), &nested, r.elementPath(QStringLiteral("lines"), i));
        r.mergeErrors(nested);
        if (!line)
            continue;
        o.lines.append(*line);
        const auto next = sum.plus(Money::fromCents(line->totalCents));
        sumOk = sumOk && next.has_value();
        if (next)
            sum = *next;
    }
    // A receipt is printed from this: its figures must agree to the cent.
    if (r.ok() && (!sumOk || sum.cents() != o.totalCents))
        r.addError(QStringLiteral("totalCents"), FieldCode::InvalidChoice);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return o;
}

QJsonObject OrderRequest::toJson() const
{
    QJsonArray list;
    for (const Line& l : lines)
        list.append(QJsonObject { { QStringLiteral("itemId"), l.itemId }, { QStringLiteral("quantity"), l.quantity } });
    QJsonObject o { { QStringLiteral("subscriptionId"), subscriptionId }, { QStringLiteral("lines"), list } };
    if (!beneficiaryId.isEmpty())
        o.insert(QStringLiteral("beneficiaryId"), beneficiaryId);
    if (byCard)
        o.insert(QStringLiteral("payment"), QStringLiteral("card"));
    return o;
}

FieldErrors OrderRequest::check() const
{
    FieldErrors errors;
    if (subscriptionId.isEmpty())
        errors.append({ QStringLiteral("subscriptionId"), FieldCode::Required });
    if (lines.isEmpty())
        errors.append({ QStringLiteral("lines"), FieldCode::Required });
    else if (lines.size() > MaxLines)
        errors.append({ QStringLiteral("lines"), FieldCode::TooLarge });
    QSet<QString> seen;
    for (int i = 0; i < lines.size(); ++i) {
        const QString at = QStringLiteral("lines[%1].").arg(i);
        if (lines.at(i).itemId.isEmpty())
            errors.append({ at + QStringLiteral("itemId"), FieldCode::Required });
        else if (seen.contains(lines.at(i).itemId))
            errors.append({ at + QStringLiteral("itemId"), FieldCode::InvalidChoice });
        seen.insert(lines.at(i).itemId);
        if (lines.at(i).quantity < 1)
            errors.append({ at + QStringLiteral("quantity"), FieldCode::Required });
        else if (lines.at(i).quantity > MaxQuantity)
            errors.append({ at + QStringLiteral("quantity"), FieldCode::TooLarge });
    }
    return errors;
}

std::optional<Money> OrderRequest::total(const QList<Offer>& offers) const
{
    Money sum;
    for (const Line& l : lines) {
        const Offer* offer = nullptr;
        for (const Offer& o : offers) {
            if (o.id == l.itemId)
                offer = &o;
        }
        if (!offer)
            return std::nullopt;
        const auto line = Money::fromCents(offer->unitPriceCents).times(l.quantity);
        const auto next = line ? sum.plus(*line) : std::nullopt;
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

std::optional<ChildcareStatement> ChildcareStatement::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    ChildcareStatement s;
    s.year = int(r.integer(QStringLiteral("year")));
    const QJsonArray children = r.array(QStringLiteral("children"), true);
    for (int i = 0; i < children.size(); ++i) {
        JsonReader c(children.at(i).toObject(), r.elementPath(QStringLiteral("children"), i));
        Child child;
        child.beneficiaryId = c.string(QStringLiteral("beneficiaryId"));
        child.firstName = c.string(QStringLiteral("firstName"));
        child.lastName = c.string(QStringLiteral("lastName"));
        child.birthDate = c.date(QStringLiteral("birthDate"));
        child.totalCents = amount(c, QStringLiteral("totalCents"));
        const QJsonArray lines = c.array(QStringLiteral("lines"), true);
        for (int j = 0; j < lines.size(); ++j) {
            JsonReader l(lines.at(j).toObject(), c.elementPath(QStringLiteral("lines"), j));
            Line line;
            line.orderNumber = l.string(QStringLiteral("orderNumber"));
            line.date = dayOf(l, QStringLiteral("date"));
            line.serviceName = l.string(QStringLiteral("serviceName"), false);
            line.label = l.string(QStringLiteral("label"));
            line.quantity = int(l.integer(QStringLiteral("quantity")));
            line.totalCents = amount(l, QStringLiteral("totalCents"));
            c.merge(l);
            child.lines.append(line);
        }
        r.merge(c);
        s.children.append(child);
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return s;
}

} // namespace citoyens
