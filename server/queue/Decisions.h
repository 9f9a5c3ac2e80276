#pragma once

#include "beneficiaries/BeneficiaryStore.h"

#include "models/Beneficiary.h"
#include "models/Subscription.h"

#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

struct RequestContext;

// An agent's decision on a request or on a child, as it is written — by the decision routes
// and by the demo data alike — in the caller's transaction.
namespace Decisions {

struct Decision
{
    QString decision; // approve, reject, incomplete
    QString status; // the status it leads to
    QString reason;
    QString documentKind; // incomplete only: the document asked for
    QString communeId; // beneficiaries: the commune deciding
};

// The approval, with nothing more to say.
Decision approval();

// The request's new status, the citizen's notification and the audit entry. False when the
// request was decided meanwhile: the write itself decides who wins two decisions taken at the
// same instant.
bool onSubscription(const QSqlDatabase& db, const RequestContext& ctx, const QString& agentId, const QString& accountId,
                    const Subscription& s, const Decision& d, qint64 now);
// The same for a child, for the commune `communeId`.
bool onBeneficiary(const QSqlDatabase& db, const RequestContext& ctx, const QString& agentId, const QString& accountId,
                   const Beneficiary& b, const QString& communeId, const Decision& d, qint64 now);

// The identity of a child (names, birth date, photo, PAI) changed, by `actorId` for the family
// `accountId`: the approvals of the communes were of another child, so each of them decides
// again (the child back to pending in their queue). Withdraws them, tells the family why and
// writes the audit entry, in the caller's transaction; the communes it was withdrawn from
// (none: nothing written). `b` is the child as it is now.
QList<BeneficiaryStore::Approval> onIdentityChange(const QSqlDatabase& db, const RequestContext& ctx,
                                                   const QString& actorId, const QString& accountId,
                                                   const Beneficiary& b, qint64 now);

} // namespace Decisions

} // namespace citoyens::server
