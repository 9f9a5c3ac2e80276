#pragma once

#include "models/BookingDay.h"
#include "models/Reservation.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace citoyens {

// « Planning type »: the days of the week, every week / one week in two / even / odd weeks, from
// a date until another; the days it would book are shown before going on, from the days the
// client holds (the server's outcome is what counts). A field's error shows once the person
// changed that field; « Continuer » stays disabled until the pattern is complete.
class PatternDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatternDialog)

public:
    // `known`: the day as last received from the server, nullptr when the client has not seen it.
    using KnownDay = std::function<std::optional<BookingDay>(const QDate&)>;
    PatternDialog(const QDate& from, const QDate& to, KnownDay known, QWidget* parent = nullptr);

    BookingPattern pattern() const;
    // The days the preview expects to be booked, one line each, and their total.
    QStringList expectedLines() const { return m_expected; }
    qint64 expectedCents() const { return m_expectedCents; }

    QCheckBox* weekdayBox(int weekday) const { return m_weekdays.value(weekday - 1); }

private:
    void update();

    KnownDay m_known;
    QList<QCheckBox*> m_weekdays;
    QButtonGroup* m_weeks;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_preview;
    QLabel* m_error;
    QPushButton* m_next;
    QPushButton* m_cancel;
    QStringList m_expected;
    qint64 m_expectedCents = 0;
    // The fields the person changed: a field's error shows only then (a dialog that opens red,
    // before any input, blames the person for nothing).
    QSet<QString> m_touched;
};

} // namespace citoyens
