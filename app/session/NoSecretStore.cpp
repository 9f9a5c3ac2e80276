#include "NoSecretStore.h"

#include <QTimer>

namespace citoyens {

NoSecretStore::NoSecretStore(QObject* parent)
    : NoSecretStore(tr("No system keychain is available on this computer. The session will not be kept after the "
                       "application closes."),
                    parent)
{ }

NoSecretStore::NoSecretStore(const QString& reason, QObject* parent)
    : SecretStore(parent)
    , m_message(reason)
{ }

// Answers come from the event loop, as they would from a real keychain.
void NoSecretStore::read(const QString& key)
{
    QTimer::singleShot(0, this, [this, key] { Q_EMIT readFinished(key, {}, true, {}); });
}

void NoSecretStore::write(const QString& key, const QString& value)
{
    Q_UNUSED(value)
    QTimer::singleShot(0, this, [this, key] { Q_EMIT writeFinished(key, false, m_message); });
}

void NoSecretStore::remove(const QString& key)
{
    QTimer::singleShot(0, this, [this, key] { Q_EMIT removeFinished(key, true); });
}

} // namespace citoyens
