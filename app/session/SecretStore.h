#pragma once

#include <QObject>
#include <QString>

namespace citoyens {

// Where the refresh token of a person who chose "Se souvenir de moi" is kept. Asynchronous:
// each call is answered by exactly one signal. There is no plaintext fallback anywhere.
//
// readFinished: a missing entry is ok == true with an empty value (nothing remembered);
// ok == false means the store could not be used (errorMessage is translated).
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    // False when there is no usable keychain (known in advance, or learnt from a failed job).
    virtual bool isAvailable() const = 0;
    // Why it is not available, translated; empty when available.
    virtual QString availabilityMessage() const = 0;

    virtual void read(const QString& key) = 0;
    virtual void write(const QString& key, const QString& value) = 0;
    virtual void remove(const QString& key) = 0;

Q_SIGNALS:
    void readFinished(const QString& key, const QString& value, bool ok, const QString& errorMessage);
    void writeFinished(const QString& key, bool ok, const QString& errorMessage);
    void removeFinished(const QString& key, bool ok);
};

} // namespace citoyens
