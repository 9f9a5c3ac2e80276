#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace citoyens {

// What the person filled in on the subscription form. Kept by the page while the submission
// runs: on failure nothing is lost and submitting the same draft again reuses the documents
// already uploaded and the same Idempotency-Key.
struct SubscriptionDraft
{
    QString serviceId;
    std::optional<qint64> fiscalIncomeEuros; // whole euros (services with needsIncome)
    std::optional<int> fiscalPartsHalves; // 2.5 parts = 5
    QMap<QString, QString> documentFiles; // document kind -> local file path
    // The quotient the CAF/MSA gave: the income, the parts and the income statement are then
    // not asked.
    QString familyQuotientId;

    friend bool operator==(const SubscriptionDraft& a, const SubscriptionDraft& b)
    {
        return a.serviceId == b.serviceId && a.fiscalIncomeEuros == b.fiscalIncomeEuros
            && a.fiscalPartsHalves == b.fiscalPartsHalves && a.documentFiles == b.documentFiles
            && a.familyQuotientId == b.familyQuotientId;
    }
};

} // namespace citoyens
