#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// A file a person sent (a proof of address, an income statement). `filename` is only the
// name the person gave; the server stores the bytes under a name of its own.
struct Document
{
    QString id;
    QString kind;
    QString filename;
    QString contentType; // as sniffed from the content
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<Document> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                            const QString& prefix = {});

    friend bool operator==(const Document& a, const Document& b)
    {
        return a.id == b.id && a.kind == b.kind && a.filename == b.filename && a.contentType == b.contentType
            && a.size == b.size && a.sha256 == b.sha256 && a.createdAt == b.createdAt;
    }
};

} // namespace citoyens
