#include "OrderRepository.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {

const QString Table = QStringLiteral("orders");

bool upsertRow(QSqlDatabase& db, const Order& o, const QString& json)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO orders (id, number, created_at, total_cents, json) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET number = excluded.number, "
                             "created_at = excluded.created_at, total_cents = excluded.total_cents, "
                             "json = excluded.json"));
    q.addBindValue(o.id);
    q.addBindValue(o.number);
    q.addBindValue(o.createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(o.totalCents);
    q.addBindValue(json);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save order" << o.id << ":" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

OrderRepository::OrderRepository(LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

void OrderRepository::setStore(LocalStore* store)
{
    m_store = store;
    Q_EMIT changed();
}

QList<Order> OrderRepository::loadAll() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::loadAllJson<Order>(m_store->database(), Table, QStringLiteral("created_at DESC, number DESC"));
}

std::optional<Order> OrderRepository::find(const QString& id) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    return StoreSql::findJson<Order>(m_store->database(), Table, id);
}

bool OrderRepository::replaceAll(const QList<Order>& all, const QByteArray& etag)
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

bool OrderRepository::upsert(const Order& order)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    if (!StoreSql::upsertItem(db, Table, order, upsertRow))
        return false;
    Q_EMIT changed();
    return true;
}

QByteArray OrderRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::etag(m_store->database(), Table);
}

} // namespace citoyens
