#pragma once

#include "models/Beneficiary.h"

#include <QList>
#include <QPair>
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
// A beneficiary waiting for one commune's decision.
struct CommuneItem
{
    Beneficiary beneficiary; // status and statusReason: the commune's
    QString communeId;
};
// The beneficiaries of people with a live request (pending, incomplete, approved) in one of
// `communeIds`, once per such commune where they are not decided yet (pending or
// incomplete there), oldest first.
QList<CommuneItem> queue(const QSqlDatabase& db, const QStringList& communeIds);
// The commune's decision on the beneficiary: pending when none was taken.
QPair<QString, QString> communeStatus(const QSqlDatabase& db, const QString& id, const QString& communeId);
// Decides for one commune, unless that commune already approved or rejected it (false),
// also against a concurrent decision; the beneficiary's own status follows the decision.
bool decide(const QSqlDatabase& db, const QString& id, const QString& communeId, const QString& status,
            const QString& reason, const QString& agentId, qint64 now);
// The account's beneficiaries.
QList<StoredBeneficiary> storedForAccount(const QSqlDatabase& db, const QString& accountId);
void setStatus(const QSqlDatabase& db, const QString& id, const QString& status, const QString& reason, qint64 now);
void setPhoto(const QSqlDatabase& db, const QString& id, const QString& storageName, const QString& contentType,
              qint64 now);
void remove(const QSqlDatabase& db, const QString& id);
// A corrected beneficiary goes back to the agents of the communes that found it incomplete.
void reopenIncomplete(const QSqlDatabase& db, const QString& id);
// A commune that approved the beneficiary: its id and name.
struct Approval
{
    QString communeId;
    QString communeName;
};
// Sends the beneficiary back to pending in every commune that approved it (its identity
// changed: the approvals were of another child), `reason` for their agents; the communes it
// was withdrawn from, in the catalogue's order. Call it after the beneficiary's own row was
// written in the same transaction: that row's lock orders it against a concurrent decision.
QList<Approval> withdrawApprovals(const QSqlDatabase& db, const QString& id, const QString& reason, qint64 now);

} // namespace BeneficiaryStore

} // namespace citoyens::server
