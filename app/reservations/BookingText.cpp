#include "BookingText.h"

#include "models/Money.h"

#include <QLocale>
#include <QTimeZone>

namespace citoyens {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString price(const BookingDay& day)
{
    return Money::fromCents(day.priceCents).toFrench();
}

} // namespace

QDateTime BookingText::paris(const QDateTime& instant)
{
    return instant.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
}

QString BookingText::longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString BookingText::shortDate(const QDate& date, const QDate& reference)
{
    if (reference.isValid() && reference.year() != date.year())
        return longDate(date);
    return QLocale().toString(date, QStringLiteral("dddd d MMMM"));
}

QString BookingText::time(const QDateTime& instant)
{
    const QTime t = paris(instant).time();
    if (t.minute() == 0)
        return tr("%1:00", "an hour on the clock").arg(t.hour());
    return tr("%1:%2", "hours and minutes").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString BookingText::deadline(const QDateTime& instant, const QDate& reference)
{
    return tr("%1 at %2", "a deadline: day and time").arg(shortDate(paris(instant).date(), reference), time(instant));
}

QString BookingText::stateWord(const BookingDay& day)
{
    // One short word (a cell of the default window is about 85 px wide): the whole sentence is
    // the cell's accessible text and tooltip.
    switch (day.state) {
    case BookingDay::State::Bookable:
        return day.surchargeCents > 0 ? tr("○ Surcharged") : tr("○ Open");
    case BookingDay::State::Booked:
        return tr("✓ Booked");
    case BookingDay::State::WaitingList:
        return tr("⧗ Waiting");
    case BookingDay::State::Full:
        return tr("● Full");
    case BookingDay::State::Closed:
        return tr("— Closed");
    case BookingDay::State::DeadlinePassed:
        return tr("✕ Too late");
    case BookingDay::State::Past: {
        if (day.attendance == u"excused")
            return tr("Excused");
        const QString attended = attendanceWord(day.attendance);
        if (!attended.isEmpty())
            return attended;
        return day.reservationId.isEmpty() ? tr("Past") : tr("✓ Booked");
    }
    }
    return {};
}

QString BookingText::attendanceWord(const QString& attendance)
{
    if (attendance == u"present")
        return tr("Present");
    if (attendance == u"absent")
        return tr("Absent");
    if (attendance == u"excused")
        return tr("Excused absence");
    return {};
}

QString BookingText::daySentence(const BookingDay& day)
{
    const QString date = longDate(day.date);
    const QDate ref = day.date;
    switch (day.state) {
    case BookingDay::State::Bookable:
        if (day.surchargeCents > 0)
            return tr("%1, bookable with a surcharge of %2 until %3, %4")
                .arg(date, Money::fromCents(day.surchargeCents).toFrench(), deadline(day.bookBy, ref),
                     Money::fromCents(day.priceCents + day.surchargeCents).toFrench());
        return tr("%1, bookable until %2, %3").arg(date, deadline(day.bookBy, ref), price(day));
    case BookingDay::State::Booked:
        if (day.reason == u"cancellable")
            return tr("%1, booked, cancellable until %2, %3").arg(date, deadline(day.cancelBy, ref), price(day));
        return tr("%1, booked, can no longer be cancelled (since %2), %3")
            .arg(date, deadline(day.cancelBy, ref), price(day));
    case BookingDay::State::WaitingList:
        if (day.reason == u"cancellable")
            return tr("%1, on the waiting list, can be withdrawn until %2, %3")
                .arg(date, deadline(day.cancelBy, ref), price(day));
        return tr("%1, on the waiting list, can no longer be withdrawn, %2").arg(date, price(day));
    case BookingDay::State::Full:
        return tr("%1, full: %2").arg(date, day.reasonText());
    case BookingDay::State::Closed:
        return tr("%1, closed: %2").arg(date, day.reasonText());
    case BookingDay::State::DeadlinePassed: {
        // The last chance was the late cut-off when the policy has one.
        const QDateTime last = day.lateBookBy.isValid() && day.lateBookBy > day.bookBy ? day.lateBookBy : day.bookBy;
        return tr("%1, booking deadline passed (%2)").arg(date, deadline(last, ref));
    }
    case BookingDay::State::Past: {
        const QString attended = attendanceWord(day.attendance);
        if (!attended.isEmpty())
            return tr("%1, past, attendance: %2").arg(date, attended);
        if (!day.reservationId.isEmpty())
            return tr("%1, past, was booked").arg(date);
        return tr("%1, past").arg(date);
    }
    }
    return date;
}

QString BookingText::outcomeSentence(const BookingOutcome& outcome)
{
    const QString date = capitalised(longDate(outcome.date));
    switch (outcome.status) {
    case BookingOutcome::Status::Booked: {
        const qint64 total = outcome.priceCents + outcome.surchargeCents;
        if (outcome.surchargeCents > 0)
            return tr("%1: booked, %2 (surcharge %3 included)")
                .arg(date, Money::fromCents(total).toFrench(), Money::fromCents(outcome.surchargeCents).toFrench());
        return tr("%1: booked, %2").arg(date, Money::fromCents(total).toFrench());
    }
    case BookingOutcome::Status::WaitingList:
        return tr("%1: on the waiting list, nothing charged").arg(date);
    case BookingOutcome::Status::Skipped:
        break;
    }
    BookingDay day;
    day.date = outcome.date;
    day.reason = outcome.reason;
    day.surchargeCents = outcome.surchargeCents;
    QString why = day.reasonText();
    if (why.isEmpty())
        why = outcome.reason;
    return tr("%1: not booked — %2").arg(date, why);
}

QString BookingText::countdown(const QDateTime& now, const QDateTime& deadline)
{
    const qint64 minutes = std::max<qint64>(0, now.secsTo(deadline) / 60);
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return tr("in %n day(s)", nullptr, int(days))
            + (hours > 0 ? QLatin1Char(' ') + tr("%n hour(s)", nullptr, int(hours)) : QString());
    if (hours > 0)
        return tr("in %n hour(s)", nullptr, int(hours))
            + (rest > 0 ? QLatin1Char(' ') + tr("%n minute(s)", nullptr, int(rest)) : QString());
    return tr("in %n minute(s)", nullptr, int(rest));
}

} // namespace citoyens
