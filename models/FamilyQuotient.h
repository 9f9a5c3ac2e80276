#pragma once

#include "CommuneList.h"
#include "FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens {

// A family quotient the CAF or the MSA gave through API Particulier, as the commune keeps it:
// the value, who computed it and for which month, when it was obtained and until when it is used.
// Nothing else of the answer is kept (no address, no children: minimisation).
struct FamilyQuotient
{
    static inline const QString ProviderCnaf = QStringLiteral("CNAF");
    static inline const QString ProviderMsa = QStringLiteral("MSA");

    QString id;
    int valeur = 0; // euros
    QString fournisseur; // ProviderCnaf or ProviderMsa
    int mois = 0; // 1..12: the month the quotient is computed for
    int annee = 0;
    QDateTime obtainedAt;
    QDateTime expiresAt;

    bool isValidAt(const QDateTime& now) const { return expiresAt.isValid() && now < expiresAt; }
    // "CAF" or "MSA": the organisation a person knows (the API names the CAF's network CNAF).
    QString organisation() const;

    // {id, valeur, fournisseur, mois, annee, obtainedAt, expiresAt}
    QJsonObject toJson() const;
    // {valeur, fournisseur, mois, annee, obtainedAt}: what a subscription shows of its quotient.
    QJsonObject toSummaryJson() const;
    // Reads either form: id and expiresAt may be absent (a subscription's summary).
    static std::optional<FamilyQuotient> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                  const QString& prefix = {});

    friend bool operator==(const FamilyQuotient& a, const FamilyQuotient& b)
    {
        return a.id == b.id && a.valeur == b.valeur && a.fournisseur == b.fournisseur && a.mois == b.mois
            && a.annee == b.annee && a.obtainedAt == b.obtainedAt && a.expiresAt == b.expiresAt;
    }
};

// What a person (or an agent at the desk, for them) sends to obtain the quotient
// (POST /me/family-quotient, POST /agent/citizens/{id}/family-quotient): their consent and their
// civil identity as API Particulier asks for it.
struct FamilyQuotientRequest
{
    static inline const QString CountryFrance = QStringLiteral("99100"); // INSEE COG
    static constexpr int MaxFirstNames = 10;

    bool consent = false;
    QString birthName;
    QStringList firstNames; // one per given name, in order
    QString sex; // "M" or "F", as the civil status says
    QDate birthDate;
    QString birthCountry; // INSEE COG country code, 99xxx
    QString birthCommune; // INSEE COG commune code, when born in France; ignored otherwise

    bool bornInFrance() const { return birthCountry == CountryFrance; }

    QJsonObject toJson() const;
    // Wrong JSON types are reported by field; missing fields are left to check().
    static FamilyQuotientRequest fromJson(const QJsonObject& json, FieldErrors* errors);
    // The rules, by API field name: consent (consent_required), birthName, firstNames (required,
    // firstNames[i] each a name, at most MaxFirstNames: too_large), sex (invalid_choice), birthDate
    // (required, in_future, too_old), birthCountry (invalid_country unless 99 and three digits),
    // birthCommune (required, or unknown_commune when not in `communes`, when born in France).
    FieldErrors check(const QDate& today, const CommuneList& communes = CommuneList::official()) const;
};

} // namespace citoyens
