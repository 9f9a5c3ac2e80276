#include "Beneficiary.h"

#include "JsonReader.h"
#include "JsonValues.h"

namespace citoyens {

QJsonObject Beneficiary::toJson() const
{
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("lastName"), lastName },
        { QStringLiteral("firstName"), firstName },
        { QStringLiteral("birthDate"), JsonValues::date(birthDate) },
        { QStringLiteral("relation"), JsonValues::text(relation) },
        { QStringLiteral("schoolClass"), JsonValues::text(schoolClass) },
        { QStringLiteral("pai"), JsonValues::text(pai) },
        { QStringLiteral("group"), JsonValues::text(group) },
        { QStringLiteral("client"), JsonValues::text(client) },
        { QStringLiteral("hasPhoto"), hasPhoto },
        { QStringLiteral("status"), status },
        { QStringLiteral("statusReason"), JsonValues::text(statusReason) },
        { QStringLiteral("createdAt"), JsonValues::instant(createdAt) },
    };
    if (citizen)
        o.insert(QStringLiteral("citizen"), citizen->toJson());
    return o;
}

std::optional<Beneficiary> Beneficiary::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Beneficiary b;
    b.id = r.string(QStringLiteral("id"), false);
    b.lastName = r.string(QStringLiteral("lastName"));
    b.firstName = r.string(QStringLiteral("firstName"));
    b.birthDate = r.date(QStringLiteral("birthDate"));
    b.relation = r.string(QStringLiteral("relation"), false);
    b.schoolClass = r.string(QStringLiteral("schoolClass"), false);
    b.pai = r.string(QStringLiteral("pai"), false);
    b.group = r.string(QStringLiteral("group"), false);
    b.client = r.string(QStringLiteral("client"), false);
    b.hasPhoto = r.boolean(QStringLiteral("hasPhoto"));
    b.status = r.string(QStringLiteral("status"), false);
    if (b.status.isEmpty())
        b.status = StatusPending;
    b.statusReason = r.string(QStringLiteral("statusReason"), false);
    b.createdAt = r.dateTime(QStringLiteral("createdAt"));
    bool hasCitizen = false;
    JsonReader nested = r.object(QStringLiteral("citizen"), &hasCitizen);
    if (hasCitizen) {
        FieldErrors citizenErrors;
        b.citizen = CitizenSummary::fromJson(json.value(QStringLiteral("citizen")).toObject(), &citizenErrors,
                                             r.fieldPath(QStringLiteral("citizen")));
        r.mergeErrors(citizenErrors);
    }
    r.merge(nested);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return b;
}

bool Beneficiary::sameIdentity(const Beneficiary& a, const Beneficiary& b)
{
    // Spaces around a value are no change: the server trims names, the client every field.
    return a.lastName.trimmed() == b.lastName.trimmed() && a.firstName.trimmed() == b.firstName.trimmed()
        && a.birthDate == b.birthDate && a.pai.trimmed() == b.pai.trimmed();
}

bool operator==(const Beneficiary& a, const Beneficiary& b)
{
    return a.id == b.id && a.lastName == b.lastName && a.firstName == b.firstName && a.birthDate == b.birthDate
        && a.relation == b.relation && a.schoolClass == b.schoolClass && a.pai == b.pai && a.group == b.group
        && a.client == b.client && a.hasPhoto == b.hasPhoto && a.status == b.status && a.statusReason == b.statusReason
        && a.createdAt == b.createdAt && a.citizen == b.citizen;
}

} // namespace citoyens
