#include "FileStore.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <stdexcept>

namespace citoyens::server {

FileStore::FileStore(const QString& dataDir)
    : m_dir(QDir(dataDir).absoluteFilePath(QStringLiteral("uploads")))
{ }

bool FileStore::prepare(QString* error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the uploads folder ") + m_dir;
        return false;
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

QString FileStore::pathOf(const QString& storageName) const
{
    // Storage names are ours (UUIDs); anything else never reaches the disk.
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    if (!re.match(storageName).hasMatch())
        return {};
    return m_dir + QLatin1Char('/') + storageName;
}

QString FileStore::store(const QByteArray& bytes) const
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    QSaveFile file(pathOf(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCCritical(lcServer).noquote() << "cannot write an upload into" << m_dir << ":" << file.errorString();
        throw std::runtime_error("cannot store an uploaded file");
    }
    return name;
}

QByteArray FileStore::read(const QString& storageName, bool* ok) const
{
    QFile file(pathOf(storageName));
    const bool opened = !storageName.isEmpty() && file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

void FileStore::remove(const QString& storageName) const
{
    const QString path = pathOf(storageName);
    if (!path.isEmpty())
        QFile::remove(path);
}

QString FileStore::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace citoyens::server
