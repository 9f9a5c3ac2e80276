#include "Service.h"

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
    };
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
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return s;
}

} // namespace citoyens
