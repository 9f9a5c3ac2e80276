#include "Subscription.h"

#include "JsonReader.h"
#include "JsonValues.h"

#include <QStringList>

namespace citoyens {

namespace {

bool isSmallWord(const QString& lower)
{
    static const QStringList small { QStringLiteral("de"),   QStringLiteral("du"), QStringLiteral("des"),
                                     QStringLiteral("la"),   QStringLiteral("le"), QStringLiteral("les"),
                                     QStringLiteral("à"),    QStringLiteral("au"), QStringLiteral("aux"),
                                     QStringLiteral("pour"), QStringLiteral("et") };
    return small.contains(lower);
}

QString capitalized(const QString& lower)
{
    // Each part of a hyphenated word: "hors-commune" -> "Hors-Commune".
    QStringList parts = lower.split(QLatin1Char('-'));
    for (QString& p : parts) {
        if (!p.isEmpty())
            p[0] = p.at(0).toUpper();
    }
    return parts.join(QLatin1Char('-'));
}

} // namespace

QString Subscription::titleCase(const QString& text)
{
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString lower = words.at(i).toLower();
        words[i] = (i > 0 && isSmallWord(lower)) ? lower : capitalized(lower);
    }
    return words.join(QLatin1Char(' '));
}

QString Subscription::displayName() const
{
    QStringList parts { titleCase(communeName), titleCase(serviceName) };
    if (!bracketLabel.isEmpty())
        parts.append(bracketLabel);
    return parts.join(QStringLiteral(" / "));
}

QJsonObject Subscription::toJson() const
{
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("serviceId"), serviceId },
        { QStringLiteral("communeId"), communeId },
        { QStringLiteral("serviceName"), serviceName },
        { QStringLiteral("communeName"), communeName },
        { QStringLiteral("status"), status },
        { QStringLiteral("statusReason"), JsonValues::text(statusReason) },
        { QStringLiteral("missingDocumentKind"), JsonValues::text(missingDocumentKind) },
        { QStringLiteral("fiscalIncomeEuros"), JsonValues::optionalNumber(fiscalIncomeEuros) },
        { QStringLiteral("fiscalPartsHalves"), JsonValues::optionalNumber(fiscalPartsHalves) },
        { QStringLiteral("quotient"), JsonValues::optionalNumber(quotient) },
        { QStringLiteral("bracketLabel"), JsonValues::text(bracketLabel) },
        { QStringLiteral("familyQuotient"),
          familyQuotient ? QJsonValue(familyQuotient->toSummaryJson()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("documents"), JsonValues::array(documents) },
        { QStringLiteral("createdAt"), JsonValues::instant(createdAt) },
        { QStringLiteral("updatedAt"), JsonValues::instant(updatedAt) },
    };
    if (citizen)
        o.insert(QStringLiteral("citizen"), citizen->toJson());
    return o;
}

std::optional<Subscription> Subscription::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Subscription s;
    s.id = r.string(QStringLiteral("id"));
    s.serviceId = r.string(QStringLiteral("serviceId"));
    s.communeId = r.string(QStringLiteral("communeId"), false);
    s.serviceName = r.string(QStringLiteral("serviceName"), false);
    s.communeName = r.string(QStringLiteral("communeName"), false);
    s.status = r.string(QStringLiteral("status"));
    s.statusReason = r.string(QStringLiteral("statusReason"), false);
    s.missingDocumentKind = r.string(QStringLiteral("missingDocumentKind"), false);
    s.fiscalIncomeEuros = r.optionalInteger(QStringLiteral("fiscalIncomeEuros"));
    if (const std::optional<qint64> v = r.optionalInteger(QStringLiteral("fiscalPartsHalves")))
        s.fiscalPartsHalves = static_cast<int>(*v);
    if (const std::optional<qint64> v = r.optionalInteger(QStringLiteral("quotient")))
        s.quotient = static_cast<int>(*v);
    s.bracketLabel = r.string(QStringLiteral("bracketLabel"), false);
    bool hasQuotient = false;
    r.object(QStringLiteral("familyQuotient"), &hasQuotient);
    if (hasQuotient) {
        FieldErrors quotientErrors;
        s.familyQuotient = FamilyQuotient::fromJson(json.value(QStringLiteral("familyQuotient")).toObject(),
                                                    &quotientErrors, r.fieldPath(QStringLiteral("familyQuotient")));
        r.mergeErrors(quotientErrors);
    }
    s.documents = JsonValues::readList<SubscriptionDocument>(r, QStringLiteral("documents"));
    s.createdAt = r.dateTime(QStringLiteral("createdAt"));
    s.updatedAt = r.dateTime(QStringLiteral("updatedAt"));
    bool hasCitizen = false;
    JsonReader nested = r.object(QStringLiteral("citizen"), &hasCitizen);
    if (hasCitizen) {
        FieldErrors citizenErrors;
        s.citizen = CitizenSummary::fromJson(json.value(QStringLiteral("citizen")).toObject(), &citizenErrors,
                                             r.fieldPath(QStringLiteral("citizen")));
        r.mergeErrors(citizenErrors);
    }
    r.merge(nested);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return s;
}

bool operator==(const Subscription& a, const Subscription& b)
{
    return a.id == b.id && a.serviceId == b.serviceId && a.communeId == b.communeId && a.serviceName == b.serviceName
        && a.communeName == b.communeName && a.status == b.status && a.statusReason == b.statusReason
        && a.missingDocumentKind == b.missingDocumentKind && a.fiscalIncomeEuros == b.fiscalIncomeEuros
        && a.fiscalPartsHalves == b.fiscalPartsHalves && a.quotient == b.quotient && a.bracketLabel == b.bracketLabel
        && a.familyQuotient == b.familyQuotient && a.documents == b.documents && a.createdAt == b.createdAt
        && a.updatedAt == b.updatedAt && a.citizen == b.citizen;
}

} // namespace citoyens
