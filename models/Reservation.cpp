#include "Reservation.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace citoyens {

namespace {

QJsonValue cents(qint64 value)
{
    return QJsonValue(value);
}

QString weeksName(BookingPattern::Weeks weeks)
{
    switch (weeks) {
    case BookingPattern::Weeks::Even:
        return QStringLiteral("even");
    case BookingPattern::Weeks::Odd:
        return QStringLiteral("odd");
    case BookingPattern::Weeks::Every:
    case BookingPattern::Weeks::EveryOther:
        break;
    }
    return {};
}

} // namespace

const BookingDay* BookingMonth::day(const QDate& date) const
{
    for (const BookingDay& d : days) {
        if (d.date == date)
            return &d;
    }
    return nullptr;
}

QJsonObject BookingMonth::toJson() const
{
    QJsonArray list;
    for (const BookingDay& d : days)
        list.append(d.toJson());
    return QJsonObject {
        { QStringLiteral("now"), JsonValues::instant(now) },
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("beneficiaryId"), beneficiaryId },
        { QStringLiteral("itemId"), itemId },
        { QStringLiteral("itemLabel"), itemLabel },
        { QStringLiteral("unit"), JsonValues::text(unit) },
        { QStringLiteral("days"), list },
    };
}

std::optional<BookingMonth> BookingMonth::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    BookingMonth month;
    month.now = r.dateTime(QStringLiteral("now"), true);
    month.subscriptionId = r.string(QStringLiteral("subscriptionId"));
    month.beneficiaryId = r.string(QStringLiteral("beneficiaryId"));
    month.itemId = r.string(QStringLiteral("itemId"));
    month.itemLabel = r.string(QStringLiteral("itemLabel"), false);
    month.unit = r.string(QStringLiteral("unit"), false);
    month.days = JsonValues::readList<BookingDay>(r, QStringLiteral("days"), true);
    if (!r.ok())
        return std::nullopt;
    return month;
}

QList<QDate> BookingPattern::dates() const
{
    QList<QDate> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    const QDate fromMonday = from.addDays(1 - from.dayOfWeek());
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (!weekdays.contains(d.dayOfWeek()))
            continue;
        const qint64 weeksFromStart = fromMonday.daysTo(d.addDays(1 - d.dayOfWeek())) / 7;
        const int week = d.weekNumber();
        switch (weeks) {
        case Weeks::Every:
            break;
        case Weeks::EveryOther:
            if (weeksFromStart % 2 != 0)
                continue;
            break;
        case Weeks::Even:
            if (week % 2 != 0)
                continue;
            break;
        case Weeks::Odd:
            if (week % 2 == 0)
                continue;
            break;
        }
        out.append(d);
    }
    return out;
}

FieldErrors BookingPattern::check() const
{
    FieldErrors errors;
    if (weekdays.isEmpty())
        errors.append({ QStringLiteral("pattern.weekdays"), FieldCode::Required });
    for (int w : weekdays) {
        if (w < 1 || w > 7) {
            errors.append({ QStringLiteral("pattern.weekdays"), FieldCode::InvalidChoice });
            break;
        }
    }
    if (!from.isValid())
        errors.append({ QStringLiteral("pattern.from"), FieldCode::Required });
    if (!to.isValid())
        errors.append({ QStringLiteral("pattern.to"), FieldCode::Required });
    else if (from.isValid() && (to < from || from.daysTo(to) >= 7 * MaxWeeks))
        errors.append({ QStringLiteral("pattern.to"), FieldCode::OutOfRange });
    return errors;
}

QJsonObject BookingPattern::toJson() const
{
    QList<int> sorted = weekdays;
    std::sort(sorted.begin(), sorted.end());
    QJsonArray days;
    for (int w : sorted)
        days.append(w);
    QJsonObject json {
        { QStringLiteral("weekdays"), days },
        { QStringLiteral("every"), weeks == Weeks::Every ? 1 : 2 },
        { QStringLiteral("from"), JsonValues::date(from) },
        { QStringLiteral("to"), JsonValues::date(to) },
    };
    const QString parity = weeksName(weeks);
    if (!parity.isEmpty())
        json.insert(QStringLiteral("parity"), parity);
    return json;
}

FieldErrors BookingRequest::check() const
{
    FieldErrors errors;
    if (subscriptionId.isEmpty())
        errors.append({ QStringLiteral("subscriptionId"), FieldCode::Required });
    if (beneficiaryId.isEmpty())
        errors.append({ QStringLiteral("beneficiaryId"), FieldCode::Required });
    if (pattern) {
        if (!dates.isEmpty())
            errors.append({ QStringLiteral("dates"), FieldCode::NotAllowed });
        errors += pattern->check();
        return errors;
    }
    if (dates.isEmpty())
        errors.append({ QStringLiteral("dates"), FieldCode::Required });
    else if (dates.size() > MaxDates)
        errors.append({ QStringLiteral("dates"), FieldCode::TooLarge });
    else if (QSet<QDate>(dates.begin(), dates.end()).size() != dates.size())
        errors.append({ QStringLiteral("dates"), FieldCode::Duplicate });
    return errors;
}

QJsonObject BookingRequest::toJson() const
{
    QJsonObject json {
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("beneficiaryId"), beneficiaryId },
    };
    if (!itemId.isEmpty())
        json.insert(QStringLiteral("itemId"), itemId);
    if (pattern) {
        json.insert(QStringLiteral("pattern"), pattern->toJson());
    } else {
        QList<QDate> sorted = dates;
        std::sort(sorted.begin(), sorted.end());
        QJsonArray list;
        for (const QDate& d : sorted)
            list.append(d.toString(Qt::ISODate));
        json.insert(QStringLiteral("dates"), list);
    }
    if (byCard)
        json.insert(QStringLiteral("payment"), QStringLiteral("card"));
    return json;
}

std::optional<BookingOutcome> BookingOutcome::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    BookingOutcome outcome;
    outcome.date = r.date(QStringLiteral("date"), true);
    const QString status = r.string(QStringLiteral("status"));
    if (status == u"booked")
        outcome.status = Status::Booked;
    else if (status == u"waiting_list")
        outcome.status = Status::WaitingList;
    else if (status == u"skipped")
        outcome.status = Status::Skipped;
    else
        r.addError(QStringLiteral("status"), FieldCode::InvalidChoice);
    outcome.reason = r.string(QStringLiteral("reason"), false);
    outcome.reservationId = r.string(QStringLiteral("reservationId"), false);
    outcome.priceCents = r.integer(QStringLiteral("priceCents"), false);
    outcome.surchargeCents = r.integer(QStringLiteral("surchargeCents"), false);
    if (!r.ok())
        return std::nullopt;
    return outcome;
}

int BookingResult::count(BookingOutcome::Status status) const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(),
                             [status](const BookingOutcome& o) { return o.status == status; }));
}

std::optional<BookingResult> BookingResult::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    BookingResult result;
    const QJsonArray list = r.array(QStringLiteral("outcomes"), true);
    for (const QJsonValue& value : list) {
        const std::optional<BookingOutcome> outcome = BookingOutcome::fromJson(value.toObject());
        if (!outcome)
            return std::nullopt;
        result.outcomes.append(*outcome);
    }
    result.totalCents = r.integer(QStringLiteral("totalCents"));
    result.orderId = r.string(QStringLiteral("orderId"), false);
    result.balanceCents = r.integer(QStringLiteral("balanceCents"), false, -1);
    result.orderNumber = r.string(QStringLiteral("orderNumber"), false);
    result.paidWith = r.string(QStringLiteral("paidWith"), false);
    result.orderStatus = r.string(QStringLiteral("orderStatus"), false);
    result.paymentUrl = r.string(QStringLiteral("paymentUrl"), false);
    result.expiresAt = r.dateTime(QStringLiteral("expiresAt"), false);
    if (!r.ok())
        return std::nullopt;
    return result;
}

QJsonObject ReservationRow::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("date"), JsonValues::date(date) },
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("serviceName"), serviceName },
        { QStringLiteral("communeName"), communeName },
        { QStringLiteral("itemId"), itemId },
        { QStringLiteral("itemLabel"), itemLabel },
        { QStringLiteral("beneficiaryId"), beneficiaryId },
        { QStringLiteral("beneficiaryName"), beneficiaryName },
        { QStringLiteral("status"), status },
        { QStringLiteral("priceCents"), cents(priceCents) },
        { QStringLiteral("surchargeCents"), cents(surchargeCents) },
        { QStringLiteral("cancelBy"), JsonValues::instant(cancelBy) },
        { QStringLiteral("attendance"), JsonValues::text(attendance) },
        { QStringLiteral("orderId"), JsonValues::text(orderId) },
    };
}

std::optional<ReservationRow> ReservationRow::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    ReservationRow row;
    row.id = r.string(QStringLiteral("id"));
    row.date = r.date(QStringLiteral("date"), true);
    row.subscriptionId = r.string(QStringLiteral("subscriptionId"));
    row.serviceName = r.string(QStringLiteral("serviceName"), false);
    row.communeName = r.string(QStringLiteral("communeName"), false);
    row.itemId = r.string(QStringLiteral("itemId"), false);
    row.itemLabel = r.string(QStringLiteral("itemLabel"), false);
    row.beneficiaryId = r.string(QStringLiteral("beneficiaryId"));
    row.beneficiaryName = r.string(QStringLiteral("beneficiaryName"), false);
    row.status = r.string(QStringLiteral("status"));
    if (row.status != u"booked" && row.status != u"waiting_list")
        r.addError(QStringLiteral("status"), FieldCode::InvalidChoice);
    row.priceCents = r.integer(QStringLiteral("priceCents"), false);
    row.surchargeCents = r.integer(QStringLiteral("surchargeCents"), false);
    row.cancelBy = r.dateTime(QStringLiteral("cancelBy"));
    row.attendance = r.string(QStringLiteral("attendance"), false);
    row.orderId = r.string(QStringLiteral("orderId"), false);
    if (!r.ok())
        return std::nullopt;
    return row;
}

std::optional<QList<ReservationRow>> ReservationRow::listFromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("reservations")).isArray())
        return std::nullopt;
    QList<ReservationRow> rows;
    for (const QJsonValue& value : json.value(QStringLiteral("reservations")).toArray()) {
        const std::optional<ReservationRow> row = ReservationRow::fromJson(value.toObject());
        if (!row)
            return std::nullopt;
        rows.append(*row);
    }
    return rows;
}

} // namespace citoyens
