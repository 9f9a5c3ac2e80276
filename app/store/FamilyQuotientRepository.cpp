#include "FamilyQuotientRepository.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {

const QString Key = QStringLiteral("family_quotient");

} // namespace

FamilyQuotientRepository::FamilyQuotientRepository(LocalStore* store, QObject* parent)
    : StoreRepository(store, parent)
{ }

std::optional<FamilyQuotient> FamilyQuotientRepository::load() const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT json FROM family_quotient WHERE key = ?"));
    q.addBindValue(Key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return FamilyQuotient::fromJson(StoreSql::fromText(q.value(0).toString()));
}

bool FamilyQuotientRepository::save(const FamilyQuotient& quotient)
{
    if (!isOpen())
        return false;
    const QString json = StoreSql::toText(quotient.toJson());
    const std::optional<FamilyQuotient> before = load();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT INTO family_quotient (key, json, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at"));
    q.addBindValue(Key);
    q.addBindValue(json);
    q.addBindValue(StoreSql::now());
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save the family quotient:" << q.lastError().text();
        return false;
    }
    if (!before || StoreSql::toText(before->toJson()) != json)
        Q_EMIT changed();
    return true;
}

bool FamilyQuotientRepository::clear()
{
    if (!isOpen())
        return false;
    const bool had = load().has_value();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM family_quotient WHERE key = ?"));
    q.addBindValue(Key);
    if (!q.exec())
        return false;
    if (had)
        Q_EMIT changed();
    return true;
}

} // namespace citoyens
