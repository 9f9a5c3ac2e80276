#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// One document attached to a request, for one required kind.
struct SubscriptionDocument
{
    QString kind;
    QString documentId;

    QJsonObject toJson() const;
    static std::optional<SubscriptionDocument> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                        const QString& prefix = {});

    friend bool operator==(const SubscriptionDocument& a, const SubscriptionDocument& b)
    {
        return a.kind == b.kind && a.documentId == b.documentId;
    }
};

} // namespace citoyens
