#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// A document a service asks for, by kind.
struct DocumentRequirement
{
    static inline const QString KindProofOfAddress = QStringLiteral("proof_of_address");
    static inline const QString KindIncomeStatement = QStringLiteral("income_statement");

    QString kind;
    QString label; // "Justificatif de domicile"

    QJsonObject toJson() const;
    static std::optional<DocumentRequirement> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                       const QString& prefix = {});
    // The French label of a known kind, empty for an unknown one.
    static QString defaultLabel(const QString& kind);

    friend bool operator==(const DocumentRequirement& a, const DocumentRequirement& b)
    {
        return a.kind == b.kind && a.label == b.label;
    }
};

} // namespace citoyens
