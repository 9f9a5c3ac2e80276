#pragma once

#include "models/BookingDay.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace citoyens {

// One month of a child's days as a table: 7 columns (Monday to Sunday), one row per week that
// has a day of the month. The days are the server's (BookingDay JSON): the model renders their
// state, it never decides one. A cell shows the day number, a short state word with a symbol
// (never colour alone) and the price; its Qt::AccessibleTextRole and tooltip are the whole
// sentence. The days the person chose to book are kept here ("chosen") until cleared.
class BookingMonthModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingMonthModel)

public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate; invalid outside the month
        StateRole, // the state word ("bookable", "booked"...)
        ReasonRole,
        ReservationIdRole,
        BookableRole, // can be chosen for booking
        CancellableRole, // booked or waiting, before its cancel deadline
        ChosenRole,
        PriceCentsRole, // price + surcharge, qint64
        CancelByRole, // QDateTime UTC
        BookByRole,
    };

    // The nearest deadline ahead: booking a day, or cancelling one.
    struct Deadline
    {
        enum class Kind { Book, Cancel };
        Kind kind = Kind::Book;
        QDate day;
        QDateTime at; // UTC
    };

    explicit BookingMonthModel(QObject* parent = nullptr);

    // The month (its first day) and the days the server sent for it; the chosen days that are
    // no longer bookable are dropped.
    void setMonth(const QDate& month, const QList<BookingDay>& days);
    QDate month() const { return m_month; }
    const QList<BookingDay>& days() const { return m_days; }
    const BookingDay* day(const QDate& date) const;
    QModelIndex indexOf(const QDate& date) const;
    QDate dateAt(const QModelIndex& index) const;

    // Chooses or drops a bookable day; false for another.
    bool toggleChosen(const QModelIndex& index);
    QList<QDate> chosen() const;
    qint64 chosenTotalCents() const;
    void clearChosen();

    std::optional<Deadline> nextDeadline(const QDateTime& now) const;

    // What was paid for a reservation (price and surcharge), by reservation id: a booked day shows
    // it instead of today's price. From the upcoming reservations.
    void setPaidCents(const QHash<QString, qint64>& paid);
    // The day as the cells render it (the paid amount on a booked day when known).
    std::optional<BookingDay> shownDay(const QDate& date) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void chosenChanged();

private:
    QDate firstMonday() const;

    QDate m_month;
    QList<BookingDay> m_days;
    QHash<QDate, int> m_byDate;
    QSet<QDate> m_chosen;
    QHash<QString, qint64> m_paid;
    int m_rows = 0;
};

} // namespace citoyens
