#pragma once

#include "ReservationStore.h"

#include "beneficiaries/BeneficiaryStore.h"
#include "models/BookingDay.h"
#include "models/Service.h"
#include "subscriptions/SubscriptionStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace citoyens::server {

// What a booking is about: the caller's approved request, its service with a booking block,
// the booked item and its price for the request's bracket, and the caller's approved child.
// resolve() answers 404 (not the caller's request or child), 409 not_approved (the request, or
// the child for the service's commune), 409 not_bookable (a service without days) and 422
// naming `itemId` (an item that is not booked per day).
struct BookingTarget
{
    StoredSubscription subscription;
    Service service;
    QString communeName;
    const ServiceItem* item = nullptr; // into `service`
    qint64 priceCents = 0;
    StoredBeneficiary beneficiary;

    const BookingPolicy& policy() const { return service.booking->policy; }

    static BookingTarget resolve(const QSqlDatabase& db, const QString& accountId, const QString& subscriptionId,
                                 const QString& beneficiaryId, const QString& itemId);

    // The child's days `from`..`to` at `now`, with their reservations and the days' counters.
    QList<BookingDay> evaluate(const QSqlDatabase& db, const QDate& from, const QDate& to, const QDateTime& now) const;
    // The same for `days` only (ascending).
    QList<BookingDay> evaluate(const QSqlDatabase& db, const QList<QDate>& days, const QDateTime& now) const;
};

// "2026-03-12" as "12/03/2026", the way the wallet's labels write a day.
QString frenchDate(const QDate& day);

// The instant of `ms` floored to the minute: the days are worked out at that minute (every
// deadline is a whole minute, so the states are those of the exact instant) and their answer
// stays the same, ETag included, for the rest of the minute.
QDateTime minuteOf(qint64 ms);

} // namespace citoyens::server
