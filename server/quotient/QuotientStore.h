#pragma once

#include "models/FamilyQuotient.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace citoyens::server {

struct StoredQuotient
{
    FamilyQuotient quotient;
    QString accountId; // whose quotient it is
    QString obtainedBy; // the account that asked: the citizen, or an agent
};

// SQL for the family_quotients table: what is kept of an answer of API Particulier.
namespace QuotientStore {

void insert(const QSqlDatabase& db, const StoredQuotient& stored);
std::optional<StoredQuotient> find(const QSqlDatabase& db, const QString& id);
// The account's newest quotient still valid at `nowMs`.
std::optional<FamilyQuotient> current(const QSqlDatabase& db, const QString& accountId, qint64 nowMs);
// A quotient's summary (valeur, fournisseur, mois, annee, obtained_at) read from five columns of
// `q` from `first` on, as a query joining family_quotients selects them.
FamilyQuotient summaryAt(const QSqlQuery& q, int first);

} // namespace QuotientStore

} // namespace citoyens::server
