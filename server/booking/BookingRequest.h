#pragma once

#include "models/FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace citoyens::server {

// The body of POST /me/reservations, read strictly: the request, the child, the item (empty:
// the service's first booked item) and the days, given as `dates` or as a weekly `pattern`
// (exactly one of them). Field errors name the field (`dates[3]`, `pattern.parity`); an array
// longer than its maximum is one error on the array (`dates`, `pattern.weekdays`), its elements
// unread.
struct BookingRequest
{
    static constexpr int MaxDates = 100;
    static constexpr int MaxPatternWeeks = 26;
    static constexpr int MaxWeekdays = 7;

    QString subscriptionId;
    QString beneficiaryId;
    QString itemId;
    QList<QDate> dates; // distinct, ascending

    static BookingRequest read(const QJsonObject& body, FieldErrors* errors);

    // The days of a pattern: the ISO `weekdays` from `from` to `to` included, every week, or one
    // week in two: the weeks of ISO number parity `parity` ("even", "odd"), or without a parity
    // the weeks counted from `from`'s week (its week, then every other one).
    static QList<QDate> patternDays(const QList<int>& weekdays, int every, const QString& parity, const QDate& from,
                                    const QDate& to);
};

} // namespace citoyens::server
