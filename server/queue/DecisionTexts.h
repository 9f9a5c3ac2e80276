#pragma once

#include "models/Beneficiary.h"
#include "models/Notification.h"
#include "models/Subscription.h"

#include <QString>
#include <QStringList>

namespace citoyens::server {

// What a town hall's decision is called, and the French message it sends to the citizen.
namespace DecisionTexts {

inline const QString Approve = QStringLiteral("approve");
inline const QString Reject = QStringLiteral("reject");
inline const QString Incomplete = QStringLiteral("incomplete");

// "approve" -> "approved"...; empty for an unknown decision.
QString statusFor(const QString& decision);
// The notification of a decision (id and createdAt left for the caller).
Notification forSubscription(const Subscription& s, const QString& status, const QString& reason);
Notification forBeneficiary(const Beneficiary& b, const QString& status, const QString& reason);

// What the agents of a commune whose approval an identity change withdrew read in their queue.
inline const QString IdentityChangedReason
    = QStringLiteral("Identité modifiée par la famille après validation : à vérifier de nouveau.");
// The family's notification when changing the identity of `b` (its new one) withdrew the
// approvals of `communeNames` (at least one).
Notification forIdentityChange(const Beneficiary& b, const QStringList& communeNames);

} // namespace DecisionTexts

} // namespace citoyens::server
