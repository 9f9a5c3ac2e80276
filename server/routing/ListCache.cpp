#include "ListCache.h"

namespace citoyens::server {

namespace {

qsizetype sizeOf(const QString& key, const ListCache::Entry& e)
{
    return key.size() * 2 + e.bytes.size() + e.etag.size();
}

} // namespace

ListCache::ListCache(qsizetype maxBytes)
    : m_maxBytes(maxBytes)
{ }

std::optional<ListCache::Entry> ListCache::find(const QString& accountId, qint64 version) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(accountId);
    if (it == m_entries.constEnd() || it->version != version)
        return std::nullopt;
    return *it; // implicitly shared bytes: no copy
}

void ListCache::store(const QString& accountId, const Entry& entry)
{
    const qsizetype size = sizeOf(accountId, entry);
    if (size > m_maxBytes)
        return;
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(accountId);
    if (it != m_entries.end()) {
        if (it->version > entry.version)
            return;
        m_bytes -= sizeOf(accountId, *it);
        m_entries.erase(it);
    }
    // Whichever entries come first go: a rebuilt list costs one request its old price.
    while (m_bytes + size > m_maxBytes && !m_entries.isEmpty()) {
        auto victim = m_entries.begin();
        m_bytes -= sizeOf(victim.key(), *victim);
        m_entries.erase(victim);
    }
    m_entries.insert(accountId, entry);
    m_bytes += size;
}

} // namespace citoyens::server
