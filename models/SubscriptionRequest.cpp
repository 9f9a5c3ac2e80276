#include "SubscriptionRequest.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"

#include <algorithm>

namespace citoyens {

namespace {

// A number the person typed: a wrong JSON type is reported as not_a_number.
std::optional<qint64> readNumber(const QJsonObject& json, JsonReader& r, const QString& field)
{
    JsonReader numbers(json);
    const std::optional<qint64> v = numbers.optionalInteger(field);
    if (!numbers.ok())
        r.addError(field, FieldCode::NotANumber);
    return v;
}

} // namespace

QJsonObject SubscriptionRequest::toJson() const
{
    return QJsonObject {
        { QStringLiteral("serviceId"), serviceId },
        { QStringLiteral("fiscalIncomeEuros"), JsonValues::optionalNumber(fiscalIncomeEuros) },
        { QStringLiteral("fiscalPartsHalves"), JsonValues::optionalNumber(fiscalPartsHalves) },
        { QStringLiteral("familyQuotientId"), JsonValues::text(familyQuotientId) },
        { QStringLiteral("documents"), JsonValues::array(documents) },
    };
}

SubscriptionRequest SubscriptionRequest::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    SubscriptionRequest req;
    req.serviceId = r.string(QStringLiteral("serviceId"));
    req.fiscalIncomeEuros = readNumber(json, r, QStringLiteral("fiscalIncomeEuros"));
    if (const std::optional<qint64> halves = readNumber(json, r, QStringLiteral("fiscalPartsHalves")))
        req.fiscalPartsHalves = static_cast<int>(std::clamp<qint64>(*halves, -1, 1000));
    req.familyQuotientId = r.string(QStringLiteral("familyQuotientId"), false);
    req.documents = JsonValues::readList<SubscriptionDocument>(r, QStringLiteral("documents"));
    if (errors)
        *errors = r.errors();
    return req;
}

} // namespace citoyens
