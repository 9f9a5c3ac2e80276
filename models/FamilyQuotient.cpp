#include "FamilyQuotient.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"
#include "Validation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace citoyens {

QString FamilyQuotient::organisation() const
{
    return fournisseur == ProviderMsa ? QStringLiteral("MSA") : QStringLiteral("CAF");
}

QJsonObject FamilyQuotient::toSummaryJson() const
{
    return QJsonObject {
        { QStringLiteral("valeur"), valeur },
        { QStringLiteral("fournisseur"), fournisseur },
        { QStringLiteral("mois"), mois },
        { QStringLiteral("annee"), annee },
        { QStringLiteral("obtainedAt"), JsonValues::instant(obtainedAt) },
    };
}

QJsonObject FamilyQuotient::toJson() const
{
    QJsonObject o = toSummaryJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("expiresAt"), JsonValues::instant(expiresAt));
    return o;
}

std::optional<FamilyQuotient> FamilyQuotient::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                       const QString& prefix)
{
    JsonReader r(json, prefix);
    FamilyQuotient q;
    q.id = r.string(QStringLiteral("id"), false);
    q.valeur = int(r.integer(QStringLiteral("valeur")));
    q.fournisseur = r.string(QStringLiteral("fournisseur"));
    q.mois = int(r.integer(QStringLiteral("mois")));
    q.annee = int(r.integer(QStringLiteral("annee")));
    q.obtainedAt = r.dateTime(QStringLiteral("obtainedAt"), true);
    q.expiresAt = r.dateTime(QStringLiteral("expiresAt"));
    if (q.mois < 1 || q.mois > 12)
        r.addError(QStringLiteral("mois"), FieldCode::OutOfRange);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return q;
}

QJsonObject FamilyQuotientRequest::toJson() const
{
    return QJsonObject {
        { QStringLiteral("consent"), consent },
        { QStringLiteral("birthName"), birthName },
        { QStringLiteral("firstNames"), QJsonArray::fromStringList(firstNames) },
        { QStringLiteral("sex"), sex },
        { QStringLiteral("birthDate"), JsonValues::date(birthDate) },
        { QStringLiteral("birthCountry"), birthCountry },
        { QStringLiteral("birthCommune"), JsonValues::text(bornInFrance() ? birthCommune : QString()) },
    };
}

FamilyQuotientRequest FamilyQuotientRequest::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    FamilyQuotientRequest req;
    req.consent = r.boolean(QStringLiteral("consent"));
    req.birthName = r.string(QStringLiteral("birthName"), false).trimmed();
    for (const QString& name : r.stringList(QStringLiteral("firstNames")))
        req.firstNames.append(name.trimmed());
    req.sex = r.string(QStringLiteral("sex"), false);
    req.birthDate = r.date(QStringLiteral("birthDate"));
    req.birthCountry = r.string(QStringLiteral("birthCountry"), false).trimmed();
    req.birthCommune = r.string(QStringLiteral("birthCommune"), false).trimmed();
    if (errors)
        *errors = r.errors();
    return req;
}

FieldErrors FamilyQuotientRequest::check(const QDate& today, const CommuneList& communes) const
{
    FieldErrors e;
    const QString consentField = QStringLiteral("consent");
    if (!consent)
        e.append({ consentField, FieldCode::ConsentRequired });
    e += Validation::personName(birthName, QStringLiteral("birthName"));
    const QString namesField = QStringLiteral("firstNames");
    if (firstNames.isEmpty())
        e.append({ namesField, FieldCode::Required });
    else if (firstNames.size() > MaxFirstNames)
        e.append({ namesField, FieldCode::TooLarge });
    else {
        for (int i = 0; i < firstNames.size(); ++i)
            e += Validation::personName(firstNames.at(i), QStringLiteral("firstNames[%1]").arg(i));
    }
    const QString sexField = QStringLiteral("sex");
    if (sex.isEmpty())
        e.append({ sexField, FieldCode::Required });
    else if (sex != QLatin1String("M") && sex != QLatin1String("F"))
        e.append({ sexField, FieldCode::InvalidChoice });
    const QString dateField = QStringLiteral("birthDate");
    if (!birthDate.isValid())
        e.append({ dateField, FieldCode::Required });
    else
        e += Validation::birthDate(birthDate, today, dateField);
    static const QRegularExpression country(QStringLiteral("^99[0-9]{3}$"));
    const QString countryField = QStringLiteral("birthCountry");
    if (birthCountry.isEmpty())
        e.append({ countryField, FieldCode::Required });
    else if (!country.match(birthCountry).hasMatch())
        e.append({ countryField, FieldCode::InvalidCountry });
    const QString communeField = QStringLiteral("birthCommune");
    if (bornInFrance()) {
        if (birthCommune.isEmpty())
            e.append({ communeField, FieldCode::Required });
        else if (!communes.contains(birthCommune))
            e.append({ communeField, FieldCode::UnknownCommune });
    }
    return e;
}

} // namespace citoyens
