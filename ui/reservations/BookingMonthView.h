#pragma once

#include <QTableView>

namespace citoyens {

class BookingMonthModel;

// The month as a table (7 columns Monday..Sunday, one row per week) over a BookingMonthModel:
// a click chooses or drops a bookable day (as in every calendar; QAbstractItemView emits no
// second click for a double-click, so a double-click chooses too), arrows move between days, Space chooses or
// drops, Return books the chosen days, PageUp / PageDown go to the previous / next month. A
// cell shows its day, a symbol with a short word and the price; its accessible text and tooltip
// are the whole sentence of its day.
class BookingMonthView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingMonthView)

public:
    explicit BookingMonthView(QWidget* parent = nullptr);

    void setMonthModel(BookingMonthModel* model);

Q_SIGNALS:
    void toggleRequested(const QModelIndex& index);
    void bookRequested();
    void previousMonthRequested();
    void nextMonthRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace citoyens
