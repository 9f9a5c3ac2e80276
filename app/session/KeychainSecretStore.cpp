#include "KeychainSecretStore.h"

#include "SessionLogging.h"

#include <qt6keychain/keychain.h>

namespace citoyens {

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(Service, parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{ }

QString KeychainSecretStore::noteFailure(int error, const QString& errorString)
{
    qCWarning(lcSession) << "keychain job failed:" << error << errorString;
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // No Secret Service on the bus, no D-Bus at all, a locked keyring that cannot be
        // opened: nothing this session can fix. Say so once and stop trying.
        m_available = false;
        m_message = tr("The system keychain is not available (%1). The session will not be kept after the "
                       "application closes.")
                        .arg(errorString);
        return m_message;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("Access to the system keychain was refused. The session will not be kept after the application "
                  "closes.");
    default:
        return tr("The system keychain could not be used (%1).").arg(errorString);
    }
}

void KeychainSecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (j->error() == QKeychain::NoError) {
            Q_EMIT readFinished(key, readJob->textData(), true, {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            Q_EMIT readFinished(key, {}, true, {});
        } else {
            const QString message = noteFailure(j->error(), j->errorString());
            Q_EMIT readFinished(key, {}, false, message);
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& value)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            Q_EMIT writeFinished(key, true, {});
        } else {
            const QString message = noteFailure(j->error(), j->errorString());
            Q_EMIT writeFinished(key, false, message);
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (!ok)
            noteFailure(j->error(), j->errorString());
        Q_EMIT removeFinished(key, ok);
    });
    job->start();
}

} // namespace citoyens
