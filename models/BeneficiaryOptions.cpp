#include "BeneficiaryOptions.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace citoyens {

BeneficiaryOptions BeneficiaryOptions::defaults()
{
    return BeneficiaryOptions {
        { QStringLiteral("Père"), QStringLiteral("Mère"), QStringLiteral("Tuteur"), QStringLiteral("Tutrice"),
          QStringLiteral("Enfant"), QStringLiteral("Autre") },
        { QStringLiteral("TPS"), QStringLiteral("PS"), QStringLiteral("MS"), QStringLiteral("GS"), QStringLiteral("CP"),
          QStringLiteral("CE1"), QStringLiteral("CE2"), QStringLiteral("CM1"), QStringLiteral("CM2"),
          QStringLiteral("Collège"), QStringLiteral("Lycée"), QStringLiteral("Adulte") },
    };
}

QJsonObject BeneficiaryOptions::toJson() const
{
    return QJsonObject {
        { QStringLiteral("relations"), QJsonArray::fromStringList(relations) },
        { QStringLiteral("classes"), QJsonArray::fromStringList(classes) },
    };
}

std::optional<BeneficiaryOptions> BeneficiaryOptions::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    BeneficiaryOptions o;
    o.relations = r.stringList(QStringLiteral("relations"), true);
    o.classes = r.stringList(QStringLiteral("classes"), true);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return o;
}

} // namespace citoyens
