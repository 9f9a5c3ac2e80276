#pragma once

#include "BookingDay.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace citoyens {

// The days answer (GET /me/subscriptions/{id}/days): one child's days of one booked item of a
// service, as the server worked them out, with the server's clock at the time of the answer.
struct BookingMonth
{
    QDateTime now; // the server's clock (UTC)
    QString subscriptionId;
    QString beneficiaryId;
    QString itemId;
    QString itemLabel;
    QString unit;
    QList<BookingDay> days;

    const BookingDay* day(const QDate& date) const;

    QJsonObject toJson() const;
    static std::optional<BookingMonth> fromJson(const QJsonObject& json);
};

// Days to book every week, every other week, or on even or odd ISO weeks, from one date to
// another ("Planning type").
struct BookingPattern
{
    enum class Weeks { Every, EveryOther, Even, Odd };

    QList<int> weekdays; // 1 (Monday) .. 7 (Sunday)
    Weeks weeks = Weeks::Every;
    QDate from;
    QDate to;

    static constexpr int MaxWeeks = 26;

    // The calendar dates the pattern names, before any rule of the service is applied. "Every
    // other week" counts weeks from `from`'s ISO week.
    QList<QDate> dates() const;
    // Fields `pattern.weekdays`, `pattern.from`, `pattern.to` (FieldCodes words).
    FieldErrors check() const;
    QJsonObject toJson() const;
};

// POST /me/reservations: either `dates` or `pattern`.
struct BookingRequest
{
    static constexpr int MaxDates = 100;

    QString subscriptionId;
    QString beneficiaryId;
    QString itemId; // empty: the service's first booked item
    QList<QDate> dates;
    std::optional<BookingPattern> pattern;
    bool byCard = false; // the booked days paid by card ("payment": "card"), else from the wallet

    FieldErrors check() const;
    QJsonObject toJson() const;
    friend bool operator==(const BookingRequest& a, const BookingRequest& b) { return a.toJson() == b.toJson(); }
};

// What happened to one day of a booking.
struct BookingOutcome
{
    enum class Status { Booked, WaitingList, Skipped };

    QDate date;
    Status status = Status::Skipped;
    QString reason; // the day's reason word when skipped, or already_booked / already_waiting
    QString reservationId;
    qint64 priceCents = 0;
    qint64 surchargeCents = 0;

    static std::optional<BookingOutcome> fromJson(const QJsonObject& json);
};

// The answer of POST /me/reservations.
struct BookingResult
{
    QList<BookingOutcome> outcomes;
    qint64 totalCents = 0;
    QString orderId; // empty when nothing was paid
    qint64 balanceCents = -1;
    QString orderNumber;
    QString paidWith; // "wallet" or "card" when there is an order
    QString orderStatus; // "paid", or "pending" while a card payment holds the days
    QString paymentUrl; // by card: the payment page
    QDateTime expiresAt; // by card: when the payment can no longer be made

    int count(BookingOutcome::Status status) const;
    static std::optional<BookingResult> fromJson(const QJsonObject& json);
};

// A row of GET /me/reservations ("Prochaines réservations", every child).
struct ReservationRow
{
    QString id;
    QDate date;
    QString subscriptionId;
    QString serviceName;
    QString communeName;
    QString itemId;
    QString itemLabel;
    QString beneficiaryId;
    QString beneficiaryName;
    QString status; // "booked" or "waiting_list"
    qint64 priceCents = 0;
    qint64 surchargeCents = 0;
    QDateTime cancelBy;
    QString attendance;
    QString orderId;

    QJsonObject toJson() const;
    static std::optional<ReservationRow> fromJson(const QJsonObject& json);
    static std::optional<QList<ReservationRow>> listFromJson(const QJsonObject& json);
    friend bool operator==(const ReservationRow& a, const ReservationRow& b) { return a.toJson() == b.toJson(); }
};

} // namespace citoyens
