#include "SubscriptionRepository.h"

#include "LocalStore.h"
#include "StoreSql.h"

#include <QSet>
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
    QList<Subscription> all;
    if (!m_store || !m_store->isOpen())
        return all;
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT json FROM subscriptions ORDER BY created_at DESC, id")))
        return all;
    while (q.next()) {
        if (auto s = Subscription::fromJson(StoreSql::fromText(q.value(0).toString())))
            all.append(*s);
    }
    return all;
}

std::optional<Subscription> SubscriptionRepository::find(const QString& id) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT json FROM subscriptions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Subscription::fromJson(StoreSql::fromText(q.value(0).toString()));
}

bool SubscriptionRepository::replaceAll(const QList<Subscription>& all, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return false;
    bool ok = true;
    const QHash<QString, QString> before = StoreSql::jsonById(db, Table, &ok);
    bool changed = false;
    QSet<QString> kept;
    for (const Subscription& s : all) {
        kept.insert(s.id);
        const QString json = StoreSql::toText(s.toJson());
        if (before.value(s.id) == json)
            continue;
        ok = ok && upsertRow(db, s, json);
        changed = true;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!kept.contains(it.key())) {
            ok = ok && StoreSql::deleteById(db, Table, it.key());
            changed = true;
        }
    }
    ok = ok && StoreSql::setEtag(db, Table, etag);
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    if (changed)
        Q_EMIT this->changed();
    return true;
}

bool SubscriptionRepository::upsert(const Subscription& subscription)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return false;
    // The collection's ETag no longer describes what is stored: the next sync fetches it whole.
    const bool ok
        = upsertRow(db, subscription, StoreSql::toText(subscription.toJson())) && StoreSql::setEtag(db, Table, {});
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool SubscriptionRepository::remove(const QString& id)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return false;
    const bool ok = StoreSql::deleteById(db, Table, id) && StoreSql::setEtag(db, Table, {});
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
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
