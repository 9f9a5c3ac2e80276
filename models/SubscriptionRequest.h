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

    QJsonObject toJson() const;
    // Wrong JSON types of the income and the parts are reported as `not_a_number`.
    static SubscriptionRequest fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace citoyens
