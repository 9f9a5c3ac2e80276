#include "SubscriptionDocument.h"

#include "JsonReader.h"

namespace citoyens {

QJsonObject SubscriptionDocument::toJson() const
{
    return QJsonObject {
        { QStringLiteral("kind"), kind },
        { QStringLiteral("documentId"), documentId },
    };
}

std::optional<SubscriptionDocument> SubscriptionDocument::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                                   const QString& prefix)
{
    JsonReader r(json, prefix);
    SubscriptionDocument d;
    d.kind = r.string(QStringLiteral("kind"));
    d.documentId = r.string(QStringLiteral("documentId"));
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return d;
}

} // namespace citoyens
