#include "BookingMonthView.h"

#include "itemmodels/BookingMonthModel.h"

#include <QColor>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace citoyens {

namespace {

// A light tint per state, beside the words and symbols that say it (never colour alone).
class DayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(BookingMonthModel::DateRole).toDate().isValid()) {
            option->backgroundBrush = QColor(0xf3, 0xf4, 0xf6);
            return;
        }
        const QString state = index.data(BookingMonthModel::StateRole).toString();
        QColor tint;
        if (index.data(BookingMonthModel::ChosenRole).toBool())
            tint = QColor(0xd6, 0xe8, 0xfa);
        else if (state == u"booked")
            tint = QColor(0xdf, 0xf3, 0xe4);
        else if (state == u"waiting_list" || state == u"full")
            tint = QColor(0xfd, 0xf0, 0xd5);
        else if (state == u"deadline_passed")
            tint = QColor(0xfb, 0xe4, 0xe4);
        else if (state == u"closed" || state == u"past")
            tint = QColor(0xee, 0xef, 0xf1);
        if (tint.isValid())
            option->backgroundBrush = tint;
    }
};

} // namespace

BookingMonthView::BookingMonthView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(true);
    setCornerButtonEnabled(false);
    setItemDelegate(new DayDelegate(this));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    // A week is at least 72 px high, higher when a day's words wrap (« Réservation tardive », 200 %).
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setMinimumSectionSize(72);
    // No « Semaine 12 » column: its width cut every day's « ○ Réservable » at 1100×740 (a cell
    // says its full date to a screen reader; the weeks are the rows).
    verticalHeader()->hide();
    verticalHeader()->setHighlightSections(false);
    connect(this, &QAbstractItemView::clicked, this, &BookingMonthView::toggleRequested);
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
