#include "Commune.h"

#include "JsonReader.h"
#include "JsonValues.h"

namespace citoyens {

QJsonObject Commune::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("services"), JsonValues::array(services) },
    };
}

std::optional<Commune> Commune::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Commune c;
    c.id = r.string(QStringLiteral("id"));
    c.name = r.string(QStringLiteral("name"));
    c.services = JsonValues::readList<Service>(r, QStringLiteral("services"));
    for (Service& s : c.services) {
        if (s.communeId.isEmpty())
            s.communeId = c.id;
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace citoyens
