#pragma once

#include "operations/Operation.h"

#include "models/Wallet.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace citoyens {

class WalletApi;

// One top-up of the wallet, from its creation to its end: the server creates it, the
// provider's page opens in the person's browser, then the top-up is asked for every few
// seconds (never blocking) until it is paid, refused, abandoned or expired — or its expiry
// passed. It belongs to WalletCommands, not to a page: closing a page leaves it running.
// Succeeded means paid; otherwise error().code is the final status ("refused", ...) or the
// network's problem at creation. statusText() says where it stands, in words.
class TopUpOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopUpOperation)

public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    qint64 amountCents() const { return m_amountCents; }
    QString topUpId() const { return m_topUp.id; }
    QUrl paymentUrl() const { return m_topUp.paymentUrl; }
    // Empty while being created, then the server's status.
    QString status() const { return m_topUp.status; }
    // False when the page could not be opened: show paymentUrl() to the person.
    bool pageOpened() const { return m_pageOpened; }
    QString statusText() const;

    // The words of a final status: "Paiement accepté, 25,00 € crédités", "Paiement refusé"...
    static QString finalText(const QString& status, qint64 amountCents);

Q_SIGNALS:
    // Created, page opened, or a final status (statusText() changed).
    void statusChanged();

private:
    friend class WalletCommands;
    TopUpOperation(WalletApi* api, UrlOpener opener, std::chrono::milliseconds interval, QObject* parent);
    void begin(qint64 amountCents, const QByteArray& idempotencyKey);
    void poll();
    void settle(const TopUp& topUp);

    WalletApi* m_api;
    UrlOpener m_opener;
    QTimer m_timer;
    QPointer<ApiCall> m_polling;
    qint64 m_amountCents = 0;
    TopUp m_topUp;
    bool m_pageOpened = false;
};

} // namespace citoyens
