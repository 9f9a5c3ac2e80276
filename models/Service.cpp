#include "Service.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"

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
    };
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
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return s;
}

} // namespace citoyens
