#pragma once

#include "StoreRepository.h"

#include "models/Reservation.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QString>

#include <optional>

namespace citoyens {

// Which month of which child's days: a request, a child, a booked item ('' for the service's
// first) and the month's first day.
struct MonthKey
{
    QString subscriptionId;
    QString beneficiaryId;
    QString itemId;
    QDate month; // the first day of the month

    bool isValid() const { return !subscriptionId.isEmpty() && !beneficiaryId.isEmpty() && month.isValid(); }
    QDate first() const { return QDate(month.year(), month.month(), 1); }
    QDate last() const { return first().addMonths(1).addDays(-1); }
    friend bool operator==(const MonthKey& a, const MonthKey& b)
    {
        return a.subscriptionId == b.subscriptionId && a.beneficiaryId == b.beneficiaryId && a.itemId == b.itemId
            && a.first() == b.first();
    }
};

// The booking months seen (table `booking_months`, each with its answer's ETag) and the upcoming
// reservations of every child (table `reservations`, ETag in sync_state): the page paints from
// here first, offline too, then refreshes. Every write is one transaction.
class ReservationRepository : public StoreRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationRepository)

public:
    explicit ReservationRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    // The upcoming reservations are read again: upcomingChanged(), not changed().
    void setStore(LocalStore* store) override;

    // nullopt when the month was never fetched.
    std::optional<BookingMonth> month(const MonthKey& key) const;
    QByteArray monthEtag(const MonthKey& key) const;
    // Emits monthChanged(key) when what is stored differs.
    bool saveMonth(const MonthKey& key, const BookingMonth& month, const QByteArray& etag);
    // A booking or a cancel changed the months of this request and child: their ETags are
    // dropped so that the next fetch takes them whole.
    bool forgetEtags(const QString& subscriptionId, const QString& beneficiaryId);

    QList<ReservationRow> upcoming() const;
    QByteArray upcomingEtag() const;
    bool replaceUpcoming(const QList<ReservationRow>& rows, const QByteArray& etag);

Q_SIGNALS:
    void monthChanged(const citoyens::MonthKey& key);
    void upcomingChanged();

private:
};

} // namespace citoyens

Q_DECLARE_METATYPE(citoyens::MonthKey)
