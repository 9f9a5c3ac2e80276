#include "DocumentRequirement.h"

#include "JsonReader.h"

namespace citoyens {

QJsonObject DocumentRequirement::toJson() const
{
    return QJsonObject {
        { QStringLiteral("kind"), kind },
        { QStringLiteral("label"), label },
    };
}

std::optional<DocumentRequirement> DocumentRequirement::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                                 const QString& prefix)
{
    JsonReader r(json, prefix);
    DocumentRequirement d;
    d.kind = r.string(QStringLiteral("kind"));
    d.label = r.string(QStringLiteral("label"), false);
    if (d.label.isEmpty())
        d.label = defaultLabel(d.kind);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return d;
}

QString DocumentRequirement::defaultLabel(const QString& kind)
{
    if (kind == KindProofOfAddress)
        return QStringLiteral("Justificatif de domicile");
    if (kind == KindIncomeStatement)
        return QStringLiteral("Attestation de quotient familial ou déclaration de revenus");
    return {};
}

} // namespace citoyens
