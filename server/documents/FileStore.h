#pragma once

#include <QByteArray>
#include <QString>

namespace citoyens::server {

// Uploaded bytes on disk, in <data-dir>/uploads, each under a name the server makes up (a
// random UUID): never the sender's file name, never a path a request could influence.
// Nothing in that folder is served directly. Thread-safe (no state but the folder).
class FileStore
{
public:
    explicit FileStore(const QString& dataDir);

    // Creates the folder (0700); false when it cannot.
    bool prepare(QString* error) const;
    // Writes the bytes atomically; returns the storage name. Throws DbError-like
    // std::runtime_error when the disk refuses.
    QString store(const QByteArray& bytes) const;
    // The bytes of a stored file; empty (and `ok` false) when missing.
    QByteArray read(const QString& storageName, bool* ok = nullptr) const;
    void remove(const QString& storageName) const;

    // Lower-case hex SHA-256.
    static QString sha256(const QByteArray& bytes);

private:
    QString pathOf(const QString& storageName) const;

    QString m_dir;
};

} // namespace citoyens::server
