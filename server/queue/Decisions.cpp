#include "Decisions.h"

#include "DecisionTexts.h"
#include "audit/AuditLog.h"
#include "beneficiaries/BeneficiaryStore.h"
#include "notifications/NotificationStore.h"
#include "subscriptions/SubscriptionStore.h"

namespace citoyens::server::Decisions {

Decision approval()
{
    Decision d;
    d.decision = DecisionTexts::Approve;
    d.status = DecisionTexts::statusFor(d.decision);
    return d;
}

bool onSubscription(const QSqlDatabase& db, const RequestContext& ctx, const QString& agentId, const QString& accountId,
                    const Subscription& s, const Decision& d, qint64 now)
{
    if (!SubscriptionStore::decide(db, s.id, d.status, d.reason, d.documentKind, now))
        return false;
    NotificationStore::add(db, accountId, DecisionTexts::forSubscription(s, d.status, d.reason), now);
    AuditLog::record(db, ctx, agentId, accountId, AuditLog::Decision, s.id, d.decision);
    return true;
}

bool onBeneficiary(const QSqlDatabase& db, const RequestContext& ctx, const QString& agentId, const QString& accountId,
                   const Beneficiary& b, const QString& communeId, const Decision& d, qint64 now)
{
    if (!BeneficiaryStore::decide(db, b.id, communeId, d.status, d.reason, agentId, now))
        return false;
    NotificationStore::add(db, accountId, DecisionTexts::forBeneficiary(b, d.status, d.reason), now);
    AuditLog::record(db, ctx, agentId, accountId, AuditLog::Decision, b.id, d.decision + QLatin1Char(' ') + communeId);
    return true;
}

QList<BeneficiaryStore::Approval> onIdentityChange(const QSqlDatabase& db, const RequestContext& ctx,
                                                   const QString& actorId, const QString& accountId,
                                                   const Beneficiary& b, qint64 now)
{
    const QList<BeneficiaryStore::Approval> withdrawn
        = BeneficiaryStore::withdrawApprovals(db, b.id, DecisionTexts::IdentityChangedReason, now);
    if (withdrawn.isEmpty())
        return withdrawn;
    QStringList names;
    QStringList ids;
    for (const BeneficiaryStore::Approval& a : withdrawn) {
        names.append(a.communeName);
        ids.append(a.communeId);
    }
    NotificationStore::add(db, accountId, DecisionTexts::forIdentityChange(b, names), now);
    AuditLog::record(db, ctx, actorId, accountId, AuditLog::ApprovalWithdrawn, b.id, ids.join(QLatin1Char(' ')));
    return withdrawn;
}

} // namespace citoyens::server::Decisions
