#include "AccountRepository.h"

#include "LocalStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

AccountRepository::AccountRepository(LocalStore* store)
    : m_store(store)
{ }

std::optional<Account> AccountRepository::load() const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT json FROM account LIMIT 1")) || !q.next())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    return Account::fromJson(doc.object());
}

bool AccountRepository::save(const Account& account, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    // One row: the store belongs to one account, so replacing is the whole update.
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM account WHERE id <> ?"));
    q.addBindValue(account.id);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO account (id, json, etag, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET json = excluded.json, etag = excluded.etag, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(account.id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(etag.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(etag)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    ok = ok && q.exec();
    if (!ok) {
        qCWarning(lcStore) << "cannot save the account:" << q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

QByteArray AccountRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT etag FROM account LIMIT 1")) || !q.next())
        return {};
    return q.value(0).toString().toLatin1();
}

} // namespace citoyens
