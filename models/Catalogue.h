#pragma once

#include "Commune.h"
#include "FieldError.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace citoyens {

// Every commune with its services: the answer of GET /communes and the format of a
// catalogue file loaded by the server.
struct Catalogue
{
    QList<Commune> communes;

    QJsonObject toJson() const;
    static std::optional<Catalogue> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);

    const Service* findService(const QString& serviceId) const;
    const Commune* findCommune(const QString& communeId) const;

    friend bool operator==(const Catalogue& a, const Catalogue& b) { return a.communes == b.communes; }
};

} // namespace citoyens
