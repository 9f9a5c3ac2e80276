#include "CatalogueRepository.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {
const QString CommunesKey = QStringLiteral("communes");
const QString OptionsKey = QStringLiteral("beneficiary_options");
} // namespace

CatalogueRepository::CatalogueRepository(LocalStore* store, QObject* parent)
    : StoreRepository(store, parent)
{ }

void CatalogueRepository::setStore(LocalStore* store)
{
    StoreRepository::setStore(store);
    Q_EMIT beneficiaryOptionsChanged();
}

Catalogue CatalogueRepository::load() const
{
    bool found = false;
    const QJsonObject json = loadBlob(CommunesKey, &found);
    if (!found)
        return {};
    return Catalogue::fromJson(json).value_or(Catalogue {});
}

bool CatalogueRepository::save(const Catalogue& catalogue, const QByteArray& etag)
{
    if (!saveBlob(CommunesKey, catalogue.toJson(), etag))
        return false;
    Q_EMIT changed();
    return true;
}

QByteArray CatalogueRepository::etag() const
{
    return loadEtag(CommunesKey);
}

std::optional<BeneficiaryOptions> CatalogueRepository::loadBeneficiaryOptions() const
{
    bool found = false;
    const QJsonObject json = loadBlob(OptionsKey, &found);
    if (!found)
        return std::nullopt;
    return BeneficiaryOptions::fromJson(json);
}

bool CatalogueRepository::saveBeneficiaryOptions(const BeneficiaryOptions& options, const QByteArray& etag)
{
    if (!saveBlob(OptionsKey, options.toJson(), etag))
        return false;
    Q_EMIT beneficiaryOptionsChanged();
    return true;
}

QByteArray CatalogueRepository::beneficiaryOptionsEtag() const
{
    return loadEtag(OptionsKey);
}

bool CatalogueRepository::saveBlob(const QString& key, const QJsonObject& json, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    // One statement: atomic on its own.
    q.prepare(QStringLiteral("INSERT INTO catalogue (key, json, etag, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(StoreSql::toText(json));
    q.addBindValue(etag.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(etag)));
    q.addBindValue(StoreSql::now());
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save" << key << ":" << q.lastError().text();
        return false;
    }
    return true;
}

QJsonObject CatalogueRepository::loadBlob(const QString& key, bool* found) const
{
    if (found)
        *found = false;
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT json FROM catalogue WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    if (found)
        *found = true;
    return StoreSql::fromText(q.value(0).toString());
}

QByteArray CatalogueRepository::loadEtag(const QString& key) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT etag FROM catalogue WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().toLatin1();
}

} // namespace citoyens
