#pragma once

#include "operations/CallOperation.h"

#include <QByteArray>
#include <QJsonObject>

namespace citoyens {

// A send that moves money under the Idempotency-Key of one confirmation (an order, a booking):
// the page keeps the key and gives it again on a retry, so the server books once however often
// it is sent. While the server still runs an earlier send of the same key (409 in_progress) it
// asks again a few times. A short balance fails with code insufficient_funds, missingCents()
// and balanceCents(). Each send is a step of CallOperation; asking again is the next step.
class PaymentOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentOperation)

public:
    qint64 missingCents() const { return m_missingCents; }
    qint64 balanceCents() const { return m_balanceCents; }
    QByteArray idempotencyKey() const { return m_key; }

protected:
    explicit PaymentOperation(QObject* parent);

    // Refuses with `errors` (the check before sending), or sends with `key`.
    void begin(const FieldErrors& errors, const QByteArray& key);
    // One send of the request with the key.
    virtual ApiCall* sendWith(const QByteArray& key) = 0;
    // Reads and applies a success's answer; false when it cannot be read.
    virtual bool accept(const QJsonObject& answer) = 0;

private:
    Step attempt();
    Applied recover(const ApiCall& failed);

    QByteArray m_key;
    int m_attempts = 0;
    qint64 m_missingCents = 0;
    qint64 m_balanceCents = -1;
};

} // namespace citoyens
