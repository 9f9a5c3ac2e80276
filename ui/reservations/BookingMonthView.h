#pragma once

#include <QTableView>

namespace citoyens {

class BookingMonthModel;

// The month as a table (7 columns Monday..Sunday, one row per week) over a BookingMonthModel:
// arrows move between days, Space chooses or drops a bookable day, Return books the chosen
// days, PageUp / PageDown go to the previous / next month. A cell's accessible text is the
// whole sentence of its day.
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
