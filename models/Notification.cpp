#include "Notification.h"

#include "JsonReader.h"
#include "JsonValues.h"

namespace citoyens {

QJsonObject Notification::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("subjectType"), subjectType },
        { QStringLiteral("subjectId"), subjectId },
        { QStringLiteral("status"), status },
        { QStringLiteral("title"), title },
        { QStringLiteral("body"), body },
        { QStringLiteral("createdAt"), JsonValues::instant(createdAt) },
        { QStringLiteral("readAt"), JsonValues::instant(readAt) },
    };
}

std::optional<Notification> Notification::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Notification n;
    n.id = r.string(QStringLiteral("id"));
    n.kind = r.string(QStringLiteral("kind"));
    n.subjectType = r.string(QStringLiteral("subjectType"));
    n.subjectId = r.string(QStringLiteral("subjectId"));
    n.status = r.string(QStringLiteral("status"), false);
    n.title = r.string(QStringLiteral("title"));
    n.body = r.string(QStringLiteral("body"), false);
    n.createdAt = r.dateTime(QStringLiteral("createdAt"));
    n.readAt = r.dateTime(QStringLiteral("readAt"));
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return n;
}

} // namespace citoyens
