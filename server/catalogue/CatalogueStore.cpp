#include "CatalogueStore.h"

#include "db/Database.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSqlQuery>

namespace citoyens::server::CatalogueStore {

namespace {

bool exists(const QSqlDatabase& db, const QString& table, const QString& id)
{
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id });
    return q.next();
}

void writeItems(const QSqlDatabase& db, const Service& s)
{
    Database::run(db, QStringLiteral("DELETE FROM service_item_prices WHERE service_id = ?"), { s.id });
    Database::run(db, QStringLiteral("DELETE FROM service_items WHERE service_id = ?"), { s.id });
    for (int i = 0; i < s.items.size(); ++i) {
        const ServiceItem& item = s.items.at(i);
        Database::run(db,
                      QStringLiteral("INSERT INTO service_items (service_id, id, position, label, unit, childcare) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      { s.id, item.id, i, item.label, item.unit, item.childcare ? 1 : 0 });
        for (int b = 0; b < item.pricesCents.size(); ++b) {
            Database::run(db,
                          QStringLiteral("INSERT INTO service_item_prices (service_id, item_id, bracket, price_cents) "
                                         "VALUES (?, ?, ?, ?)"),
                          { s.id, item.id, b, item.pricesCents.at(b) });
        }
    }
}

QVariant bookingText(const Service& s)
{
    if (!s.booking)
        return nullText();
    return QString::fromUtf8(QJsonDocument(s.booking->toJson()).toJson(QJsonDocument::Compact));
}

// The booking block stored with the service; a row that no longer reads (written by hand)
// leaves the service unbookable rather than guessing.
std::optional<ServiceBooking> readBooking(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    return doc.isObject() ? ServiceBooking::fromJson(doc.object()) : std::nullopt;
}

void writeService(const QSqlDatabase& db, const Service& s, const QString& communeId, int position)
{
    if (exists(db, QStringLiteral("services"), s.id)) {
        Database::run(db,
                      QStringLiteral("UPDATE services SET commune_id = ?, name = ?, needs_income = ?, position = ?, "
                                     "active = 1, booking = ? WHERE id = ?"),
                      { communeId, s.name, s.needsIncome ? 1 : 0, position, bookingText(s), s.id });
    } else {
        Database::run(db,
                      QStringLiteral("INSERT INTO services (id, commune_id, name, needs_income, position, active, "
                                     "booking) VALUES (?, ?, ?, ?, ?, 1, ?)"),
                      { s.id, communeId, s.name, s.needsIncome ? 1 : 0, position, bookingText(s) });
    }
    Database::run(db, QStringLiteral("DELETE FROM service_documents WHERE service_id = ?"), { s.id });
    for (int i = 0; i < s.requiredDocuments.size(); ++i) {
        const DocumentRequirement& d = s.requiredDocuments.at(i);
        Database::run(
            db, QStringLiteral("INSERT INTO service_documents (service_id, kind, label, position) VALUES (?, ?, ?, ?)"),
            { s.id, d.kind, d.label, i });
    }
    Database::run(db, QStringLiteral("DELETE FROM service_brackets WHERE service_id = ?"), { s.id });
    for (int i = 0; i < s.brackets.size(); ++i) {
        const TariffBracket& b = s.brackets.at(i);
        Database::run(
            db, QStringLiteral("INSERT INTO service_brackets (service_id, position, up_to, label) VALUES (?, ?, ?, ?)"),
            { s.id, i, b.upTo ? QVariant(*b.upTo) : QVariant(QMetaType::fromType<int>()), b.label });
    }
    writeItems(db, s);
}

const char* const ItemsSql = "SELECT service_id, id, label, unit, childcare FROM service_items %1 "
                             "ORDER BY service_id, position";
const char* const PricesSql = "SELECT service_id, item_id, price_cents FROM service_item_prices %1 "
                              "ORDER BY service_id, item_id, bracket";

// Appends the items, and then their prices, to the services `serviceOf` finds (one query
// read to its end before the next: a PostgreSQL connection runs one at a time).
template<typename Find>
void readItems(const QSqlDatabase& db, const QString& where, const QVariantList& values, Find serviceOf)
{
    QSqlQuery items = Database::run(db, QString::fromLatin1(ItemsSql).arg(where), values);
    while (items.next()) {
        if (Service* sv = serviceOf(items.value(0).toString())) {
            ServiceItem item;
            item.id = items.value(1).toString();
            item.label = items.value(2).toString();
            item.unit = items.value(3).toString();
            item.childcare = items.value(4).toInt() != 0;
            sv->items.append(item);
        }
    }
    items.finish();
    QSqlQuery prices = Database::run(db, QString::fromLatin1(PricesSql).arg(where), values);
    while (prices.next()) {
        Service* sv = serviceOf(prices.value(0).toString());
        if (!sv)
            continue;
        for (ServiceItem& item : sv->items) {
            if (item.id == prices.value(1).toString())
                item.pricesCents.append(prices.value(2).toLongLong());
        }
    }
    prices.finish();
}

void readDetails(const QSqlDatabase& db, Service& s)
{
    QSqlQuery docs = Database::run(
        db, QStringLiteral("SELECT kind, label FROM service_documents WHERE service_id = ? ORDER BY position"),
        { s.id });
    while (docs.next())
        s.requiredDocuments.append({ docs.value(0).toString(), docs.value(1).toString() });
    QSqlQuery brackets = Database::run(
        db, QStringLiteral("SELECT up_to, label FROM service_brackets WHERE service_id = ? ORDER BY position"),
        { s.id });
    while (brackets.next()) {
        TariffBracket b;
        if (!brackets.value(0).isNull())
            b.upTo = brackets.value(0).toInt();
        b.label = brackets.value(1).toString();
        s.brackets.append(b);
    }
    brackets.finish();
    readItems(db, QStringLiteral("WHERE service_id = ?"), { s.id }, [&s](const QString&) { return &s; });
}

} // namespace

std::optional<Catalogue> readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    FieldErrors errors;
    std::optional<Catalogue> catalogue = Catalogue::fromJson(doc.object(), &errors);
    if (!catalogue) {
        QStringList lines;
        for (const FieldError& e : errors)
            lines.append(e.field + QStringLiteral(": ") + e.code);
        *error = QStringLiteral("%1: %2").arg(path, lines.join(QStringLiteral(", ")));
    }
    return catalogue;
}

void import(const QSqlDatabase& db, const Catalogue& catalogue, ImportMode mode)
{
    // Several processes may load the demo catalogue at once on PostgreSQL: they take turns.
    if (db.driverName() == QLatin1String("QPSQL"))
        Database::run(db, QStringLiteral("LOCK TABLE communes IN EXCLUSIVE MODE"));
    if (mode == ImportMode::Replace) {
        Database::run(db, QStringLiteral("UPDATE services SET active = 0"));
        Database::run(db, QStringLiteral("UPDATE communes SET active = 0"));
    }
    for (int c = 0; c < catalogue.communes.size(); ++c) {
        const Commune& commune = catalogue.communes.at(c);
        if (exists(db, QStringLiteral("communes"), commune.id)) {
            Database::run(db, QStringLiteral("UPDATE communes SET name = ?, position = ?, active = 1 WHERE id = ?"),
                          { commune.name, c, commune.id });
        } else {
            Database::run(db, QStringLiteral("INSERT INTO communes (id, name, position, active) VALUES (?, ?, ?, 1)"),
                          { commune.id, commune.name, c });
        }
        for (int s = 0; s < commune.services.size(); ++s)
            writeService(db, commune.services.at(s), commune.id, s);
    }
}

Catalogue load(const QSqlDatabase& db)
{
    // Six queries for the whole catalogue (not three per service): GET /communes is the
    // one read that needs no account.
    Catalogue catalogue;
    QHash<QString, qsizetype> communeAt;
    QSqlQuery communes
        = Database::run(db, QStringLiteral("SELECT id, name FROM communes WHERE active = 1 ORDER BY position, id"));
    while (communes.next()) {
        communeAt.insert(communes.value(0).toString(), catalogue.communes.size());
        catalogue.communes.append({ communes.value(0).toString(), communes.value(1).toString(), {} });
    }
    communes.finish();
    QHash<QString, std::pair<qsizetype, qsizetype>> serviceAt; // commune index, service index
    QSqlQuery services = Database::run(
        db,
        QStringLiteral(
            "SELECT s.id, s.commune_id, s.name, s.needs_income, s.booking FROM services s JOIN communes c ON "
            "c.id = s.commune_id WHERE s.active = 1 AND c.active = 1 ORDER BY s.position, s.id"));
    while (services.next()) {
        const auto c = communeAt.constFind(services.value(1).toString());
        if (c == communeAt.constEnd())
            continue;
        Service sv;
        sv.id = services.value(0).toString();
        sv.communeId = services.value(1).toString();
        sv.name = services.value(2).toString();
        sv.needsIncome = services.value(3).toInt() != 0;
        sv.booking = readBooking(services.value(4));
        QList<Service>& list = catalogue.communes[*c].services;
        serviceAt.insert(sv.id, { *c, list.size() });
        list.append(sv);
    }
    services.finish();
    const auto serviceOf = [&](const QString& id) -> Service* {
        const auto at = serviceAt.constFind(id);
        return at == serviceAt.constEnd() ? nullptr : &catalogue.communes[at->first].services[at->second];
    };
    QSqlQuery docs = Database::run(
        db, QStringLiteral("SELECT service_id, kind, label FROM service_documents ORDER BY service_id, position"));
    while (docs.next()) {
        if (Service* sv = serviceOf(docs.value(0).toString()))
            sv->requiredDocuments.append({ docs.value(1).toString(), docs.value(2).toString() });
    }
    docs.finish();
    QSqlQuery brackets = Database::run(
        db, QStringLiteral("SELECT service_id, up_to, label FROM service_brackets ORDER BY service_id, position"));
    while (brackets.next()) {
        Service* sv = serviceOf(brackets.value(0).toString());
        if (!sv)
            continue;
        TariffBracket b;
        if (!brackets.value(1).isNull())
            b.upTo = brackets.value(1).toInt();
        b.label = brackets.value(2).toString();
        sv->brackets.append(b);
    }
    brackets.finish();
    readItems(db, QString(), {}, serviceOf);
    return catalogue;
}

std::optional<Service> findService(const QSqlDatabase& db, const QString& serviceId, QString* communeName)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT s.id, s.commune_id, s.name, s.needs_income, c.name, s.booking "
                                               "FROM services s "
                                               "JOIN communes c ON c.id = s.commune_id "
                                               "WHERE s.id = ? AND s.active = 1 AND c.active = 1"),
                                { serviceId });
    if (!q.next())
        return std::nullopt;
    Service s;
    s.id = q.value(0).toString();
    s.communeId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.needsIncome = q.value(3).toInt() != 0;
    if (communeName)
        *communeName = q.value(4).toString();
    s.booking = readBooking(q.value(5));
    q.finish();
    readDetails(db, s);
    return s;
}

QStringList communeIds(const QSqlDatabase& db, const QStringList& communeNames)
{
    // Compared in C++: SQLite's upper() knows ASCII only, and "Rosières" is "ROSIÈRES".
    QStringList wanted;
    for (const QString& name : communeNames)
        wanted.append(name.trimmed().toUpper());
    QStringList ids;
    QSqlQuery q = Database::run(db, QStringLiteral("SELECT id, name FROM communes ORDER BY position, id"));
    while (q.next()) {
        if (wanted.contains(q.value(1).toString().toUpper()) || wanted.contains(q.value(0).toString().toUpper()))
            ids.append(q.value(0).toString());
    }
    return ids;
}

} // namespace citoyens::server::CatalogueStore
