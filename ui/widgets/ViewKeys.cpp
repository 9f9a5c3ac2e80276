#include "ViewKeys.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QListView>
#include <QTableView>
#include <QTreeView>

namespace citoyens::ViewKeys {

namespace {

bool rowHidden(const QAbstractItemView* view, int row, const QModelIndex& parent)
{
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->isRowHidden(row);
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->isRowHidden(row, parent);
    if (const auto* list = qobject_cast<const QListView*>(view))
        return list->isRowHidden(row);
    return false;
}

// The first row a person sees that can be chosen (a tree's communes are headings, not choices).
QModelIndex firstSelectable(const QAbstractItemView* view, const QModelIndex& parent)
{
    const QAbstractItemModel* model = view->model();
    const auto* tree = qobject_cast<const QTreeView*>(view);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (rowHidden(view, row, parent))
            continue;
        const QModelIndex index = model->index(row, 0, parent);
        const Qt::ItemFlags flags = model->flags(index);
        if ((flags & Qt::ItemIsEnabled) && (flags & Qt::ItemIsSelectable))
            return index;
        if (tree && tree->isExpanded(index)) {
            if (const QModelIndex child = firstSelectable(view, index); child.isValid())
                return child;
        }
    }
    return {};
}

class ViewKeysFilter : public QObject
{
public:
    explicit ViewKeysFilter(QAbstractItemView* view)
        : QObject(view)
        , m_view(view)
    { }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_view)
            return false;
        if (event->type() == QEvent::FocusIn) {
            if (static_cast<QFocusEvent*>(event)->reason() != Qt::MouseFocusReason)
                selectCurrentRow();
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (!tab || !(key->modifiers() & Qt::ControlModifier))
            return false;
        // Ctrl+Tab leaves the view as Tab does (as it leaves a text area that takes Tab).
        const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
        QKeyEvent plain(QEvent::KeyPress, back ? Qt::Key_Backtab : Qt::Key_Tab,
                        back ? Qt::ShiftModifier : Qt::NoModifier);
        QCoreApplication::sendEvent(m_view, &plain);
        return true;
    }

private:
    void selectCurrentRow()
    {
        QItemSelectionModel* selection = m_view->selectionModel();
        if (!m_view->model() || !selection)
            return;
        QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
        if (m_view->selectionBehavior() == QAbstractItemView::SelectRows)
            flags |= QItemSelectionModel::Rows;
        if (m_view->selectionMode() == QAbstractItemView::NoSelection)
            flags = QItemSelectionModel::NoUpdate;
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid()) {
            if (const QModelIndex first = firstSelectable(m_view, m_view->rootIndex()); first.isValid()) {
                selection->setCurrentIndex(first, flags);
                m_view->scrollTo(first);
            }
            return;
        }
        if (!selection->hasSelection() && (m_view->model()->flags(current) & Qt::ItemIsSelectable))
            selection->select(current, flags);
    }

    QAbstractItemView* m_view;
};

} // namespace

void install(QAbstractItemView* view)
{
    view->setTabKeyNavigation(false);
    view->installEventFilter(new ViewKeysFilter(view));
}

} // namespace citoyens::ViewKeys
