#include "BookingMonthView.h"

#include "itemmodels/BookingMonthModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace citoyens {

BookingMonthView::BookingMonthView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(true);
    setCornerButtonEnabled(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(72);
    verticalHeader()->setHighlightSections(false);
    connect(this, &QAbstractItemView::doubleClicked, this, &BookingMonthView::toggleRequested);
}

void BookingMonthView::setMonthModel(BookingMonthModel* model)
{
    setModel(model);
}

void BookingMonthView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        if (currentIndex().isValid())
            Q_EMIT toggleRequested(currentIndex());
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT bookRequested();
        event->accept();
        return;
    case Qt::Key_PageUp:
        Q_EMIT previousMonthRequested();
        event->accept();
        return;
    case Qt::Key_PageDown:
        Q_EMIT nextMonthRequested();
        event->accept();
        return;
    default:
        QTableView::keyPressEvent(event);
    }
}

} // namespace citoyens
