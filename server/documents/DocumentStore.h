#pragma once

#include "models/Document.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens::server {

struct StoredDocument
{
    Document document;
    QString accountId;
    QString storageName;
};

// SQL for the documents table.
namespace DocumentStore {

void insert(const QSqlDatabase& db, const StoredDocument& d);
std::optional<StoredDocument> find(const QSqlDatabase& db, const QString& id);
// Whether a subscription in one of `communeIds` uses the document (what lets an agent read it).
bool usedInCommunes(const QSqlDatabase& db, const QString& documentId, const QStringList& communeIds);
// Whether a request that is still open or was approved (pending, incomplete, approved)
// points at the document: what keeps it from being deleted.
bool usedByLiveRequest(const QSqlDatabase& db, const QString& documentId);
void remove(const QSqlDatabase& db, const QString& id);

struct Usage
{
    int count = 0;
    qint64 bytes = 0;
};
// What an account's documents take (for its quota).
Usage usage(const QSqlDatabase& db, const QString& accountId);

} // namespace DocumentStore

} // namespace citoyens::server
