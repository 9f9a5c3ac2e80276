#pragma once

#include "BookOperation.h"

#include "store/ReservationRepository.h"

#include <QDateTime>
#include <QObject>

namespace citoyens {

class ApiClient;
class CallOperation;
class ReservationApi;
class SyncService;
class WalletRepository;

// What a person does with a child's days: fetch a month (into the store, If-None-Match with the
// month's ETag), the upcoming reservations, book (dates or a pattern), cancel. After a booking
// or a cancel the wallet and the orders are synced again, the upcoming list is fetched again and
// reservationsChanged() tells the page to fetch its month.
class ReservationCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationCommands)

public:
    ReservationCommands(ApiClient* client, ReservationRepository* reservations, WalletRepository* wallet,
                        SyncService* sync, QObject* parent = nullptr);

    ReservationRepository* repository() const { return m_repository; }

    // The month's days into the store (monthChanged follows when they differ).
    CallOperation* refreshMonth(const MonthKey& key);
    // GET /me/reservations from the server's today (the last `now` seen) for 62 days.
    CallOperation* refreshUpcoming();
    // `idempotencyKey`: one per confirmation, the same for each retry of it.
    BookOperation* book(const BookingRequest& request, const QByteArray& idempotencyKey);
    // `subscriptionId` / `beneficiaryId`: the month the day belongs to (its ETags are dropped).
    CallOperation* cancel(const QString& reservationId, const QString& subscriptionId, const QString& beneficiaryId);

    // The server's clock as last seen (a days answer): local now plus the offset then measured.
    QDateTime serverNow() const;
    // The server's today, a Paris calendar day.
    QDate serverToday() const;
    qint64 serverOffsetMs() const { return m_offsetMs; }

    // The card payment of a booking of this request and child ended (paid, or released and its
    // days freed): the month and the coming reservations are read again.
    void cardPaymentEnded(const QString& subscriptionId, const QString& beneficiaryId)
    {
        changed(subscriptionId, beneficiaryId);
    }

Q_SIGNALS:
    // A booking or a cancel went through for this request and child.
    void reservationsChanged(const QString& subscriptionId, const QString& beneficiaryId);
    void serverClockChanged();

private:
    void changed(const QString& subscriptionId, const QString& beneficiaryId);

    ReservationApi* m_api;
    ReservationRepository* m_repository;
    WalletRepository* m_wallet;
    SyncService* m_sync;
    qint64 m_offsetMs = 0;
};

} // namespace citoyens
