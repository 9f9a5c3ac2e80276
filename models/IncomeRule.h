#pragma once

#include "FieldError.h"
#include "Service.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace citoyens {

// What a request for a service that needs the income declares, and what it is worth.
struct IncomeAssessment
{
    std::optional<qint64> fiscalIncomeEuros;
    std::optional<int> fiscalPartsHalves;
    std::optional<int> quotient;
    QString bracketLabel; // empty when no bracket of the service fits
};

// The income rule of a service request, written once for the client and the server: a service
// with `needsIncome` asks the revenu fiscal de référence and the number of parts, each within
// Validation's bounds; the quotient familial and the service's bracket follow from them. A
// service without it asks neither, and whatever was given is ignored.
namespace IncomeRule {

// The broken rules, with the API's field names ("fiscalIncomeEuros", "fiscalPartsHalves").
FieldErrors check(const Service& service, std::optional<qint64> incomeEuros, std::optional<int> partsHalves);

// The declared figures, quotient and bracket of a request that passed check(); all empty for a
// service without `needsIncome`.
IncomeAssessment assess(const Service& service, std::optional<qint64> incomeEuros, std::optional<int> partsHalves);
// The quotient and bracket of a request priced from a family quotient the CAF or the MSA gave
// (no declared figures); empty for a service without `needsIncome`.
IncomeAssessment assessQuotient(const Service& service, int quotient);

} // namespace IncomeRule

} // namespace citoyens
