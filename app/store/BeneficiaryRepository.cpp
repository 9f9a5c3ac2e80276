#include "BeneficiaryRepository.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {

const QString Table = QStringLiteral("beneficiaries");

bool upsertRow(QSqlDatabase& db, const Beneficiary& b, const QString& json)
{
    QSqlQuery q(db);
    // Not INSERT OR REPLACE: that deletes the row first, and the cached photo with it.
    q.prepare(QStringLiteral("INSERT INTO beneficiaries (id, last_name, first_name, json) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET last_name = excluded.last_name, "
                             "first_name = excluded.first_name, json = excluded.json"));
    q.addBindValue(b.id);
    q.addBindValue(b.lastName);
    q.addBindValue(b.firstName);
    q.addBindValue(json);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save beneficiary" << b.id << ":" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

BeneficiaryRepository::BeneficiaryRepository(LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

void BeneficiaryRepository::setStore(LocalStore* store)
{
    m_store = store;
    Q_EMIT changed();
}

QList<Beneficiary> BeneficiaryRepository::loadAll() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::loadAllJson<Beneficiary>(
        m_store->database(), Table, QStringLiteral("last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"));
}

std::optional<Beneficiary> BeneficiaryRepository::find(const QString& id) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    return StoreSql::findJson<Beneficiary>(m_store->database(), Table, id);
}

bool BeneficiaryRepository::replaceAll(const QList<Beneficiary>& all, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    // A deleted beneficiary's photo goes by cascade.
    StoreSql::ReplaceOutcome outcome;
    if (!StoreSql::replaceAllItems(db, Table, all, upsertRow, etag, &outcome))
        return false;
    if (outcome.changed)
        Q_EMIT changed();
    return true;
}

bool BeneficiaryRepository::upsert(const Beneficiary& beneficiary)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!StoreSql::upsertItem(db, Table, beneficiary, upsertRow))
        return false;
    Q_EMIT changed();
    return true;
}

bool BeneficiaryRepository::remove(const QString& id)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!StoreSql::inTransaction(db, [&] {
            return StoreSql::deleteById(db, QStringLiteral("beneficiary_photos"), id)
                && StoreSql::deleteById(db, Table, id) && StoreSql::setEtag(db, Table, {});
        }))
        return false;
    Q_EMIT changed();
    return true;
}

QByteArray BeneficiaryRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::etag(m_store->database(), Table);
}

QByteArray BeneficiaryRepository::photo(const QString& id) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT bytes FROM beneficiary_photos WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool BeneficiaryRepository::savePhoto(const QString& id, const QByteArray& bytes)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT INTO beneficiary_photos (id, bytes, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET bytes = excluded.bytes, updated_at = excluded.updated_at"));
    q.addBindValue(id);
    q.addBindValue(bytes);
    q.addBindValue(StoreSql::now());
    if (!q.exec()) {
        // The beneficiary is not stored (yet): nothing to attach the photo to.
        qCInfo(lcStore) << "photo of" << id << "not cached:" << q.lastError().text();
        return false;
    }
    Q_EMIT photoChanged(id);
    return true;
}

} // namespace citoyens
