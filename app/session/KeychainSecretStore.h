#pragma once

#include "SecretStore.h"

namespace citoyens {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Service "Citoyens"; insecure fallback disabled. When a job finds no
// backend, the store marks itself unavailable and says why.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static inline const QString Service = QStringLiteral("Citoyens");

    explicit KeychainSecretStore(QObject* parent = nullptr);
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    bool isAvailable() const override { return m_available; }
    QString availabilityMessage() const override { return m_message; }

    void read(const QString& key) override;
    void write(const QString& key, const QString& value) override;
    void remove(const QString& key) override;

private:
    // Returns the translated message for a failed job and updates availability.
    QString noteFailure(int error, const QString& errorString);

    QString m_service;
    bool m_available = true;
    QString m_message;
};

} // namespace citoyens
