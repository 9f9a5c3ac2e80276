#include "IncomeRule.h"

#include "FieldCodes.h"
#include "Quotient.h"
#include "Validation.h"

namespace citoyens::IncomeRule {

FieldErrors check(const Service& service, std::optional<qint64> incomeEuros, std::optional<int> partsHalves)
{
    FieldErrors errors;
    if (!service.needsIncome)
        return errors;
    if (!incomeEuros)
        errors.append({ QStringLiteral("fiscalIncomeEuros"), FieldCode::Required });
    else
        errors += Validation::fiscalIncome(*incomeEuros);
    if (!partsHalves)
        errors.append({ QStringLiteral("fiscalPartsHalves"), FieldCode::Required });
    else
        errors += Validation::fiscalPartsHalves(*partsHalves);
    return errors;
}

IncomeAssessment assess(const Service& service, std::optional<qint64> incomeEuros, std::optional<int> partsHalves)
{
    IncomeAssessment a;
    if (!service.needsIncome || !incomeEuros || !partsHalves)
        return a;
    a.fiscalIncomeEuros = incomeEuros;
    a.fiscalPartsHalves = partsHalves;
    a.quotient = Quotient::familial(*incomeEuros, *partsHalves);
    if (a.quotient) {
        if (const TariffBracket* bracket = Quotient::bracketFor(service.brackets, *a.quotient))
            a.bracketLabel = bracket->label;
    }
    return a;
}

IncomeAssessment assessQuotient(const Service& service, int quotient)
{
    IncomeAssessment a;
    if (!service.needsIncome || quotient < 0)
        return a;
    a.quotient = quotient;
    if (const TariffBracket* bracket = Quotient::bracketFor(service.brackets, quotient))
        a.bracketLabel = bracket->label;
    return a;
}

} // namespace citoyens::IncomeRule
