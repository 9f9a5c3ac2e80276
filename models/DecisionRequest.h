#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace citoyens {

// A desk agent's decision on a request or a beneficiary: the body of
// POST /agent/subscriptions/{id}/decision and /agent/beneficiaries/{id}/decision.
struct DecisionRequest
{
    static inline const QString Approve = QStringLiteral("approve");
    static inline const QString Reject = QStringLiteral("reject");
    static inline const QString Incomplete = QStringLiteral("incomplete");
    static constexpr int MaxReasonLength = 1000;

    QString decision;
    QString reason; // required to reject or to mark incomplete
    QString documentKind; // incomplete only: the document asked for
    QString communeId; // beneficiaries: the commune deciding

    // The rules the server applies, with its field names: `decision` (invalid_choice),
    // `reason` (required, too_long), `documentKind` (invalid_choice: not incomplete, or not one
    // of `allowedKinds` when those are given).
    FieldErrors check(const QStringList& allowedKinds = {}) const;
    QJsonObject toJson() const;
};

} // namespace citoyens
