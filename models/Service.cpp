#include "Service.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"

#include <QJsonArray>

namespace citoyens {

QJsonObject Service::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("communeId"), communeId },
        { QStringLiteral("name"), name },
        { QStringLiteral("requiredDocuments"), JsonValues::array(requiredDocuments) },
        { QStringLiteral("brackets"), JsonValues::array(brackets) },
        { QStringLiteral("needsIncome"), needsIncome },
        { QStringLiteral("items"), JsonValues::array(items) },
        { QStringLiteral("booking"), booking ? QJsonValue(booking->toJson()) : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject ServiceBooking::toJson() const
{
    return QJsonObject {
        { QStringLiteral("items"), QJsonArray::fromStringList(items) },
        { QStringLiteral("policy"), policy.toJson() },
    };
}

std::optional<ServiceBooking> ServiceBooking::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                       const QString& prefix)
{
    JsonReader r(json, prefix);
    ServiceBooking b;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() != QLatin1String("items") && it.key() != QLatin1String("policy"))
            r.addError(it.key(), FieldCode::NotAllowed);
    }
    const QJsonArray items = r.array(QStringLiteral("items"), true);
    if (r.has(QStringLiteral("items")) && json.value(QStringLiteral("items")).isArray()) {
        if (items.isEmpty())
            r.addError(QStringLiteral("items"), FieldCode::Required);
        else if (items.size() > MaxItems)
            r.addError(QStringLiteral("items"), FieldCode::TooLong);
    }
    for (int i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isString() || items.at(i).toString().isEmpty()) {
            r.addError(field, FieldCode::InvalidType);
            continue;
        }
        if (b.items.contains(items.at(i).toString()))
            r.addError(field, FieldCode::Duplicate);
        b.items.append(items.at(i).toString());
    }
    const QJsonValue policy = json.value(QStringLiteral("policy"));
    if (!policy.isObject()) {
        r.addError(QStringLiteral("policy"),
                   policy.isUndefined() || policy.isNull() ? FieldCode::Required : FieldCode::InvalidType);
    } else {
        FieldErrors policyErrors;
        if (const std::optional<BookingPolicy> p
            = BookingPolicy::fromJson(policy.toObject(), &policyErrors, r.fieldPath(QStringLiteral("policy"))))
            b.policy = *p;
        r.mergeErrors(policyErrors);
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return b;
}

const ServiceItem* Service::item(const QString& itemId) const
{
    for (const ServiceItem& i : items) {
        if (i.id == itemId)
            return &i;
    }
    return nullptr;
}

std::optional<Service> Service::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Service s;
    s.id = r.string(QStringLiteral("id"));
    s.communeId = r.string(QStringLiteral("communeId"), false);
    s.name = r.string(QStringLiteral("name"));
    s.requiredDocuments = JsonValues::readList<DocumentRequirement>(r, QStringLiteral("requiredDocuments"));
    s.brackets = JsonValues::readList<TariffBracket>(r, QStringLiteral("brackets"));
    s.needsIncome = r.boolean(QStringLiteral("needsIncome"));
    s.items = JsonValues::readList<ServiceItem>(r, QStringLiteral("items"));
    if (s.items.size() > MaxItems)
        r.addError(QStringLiteral("items"), FieldCode::TooLong);
    const qsizetype prices = std::max<qsizetype>(1, s.brackets.size());
    QStringList seen;
    for (int i = 0; i < s.items.size(); ++i) {
        const ServiceItem& item = s.items.at(i);
        const QString at = QStringLiteral("items[%1].").arg(i);
        if (seen.contains(item.id))
            r.addError(at + QStringLiteral("id"), FieldCode::Duplicate);
        seen.append(item.id);
        if (item.pricesCents.size() != prices)
            r.addError(at + QStringLiteral("pricesCents"), FieldCode::CountMismatch);
    }
    if (r.has(QStringLiteral("booking"))) {
        const QJsonValue booking = json.value(QStringLiteral("booking"));
        if (!booking.isObject()) {
            r.addError(QStringLiteral("booking"), FieldCode::InvalidType);
        } else {
            FieldErrors bookingErrors;
            s.booking
                = ServiceBooking::fromJson(booking.toObject(), &bookingErrors, r.fieldPath(QStringLiteral("booking")));
            r.mergeErrors(bookingErrors);
            for (int i = 0; s.booking && i < s.booking->items.size(); ++i) {
                if (!s.item(s.booking->items.at(i)))
                    r.addError(QStringLiteral("booking.items[%1]").arg(i), FieldCode::NotFound);
            }
        }
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return s;
}

} // namespace citoyens
