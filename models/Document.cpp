#include "Document.h"

#include "JsonReader.h"
#include "JsonValues.h"

namespace citoyens {

QJsonObject Document::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("filename"), filename },
        { QStringLiteral("contentType"), contentType },
        { QStringLiteral("size"), static_cast<double>(size) },
        { QStringLiteral("sha256"), sha256 },
        { QStringLiteral("createdAt"), JsonValues::instant(createdAt) },
    };
}

std::optional<Document> Document::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& prefix)
{
    JsonReader r(json, prefix);
    Document d;
    d.id = r.string(QStringLiteral("id"));
    d.kind = r.string(QStringLiteral("kind"));
    d.filename = r.string(QStringLiteral("filename"), false);
    d.contentType = r.string(QStringLiteral("contentType"));
    d.size = r.integer(QStringLiteral("size"));
    d.sha256 = r.string(QStringLiteral("sha256"));
    d.createdAt = r.dateTime(QStringLiteral("createdAt"));
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return d;
}

} // namespace citoyens
