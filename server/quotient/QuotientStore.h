#pragma once

#include "models/FamilyQuotient.h"

#include <QSqlDatabase>
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

} // namespace QuotientStore

} // namespace citoyens::server
