#pragma once

#include "FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// Who a request belongs to, as an agent's queue shows it.
struct CitizenSummary
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QDate birthDate; // invalid when not given

    QJsonObject toJson() const;
    static std::optional<CitizenSummary> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                  const QString& prefix = {});

    friend bool operator==(const CitizenSummary& a, const CitizenSummary& b)
    {
        return a.id == b.id && a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email
            && a.birthDate == b.birthDate;
    }
};

} // namespace citoyens
