#include "QueueRepository.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {
const QString QueueKey = QStringLiteral("queue");
} // namespace

QueueRepository::QueueRepository(LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

void QueueRepository::setStore(LocalStore* store)
{
    m_store = store;
    Q_EMIT changed();
}

DeskQueue QueueRepository::load() const
{
    bool found = false;
    const QJsonObject answer = loadAnswer(&found);
    if (!found)
        return {};
    return DeskQueue::fromJson(answer).value_or(DeskQueue {});
}

QByteArray QueueRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT etag FROM agent_queue WHERE key = ?"));
    q.addBindValue(QueueKey);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().toLatin1();
}

bool QueueRepository::save(const QJsonObject& answer, const QByteArray& etag)
{
    if (!DeskQueue::fromJson(answer))
        return false;
    if (!write(answer, etag))
        return false;
    Q_EMIT changed();
    return true;
}

bool QueueRepository::remove(const QueueItem& item)
{
    bool found = false;
    const QJsonObject answer = loadAnswer(&found);
    if (!found || !write(DeskQueue::withoutItem(answer, item), {}))
        return false;
    Q_EMIT changed();
    return true;
}

QJsonObject QueueRepository::loadAnswer(bool* found) const
{
    if (found)
        *found = false;
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT json FROM agent_queue WHERE key = ?"));
    q.addBindValue(QueueKey);
    if (!q.exec() || !q.next())
        return {};
    if (found)
        *found = true;
    return StoreSql::fromText(q.value(0).toString());
}

bool QueueRepository::write(const QJsonObject& answer, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlQuery q(m_store->database());
    // One statement: atomic on its own.
    q.prepare(QStringLiteral("INSERT INTO agent_queue (key, json, etag, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(QueueKey);
    q.addBindValue(StoreSql::toText(answer));
    q.addBindValue(etag.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(etag)));
    q.addBindValue(StoreSql::now());
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save the agent queue:" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace citoyens
