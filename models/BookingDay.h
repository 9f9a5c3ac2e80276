#pragma once

#include "BookingPolicy.h"
#include "FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace citoyens {

// What a child already has for a day.
enum class ReservationStatus {
    None,
    Booked,
    WaitingList,
};

// The facts a day's state is worked out from, besides the policy.
struct BookingDayFacts
{
    QDate date;
    QDateTime now; // the server's clock
    ReservationStatus reservation = ReservationStatus::None;
    QString reservationId; // the child's reservation, when there is one
    QString attendance; // "present", "absent", "excused" once recorded; empty before
    int bookedCount = 0; // confirmed bookings that day, every child counted
    int waitingCount = 0; // waiting-list entries that day
    qint64 priceCents = 0; // the day's price for this child, from the service's tariff
};

// One day of a child's month for one service: whether it can still be booked or cancelled,
// until when, at what price, and why. Worked out by the server, rendered by the client.
//
// Deadlines are exclusive: a day can be booked while `now` is strictly before `bookBy`, and
// cancelled while strictly before `cancelBy`; at the deadline's minute itself it has passed.
struct BookingDay
{
    enum class State {
        Bookable, // can be booked now (at `surchargeCents` extra after the ordinary deadline)
        Booked, // booked; cancellable while now < cancelBy
        WaitingList, // on the waiting list; can leave it while now < cancelBy
        Full, // no place left; reason says whether the waiting list has room
        Closed, // the service does not run that day, or not yet bookable (reason says which)
        DeadlinePassed, // no booking any more
        Past, // the day is over (before today, Paris time)
    };

    QDate date;
    State state = State::Closed;
    QDateTime bookBy; // UTC; the cut-off that applies now (the late one inside the late window)
    QDateTime cancelBy; // UTC
    QDateTime lateBookBy; // UTC; the late-booking cut-off when the policy has one
    qint64 priceCents = 0;
    qint64 surchargeCents = 0; // the surcharge booking now would add
    QString reason; // a machine word, see reasonText()
    QString reservationId;
    QString attendance;

    // Reasons: "weekday_not_served", "public_holiday", "school_holidays", "school_term",
    // "school_calendar_unknown", "beyond_horizon", "past", "bookable", "late_booking", "full",
    // "waiting_list_open", "booking_deadline_passed", "cancellable", "cancel_deadline_passed";
    // and, for the outcome of a booking only, "already_booked", "already_waiting".
    static BookingDay evaluate(const BookingPolicy& policy, const BookingDayFacts& facts);

    // Every day of a month, the facts of each day given by `facts`.
    static QList<BookingDay> month(const BookingPolicy& policy, int year, int month, const QDateTime& now,
                                   const std::function<BookingDayFacts(const QDate&)>& facts);

    // The reason as a sentence for people, translated in the "BookingDay" context; the holiday's
    // or the period's name is found again from the date.
    QString reasonText() const;

    QJsonObject toJson() const;
    static std::optional<BookingDay> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                              const QString& prefix = {});

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
    static bool isAttendance(const QString& word);

    friend bool operator==(const BookingDay& a, const BookingDay& b);
};

} // namespace citoyens
