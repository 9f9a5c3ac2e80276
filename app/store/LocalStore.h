#pragma once

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace citoyens {

// One SQLite file per account (<dataDir>/accounts/<accountId>/citoyens.sqlite), in WAL mode,
// brought up to date by the numbered migrations in :/migrations/client/ (NNN_name.sql), each
// in its own transaction. A database written by a newer client is refused; a damaged one is
// set aside as "<file>.corrupt-<timestamp>" and recreated empty (the server has the data).
class LocalStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    enum class OpenError { None, CannotOpen, NewerSchema, MigrationFailed };
    Q_ENUM(OpenError)

    // `filePath` is the database file; its folder is created on open().
    explicit LocalStore(const QString& filePath, QObject* parent = nullptr);
    ~LocalStore() override;

    static QString pathFor(const QString& dataDir, const QString& accountId);
    // The highest migration number shipped with this build.
    static int latestSchemaVersion();
    static inline const QString MigrationsDir = QStringLiteral(":/migrations/client/");

    bool open();
    void close();
    bool isOpen() const;

    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }
    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_errorString; }
    // The path the damaged file was moved to during the last open(); empty if none.
    QString setAsidePath() const { return m_setAsidePath; }

    // For repositories: the connection of this store (valid while open).
    QSqlDatabase database() const;

    // What a repository keeps with this store but never on disk (other people's data, such as
    // the citizens in a desk agent's queue, on a shared machine): gone when the store closes.
    QVariant transient(const QString& key) const { return m_transient.value(key); }
    void setTransient(const QString& key, const QVariant& value) { m_transient.insert(key, value); }

private:
    bool openConnection();
    bool readVersion(int* version);
    bool migrate(int from);
    bool setAside();
    void fail(OpenError error, const QString& message);

    QString m_filePath;
    QString m_connectionName;
    int m_schemaVersion = 0;
    OpenError m_openError = OpenError::None;
    QString m_errorString;
    QString m_setAsidePath;
    QHash<QString, QVariant> m_transient;
};

} // namespace citoyens
