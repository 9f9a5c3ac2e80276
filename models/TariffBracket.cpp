#include "TariffBracket.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"

#include <limits>

namespace citoyens {

QJsonObject TariffBracket::toJson() const
{
    return QJsonObject {
        { QStringLiteral("upTo"), JsonValues::optionalNumber(upTo) },
        { QStringLiteral("label"), label },
    };
}

std::optional<TariffBracket> TariffBracket::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                     const QString& prefix)
{
    JsonReader r(json, prefix);
    TariffBracket b;
    const std::optional<qint64> upTo = r.optionalInteger(QStringLiteral("upTo"));
    if (upTo && (*upTo < 0 || *upTo > std::numeric_limits<int>::max()))
        r.addError(QStringLiteral("upTo"), FieldCode::InvalidType);
    else if (upTo)
        b.upTo = static_cast<int>(*upTo);
    b.label = r.string(QStringLiteral("label"));
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return b;
}

} // namespace citoyens
