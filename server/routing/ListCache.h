#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace citoyens::server {

// The serialized answers of one kind of list, per account, each with the list version
// (table list_versions) it was built at. A request reads the current version first (one
// indexed row), then takes the cached answer only if it was built at that version: a change
// bumps the version in its own transaction, in whichever process made it, so a stale
// answer is never served. Bounded in bytes; thread-safe.
class ListCache
{
public:
    struct Entry
    {
        qint64 version = 0;
        QByteArray bytes;
        QByteArray etag;
    };

    explicit ListCache(qsizetype maxBytes = 16 * 1024 * 1024);
    ListCache(const ListCache&) = delete;
    ListCache& operator=(const ListCache&) = delete;

    std::optional<Entry> find(const QString& accountId, qint64 version) const;
    // Keeps `entry` unless a newer version is already kept; drops other entries when the
    // total would exceed the bound.
    void store(const QString& accountId, const Entry& entry);

private:
    const qsizetype m_maxBytes;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qsizetype m_bytes = 0;
};

} // namespace citoyens::server
