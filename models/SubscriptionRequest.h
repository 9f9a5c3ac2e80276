#pragma once

#include "FieldError.h"
#include "SubscriptionDocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace citoyens {

// What a person sends to ask for a service (POST /me/subscriptions).
struct SubscriptionRequest
{
    QString serviceId;
    std::optional<qint64> fiscalIncomeEuros;
    std::optional<int> fiscalPartsHalves;
    QList<SubscriptionDocument> documents;
    // The account's own unexpired quotient from the CAF or the MSA (GET /me/family-quotient's id):
    // it prices the request instead of the income and parts, and stands for the income document.
    QString familyQuotientId;

    QJsonObject toJson() const;
    // Wrong JSON types of the income and the parts are reported as `not_a_number`.
    static SubscriptionRequest fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace citoyens
