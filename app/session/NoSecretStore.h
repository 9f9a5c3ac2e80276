#pragma once

#include "SecretStore.h"

namespace citoyens {

// The null keychain (--no-keychain, or no backend on this system): never available, every
// write fails with the reason, reads find nothing.
class NoSecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoSecretStore)

public:
    explicit NoSecretStore(QObject* parent = nullptr);
    // A custom reason (e.g. "disabled by --no-keychain").
    NoSecretStore(const QString& reason, QObject* parent);

    bool isAvailable() const override { return false; }
    QString availabilityMessage() const override { return m_message; }

    void read(const QString& key) override;
    void write(const QString& key, const QString& value) override;
    void remove(const QString& key) override;

private:
    QString m_message;
};

} // namespace citoyens
