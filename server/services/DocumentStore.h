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

} // namespace DocumentStore

} // namespace citoyens::server
