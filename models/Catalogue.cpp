#include "Catalogue.h"

#include "JsonReader.h"
#include "JsonValues.h"

namespace citoyens {

QJsonObject Catalogue::toJson() const
{
    return QJsonObject { { QStringLiteral("communes"), JsonValues::array(communes) } };
}

std::optional<Catalogue> Catalogue::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    Catalogue c;
    c.communes = JsonValues::readList<Commune>(r, QStringLiteral("communes"), true);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return c;
}

const Service* Catalogue::findService(const QString& serviceId) const
{
    for (const Commune& c : communes) {
        for (const Service& s : c.services) {
            if (s.id == serviceId)
                return &s;
        }
    }
    return nullptr;
}

const Commune* Catalogue::findCommune(const QString& communeId) const
{
    for (const Commune& c : communes) {
        if (c.id == communeId)
            return &c;
    }
    return nullptr;
}

} // namespace citoyens
