#include "QueueRepository.h"

#include <QVariantMap>

namespace citoyens {

namespace {
const QString QueueKey = QStringLiteral("agentQueue");
const QString AnswerKey = QStringLiteral("answer");
const QString EtagKey = QStringLiteral("etag");
} // namespace

QueueRepository::QueueRepository(LocalStore* store, QObject* parent)
    : StoreRepository(store, parent)
{ }

QueueList QueueRepository::load() const
{
    bool found = false;
    const QJsonObject answer = loadAnswer(&found);
    if (!found)
        return {};
    return QueueList::fromJson(answer).value_or(QueueList {});
}

QByteArray QueueRepository::etag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return m_store->transient(QueueKey).toMap().value(EtagKey).toByteArray();
}

bool QueueRepository::save(const QJsonObject& answer, const QByteArray& etag)
{
    if (!QueueList::fromJson(answer))
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
    if (!found || !write(QueueList::withoutItem(answer, item), {}))
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
    const QVariantMap kept = m_store->transient(QueueKey).toMap();
    if (!kept.contains(AnswerKey))
        return {};
    if (found)
        *found = true;
    return kept.value(AnswerKey).toJsonObject();
}

bool QueueRepository::write(const QJsonObject& answer, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    m_store->setTransient(QueueKey, QVariantMap { { AnswerKey, answer }, { EtagKey, etag } });
    return true;
}

} // namespace citoyens
