#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace citoyens {

// The choices offered for a beneficiary's relation and school class (GET /beneficiary-options).
struct BeneficiaryOptions
{
    QStringList relations;
    QStringList classes;

    // The lists both sides use unless the server sends others.
    static BeneficiaryOptions defaults();

    QJsonObject toJson() const;
    static std::optional<BeneficiaryOptions> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);

    friend bool operator==(const BeneficiaryOptions& a, const BeneficiaryOptions& b)
    {
        return a.relations == b.relations && a.classes == b.classes;
    }
};

} // namespace citoyens
