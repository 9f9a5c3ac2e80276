#include "SubscriptionRepository.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {

const QString Table = QStringLiteral("subscriptions");

bool upsertRow(QSqlDatabase& db, const Subscription& s, const QString& json)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO subscriptions (id, status, created_at, json) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET status = excluded.status, "
                             "created_at = excluded.created_at, json = excluded.json"));
    q.addBindValue(s.id);
    q.addBindValue(s.status);
    q.addBindValue(s.createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(json);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save subscription" << s.id << ":" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

SubscriptionRepository::SubscriptionRepository(LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

void SubscriptionRepository::setStore(LocalStore* store)
{
    m_store = store;
    Q_EMIT changed();
}

QList<Subscription> SubscriptionRepository::loadAll() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::loadAllJson<Subscription>(m_store->database(), Table, QStringLiteral("created_at DESC, id"));
}

std::optional<Subscription> SubscriptionRepository::find(const QString& id) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    return StoreSql::findJson<Subscription>(m_store->database(), Table, id);
}

bool SubscriptionRepository::replaceAll(const QList<Subscription>& all, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    StoreSql::ReplaceOutcome outcome;
    if (!StoreSql::replaceAllItems(db, Table, all, upsertRow, etag, &outcome))
        return false;
    if (outcome.changed)
        Q_EMIT changed();
    return true;
}

bool SubscriptionRepository::upsert(const Subscription& subscription)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!StoreSql::upsertItem(db, Table, subscription, upsertRow))
        return false;
    Q_EMIT changed();
    return true;
}

bool SubscriptionRepository::remove(const QString& id)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!StoreSql::inTransaction(
            db, [&] { return StoreSql::deleteById(db, Table, id) && StoreSql::setEtag(db, Table, {}); }))
        return false;
    Q_EMIT changed();
    return true;
}

QByteArray SubscriptionRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::etag(m_store->database(), Table);
}

} // namespace citoyens
