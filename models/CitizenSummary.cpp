#include "CitizenSummary.h"

#include "JsonReader.h"

namespace citoyens {

QJsonObject CitizenSummary::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("firstName"), firstName },
        { QStringLiteral("lastName"), lastName },
        { QStringLiteral("email"), email },
        { QStringLiteral("birthDate"),
          birthDate.isValid() ? QJsonValue(birthDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
    };
}

std::optional<CitizenSummary> CitizenSummary::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                       const QString& prefix)
{
    JsonReader r(json, prefix);
    CitizenSummary c;
    c.id = r.string(QStringLiteral("id"));
    c.firstName = r.string(QStringLiteral("firstName"), false);
    c.lastName = r.string(QStringLiteral("lastName"), false);
    c.email = r.string(QStringLiteral("email"), false);
    c.birthDate = r.date(QStringLiteral("birthDate"));
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace citoyens
