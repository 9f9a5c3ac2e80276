#pragma once

#include "models/Beneficiary.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens::server {

class Database;

struct StoredBeneficiary
{
    Beneficiary beneficiary;
    QString accountId;
    QString photoStorageName;
    QString photoContentType;
};

// SQL for the beneficiaries table. The PAI is health information: it is stored and sent
// back to its owner and the agents, and never logged. Every change bumps the owner's list
// version (list_versions, in the caller's transaction) so that cached lists stay right.
namespace BeneficiaryStore {

void insert(const QSqlDatabase& db, const StoredBeneficiary& b, qint64 now);
void update(const QSqlDatabase& db, const Beneficiary& b, qint64 now);
std::optional<StoredBeneficiary> find(const QSqlDatabase& db, const QString& id);
QList<Beneficiary> listForAccount(const QSqlDatabase& db, const QString& accountId);
// The version of an account's list (0 before its first change); read it before the list.
qint64 listVersion(Database& database, const QString& accountId);
// Pending and incomplete beneficiaries of people with a request in one of `communeIds`.
QList<Beneficiary> queue(const QSqlDatabase& db, const QStringList& communeIds);
void setStatus(const QSqlDatabase& db, const QString& id, const QString& status, const QString& reason, qint64 now);
void setPhoto(const QSqlDatabase& db, const QString& id, const QString& storageName, const QString& contentType,
              qint64 now);
void remove(const QSqlDatabase& db, const QString& id);

} // namespace BeneficiaryStore

} // namespace citoyens::server
