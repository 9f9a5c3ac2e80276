#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// One tariff bracket of a service: the quotient familial up to `upTo` euros inclusive.
// The last bracket is open (no `upTo`).
struct TariffBracket
{
    std::optional<int> upTo;
    QString label; // as the web platform writes it: "inf 399", "400 à 699", "sup 999"

    QJsonObject toJson() const;
    static std::optional<TariffBracket> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                 const QString& prefix = {});

    friend bool operator==(const TariffBracket& a, const TariffBracket& b)
    {
        return a.upTo == b.upTo && a.label == b.label;
    }
};

} // namespace citoyens
