#include "WalletRepository.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {

const QString Table = QStringLiteral("wallet");
const QString Key = QStringLiteral("wallet");

} // namespace

WalletRepository::WalletRepository(LocalStore* store, QObject* parent)
    : StoreRepository(store, parent)
{ }

std::optional<Wallet> WalletRepository::load() const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT json FROM wallet WHERE key = ?"));
    q.addBindValue(Key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Wallet::fromJson(StoreSql::fromText(q.value(0).toString()));
}

bool WalletRepository::save(const Wallet& wallet, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    const std::optional<Wallet> before = load();
    const bool saved = StoreSql::inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO wallet (key, balance_cents, json, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET balance_cents = excluded.balance_cents, "
                                 "json = excluded.json, updated_at = excluded.updated_at"));
        q.addBindValue(Key);
        q.addBindValue(wallet.balanceCents);
        q.addBindValue(StoreSql::toText(wallet.toJson()));
        q.addBindValue(StoreSql::now());
        if (!q.exec()) {
            qCWarning(lcStore) << "cannot save the wallet:" << q.lastError().text();
            return false;
        }
        return StoreSql::setEtag(db, Table, etag);
    });
    if (saved && (!before || !(*before == wallet)))
        Q_EMIT changed();
    return saved;
}

QByteArray WalletRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::etag(m_store->database(), Table);
}

bool WalletRepository::clearEtag()
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    return StoreSql::setEtag(db, Table, {});
}

} // namespace citoyens
