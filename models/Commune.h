#pragma once

#include "FieldError.h"
#include "Service.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace citoyens {

// A commune of the agglomeration and the services it offers.
struct Commune
{
    QString id;
    QString name; // in capitals, as the web platform writes it: "ROSIÈRES"
    QList<Service> services;

    QJsonObject toJson() const;
    static std::optional<Commune> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                           const QString& prefix = {});

    friend bool operator==(const Commune& a, const Commune& b)
    {
        return a.id == b.id && a.name == b.name && a.services == b.services;
    }
};

} // namespace citoyens
