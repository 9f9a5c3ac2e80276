#pragma once

#include "CitizenSummary.h"
#include "FamilyQuotient.h"
#include "FieldError.h"
#include "SubscriptionDocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace citoyens {

// A person's request for a service, and where the town hall stands on it.
struct Subscription
{
    static inline const QString StatusPending = QStringLiteral("pending");
    static inline const QString StatusApproved = QStringLiteral("approved");
    static inline const QString StatusRejected = QStringLiteral("rejected");
    static inline const QString StatusIncomplete = QStringLiteral("incomplete");

    QString id;
    QString serviceId;
    QString communeId;
    QString serviceName;
    QString communeName;
    QString status = StatusPending;
    QString statusReason; // why it was rejected, or what is missing
    QString missingDocumentKind; // the document an "incomplete" decision asks for, if one
    std::optional<qint64> fiscalIncomeEuros;
    std::optional<int> fiscalPartsHalves;
    std::optional<int> quotient;
    QString bracketLabel;
    // The quotient obtained from the CAF or the MSA the request was priced from (its summary: no id,
    // no expiry), instead of a typed income and a document.
    std::optional<FamilyQuotient> familyQuotient;
    QList<SubscriptionDocument> documents;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<CitizenSummary> citizen; // only in an agent's queue

    // "Rosières / Inscription Accueil de Loisirs Résident Commune / inf 399"
    QString displayName() const;
    // Title case with French small words in lower case: "ROSIÈRES" -> "Rosières".
    static QString titleCase(const QString& text);

    QJsonObject toJson() const;
    static std::optional<Subscription> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                const QString& prefix = {});

    friend bool operator==(const Subscription& a, const Subscription& b);
};

} // namespace citoyens
