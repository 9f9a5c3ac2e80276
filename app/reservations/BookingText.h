#pragma once

#include "models/BookingDay.h"
#include "models/Reservation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace citoyens {

// The words of a booked day, shared by the month view, the outcome list and the countdown:
// dates and deadlines in the default locale's words, deadlines in Paris time.
class BookingText
{
    Q_DECLARE_TR_FUNCTIONS(BookingText)

public:
    // "mardi 12 mai 2026"
    static QString longDate(const QDate& date);
    // "jeudi 7 mai" (the year when it is not `reference`'s)
    static QString shortDate(const QDate& date, const QDate& reference = {});
    // "18 h", "9 h 30" (Paris time of an instant)
    static QString time(const QDateTime& instant);
    // "jeudi 7 mai à 18 h"
    static QString deadline(const QDateTime& instant, const QDate& reference = {});
    // The short state word with its symbol, as a cell shows it: "✓ Réservé", "⧗ Attente".
    static QString stateWord(const BookingDay& day);
    // What was recorded on a past day: "Présent", "Absent", "Absence justifiée"; empty when nothing.
    static QString attendanceWord(const QString& attendance);
    // The whole day in one sentence (a cell's accessible text and tooltip).
    static QString daySentence(const BookingDay& day);
    // One outcome of a booking: "lundi 9 mars 2026 : réservé, 3,30 €".
    static QString outcomeSentence(const BookingOutcome& outcome);
    // "dans 2 jours 3 heures", "dans 45 minutes"
    static QString countdown(const QDateTime& now, const QDateTime& deadline);
    static QDateTime paris(const QDateTime& instant);
};

} // namespace citoyens
