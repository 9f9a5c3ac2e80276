#pragma once

#include "widgets/FormPage.h"

#include "models/Reservation.h"
#include "store/ReservationRepository.h"

#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QTableView;

namespace citoyens {

class AccountScope;
class BookingMonthModel;
class BookingMonthView;
class BusyButton;
class Operation;
class ReservationChooser;

// « Mes réservations »: for a validated child and an approved service with days, the month
// where every day says whether it can still be booked or cancelled, until when and at what
// price (the server's days, painted from the store first, then refreshed); the nearest
// deadline as a countdown; booking the chosen days or a weekly pattern, cancelling a day in
// time; the upcoming reservations of every child.
class ReservationsPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationsPage)

public:
    explicit ReservationsPage(AccountScope* scope, QWidget* parent = nullptr);

    // Forgets the chosen days and the last outcome (someone else signs in).
    void reset();
    void showMonth(const QDate& month);

    BookingMonthModel* monthModel() const { return m_model; }
    BookingMonthView* monthView() const { return m_view; }
    MonthKey currentKey() const;
    QLabel* countdownLabel() const { return m_countdown; }
    QLabel* outcomeLabel() const { return m_outcome; }
    QLabel* hintLabel() const { return m_hint; }
    QLabel* emptyLabel() const { return m_empty; }

private:
    void selectionChanged();
    void paintFromStore();
    void refresh();
    void updateCountdown();
    void updateChosen();
    void updateDayPanel();
    void bookChosen();
    void openPattern();
    void openConfirmation(const BookingRequest& request, const QStringList& lines, qint64 expectedCents);
    void showOutcome(const BookingResult& result);
    void cancelCurrent();
    std::optional<BookingDay> knownDay(const QDate& date) const;

    AccountScope* m_scope;
    BookingMonthModel* m_model;
    ReservationChooser* m_chooser;
    QLabel* m_empty;
    QWidget* m_monthBox;
    QLabel* m_countdown;
    QPushButton* m_previous;
    QLabel* m_monthLabel;
    QPushButton* m_next;
    QLabel* m_hint;
    QLabel* m_status;
    QPushButton* m_retry;
    BookingMonthView* m_view;
    QLabel* m_dayText;
    BusyButton* m_cancel;
    QLabel* m_cancelWhy;
    QPushButton* m_book;
    QPushButton* m_pattern;
    QLabel* m_outcome;
    QTableView* m_upcoming;
    QLabel* m_upcomingEmpty;
    QTimer m_minute;
    QDate m_month;
    bool m_clockKnown = false; // a days answer gave the server's clock
    QPointer<Operation> m_fetching;
    QPointer<Operation> m_cancelling;
};

} // namespace citoyens
