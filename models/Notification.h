#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// A message from the town hall to a person, e.g. the decision on a request.
struct Notification
{
    static inline const QString KindDecision = QStringLiteral("decision");
    static inline const QString SubjectSubscription = QStringLiteral("subscription");
    static inline const QString SubjectBeneficiary = QStringLiteral("beneficiary");

    QString id;
    QString kind = KindDecision;
    QString subjectType;
    QString subjectId;
    QString status; // the subject's status the message announces
    QString title;
    QString body;
    QDateTime createdAt;
    QDateTime readAt; // invalid while unread

    bool isRead() const { return readAt.isValid(); }

    QJsonObject toJson() const;
    static std::optional<Notification> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                const QString& prefix = {});

    friend bool operator==(const Notification& a, const Notification& b)
    {
        return a.id == b.id && a.kind == b.kind && a.subjectType == b.subjectType && a.subjectId == b.subjectId
            && a.status == b.status && a.title == b.title && a.body == b.body && a.createdAt == b.createdAt
            && a.readAt == b.readAt;
    }
};

} // namespace citoyens
