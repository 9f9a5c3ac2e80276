#pragma once

#include "models/Catalogue.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens::server {

// SQL for the catalogue tables (communes, services, their documents and brackets).
namespace CatalogueStore {

enum class ImportMode {
    Merge, // add or update what the file names, leave the rest as it is (demo data)
    Replace, // the file becomes the catalogue: what it does not name is made inactive
};

// Reads a catalogue file (the JSON of GET /communes); nullopt with a reason on failure.
std::optional<Catalogue> readFile(const QString& path, QString* error);
// Writes `catalogue` into the tables, in the caller's transaction. Idempotent.
void import(const QSqlDatabase& db, const Catalogue& catalogue, ImportMode mode);
// The active catalogue, in the order of its file.
Catalogue load(const QSqlDatabase& db);
// One active service with its documents and brackets, and its commune's name.
std::optional<Service> findService(const QSqlDatabase& db, const QString& serviceId, QString* communeName = nullptr);
// The ids of the communes an agent serves (accounts store commune names, e.g. "ROSIÈRES").
QStringList communeIds(const QSqlDatabase& db, const QStringList& communeNames);

} // namespace CatalogueStore

} // namespace citoyens::server
