#pragma once

#include "ApiCall.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// GET /me/wallet, POST /me/wallet/top-ups, GET /me/wallet/top-ups/{id}.
class WalletApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletApi)

public:
    explicit WalletApi(ApiClient* client, QObject* parent = nullptr);

    // {balanceCents, movements}; 304 when `etag` still matches.
    ApiCall* wallet(const QByteArray& etag = {});
    // 201 {id, amountCents, status: "pending", paymentUrl, expiresAt}.
    ApiCall* createTopUp(qint64 amountCents, const QByteArray& idempotencyKey);
    // {id, amountCents, status, ...}
    ApiCall* topUp(const QString& id);

private:
    ApiClient* m_client;
};

} // namespace citoyens
