#pragma once

#include "models/IncomeRule.h"
#include "models/Service.h"
#include "models/Subscription.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens::server {

struct StoredSubscription
{
    Subscription subscription;
    QString accountId;
    QString familyQuotientId; // the quotient it was priced from (subscription.familyQuotient), if one
};

// SQL for the subscriptions and subscription_documents tables. Service and commune names
// come from the catalogue tables.
namespace SubscriptionStore {

// A new pending request for `service` of `communeName`, its income assessed and `documents`
// attached, made `now`, as POST /me/subscriptions and the demo family make it (not stored).
Subscription newPending(const Service& service, const QString& communeName, const IncomeAssessment& income,
                        const QList<SubscriptionDocument>& documents, qint64 now);

void insert(const QSqlDatabase& db, const StoredSubscription& s);
std::optional<StoredSubscription> find(const QSqlDatabase& db, const QString& id);
// A person's requests, newest first.
QList<Subscription> listForAccount(const QSqlDatabase& db, const QString& accountId);
// Pending and incomplete requests of `communeIds`, oldest first, with their citizen.
QList<Subscription> queue(const QSqlDatabase& db, const QStringList& communeIds);
void setStatus(const QSqlDatabase& db, const QString& id, const QString& status, const QString& reason, qint64 now);
// Decides a pending or incomplete request in one conditional write: false when it was
// already approved or rejected, also by a concurrent decision that committed first (the row
// lock makes the second writer see the first one's status).
bool decide(const QSqlDatabase& db, const QString& id, const QString& status, const QString& reason,
            const QString& missingDocumentKind, qint64 now);
// The account's requests in `communeIds`, newest first.
QList<Subscription> listForAccountIn(const QSqlDatabase& db, const QString& accountId, const QStringList& communeIds);
void addDocument(const QSqlDatabase& db, const QString& id, const QString& kind, const QString& documentId);
void remove(const QSqlDatabase& db, const QString& id);
// Whether the account has any request in one of `communeIds`.
bool accountHasOneIn(const QSqlDatabase& db, const QString& accountId, const QStringList& communeIds);

} // namespace SubscriptionStore

} // namespace citoyens::server
