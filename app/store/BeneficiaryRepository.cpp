#include "BeneficiaryRepository.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

// A beneficiary deleted by replaceAll() takes its photo along by cascade.
BeneficiaryRepository::BeneficiaryRepository(LocalStore* store, QObject* parent)
    : JsonListRepository({ QStringLiteral("beneficiaries"),
                           QStringLiteral("last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"),
                           { column(QStringLiteral("last_name"), &Beneficiary::lastName),
                             column(QStringLiteral("first_name"), &Beneficiary::firstName) } },
                         store, parent)
{ }

bool BeneficiaryRepository::removeDependents(QSqlDatabase& db, const QString& id)
{
    return StoreSql::deleteById(db, QStringLiteral("beneficiary_photos"), id);
}

QByteArray BeneficiaryRepository::photo(const QString& id) const
{
    if (!isOpen())
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
    if (!isOpen())
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
