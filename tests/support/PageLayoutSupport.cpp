#include "PageLayoutSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTreeView>

namespace pagelayout {

namespace {

// The views' and delegates' own option setup (protected), reached through pointers to members:
// the cell is measured with what the view paints it with (font, wrapping, the delegate's text).
struct ViewAccess : QAbstractItemView
{
    static void initOption(const QAbstractItemView* view, QStyleOptionViewItem* option)
    {
        (view->*(&ViewAccess::initViewItemOption))(option);
    }
};

struct DelegateAccess : QStyledItemDelegate
{
    static void initOption(const QStyledItemDelegate* delegate, QStyleOptionViewItem* option, const QModelIndex& index)
    {
        (delegate->*(&DelegateAccess::initStyleOption))(option, index);
    }
};

QString describe(const QWidget* w, const QString& text)
{
    return QStringLiteral("%1 %2 '%3'")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.simplified().left(60));
}

// Whether the text `option` describes overflows `rect` as QCommonStyle draws it (its margins,
// word wrapping, one line per "\n"): then the style elides it.
bool overflows(const QStyleOptionViewItem& option, const QRect& textRect, const QStyle* style, const QWidget* view)
{
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QRect rect = textRect.adjusted(margin, 0, -margin, 0);
    QString text = option.text;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextOption textOption;
    textOption.setWrapMode(option.features & QStyleOptionViewItem::WrapText ? QTextOption::WordWrap
                                                                            : QTextOption::ManualWrap);
    QTextLayout layout(text, option.font);
    layout.setTextOption(textOption);
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return widest > rect.width() + 0.5 || height > rect.height() + 0.5;
}

void checkRows(QAbstractItemView* view, const QModelIndex& parent, QStringList* out)
{
    const QAbstractItemModel* model = view->model();
    auto* tree = qobject_cast<QTreeView*>(view);
    const QRect viewport = view->viewport()->rect();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QRect rect = view->visualRect(index);
            if (rect.isEmpty() || !viewport.intersects(rect) || index.data().toString().isEmpty())
                continue;
            QStyleOptionViewItem option;
            ViewAccess::initOption(view, &option);
            option.rect = rect;
            if (auto* delegate = qobject_cast<QStyledItemDelegate*>(view->itemDelegateForIndex(index)))
                DelegateAccess::initOption(delegate, &option, index);
            const QRect textRect = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
            if (overflows(option, textRect, view->style(), view)) {
                out->append(QStringLiteral("%1 [%2,%3] '%4'")
                                .arg(view->objectName())
                                .arg(row)
                                .arg(column)
                                .arg(option.text.simplified()));
            }
        }
        const QModelIndex first = model->index(row, 0, parent);
        if (tree && tree->isExpanded(first))
            checkRows(view, first, out);
    }
}

} // namespace

QStringList clippedBeyondKeys(QWidget* root)
{
    QStringList out;
    // A word-wrapped label cannot wrap a word wider than itself (an address): it cuts it.
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull()
            && label->minimumSizeHint().width() > label->width())
            out.append(describe(label, label->text())
                       + QStringLiteral(" has a word of %1 px in %2")
                             .arg(label->minimumSizeHint().width())
                             .arg(label->width()));
    }
    // A combo box draws its current text elided in its edit field.
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (!combo->isVisible() || combo->isEditable() || combo->currentText().isEmpty()
            || combo->window() != root->window())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.currentText = combo->currentText();
        option.editable = false;
        const QRect field
            = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        if (combo->fontMetrics().horizontalAdvance(combo->currentText()) > field.width())
            out.append(describe(combo, combo->currentText()));
    }
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model() || qobject_cast<QHeaderView*>(view)
            || view->window() != root->window())
            continue;
        checkRows(view, view->rootIndex(), &out);
    }
    return out;
}

QStringList titleMisalignments(const QList<QWidget*>& pages)
{
    QStringList out;
    int expected = -1;
    QString first;
    for (QWidget* page : pages) {
        QLabel* title = nullptr;
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->property("role").toString() == u"title" && label->isVisibleTo(page)
                && (!title || label->mapTo(page, QPoint()).y() < title->mapTo(page, QPoint()).y()))
                title = label;
        }
        if (!title) {
            out.append(QStringLiteral("%1: no title").arg(page->objectName()));
            continue;
        }
        // Where QLabel draws the text: its contents, its margin, and the indent it gives itself
        // when it has a frame (a style sheet box) and no indent of its own.
        int indent = title->indent();
        if (indent < 0 && title->frameWidth() > 0)
            indent = title->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2 - title->margin();
        const int x
            = title->mapTo(page->window(), title->contentsRect().topLeft()).x() + title->margin() + qMax(indent, 0);
        if (expected < 0) {
            expected = x;
            first = page->objectName();
        } else if (x != expected) {
            out.append(QStringLiteral("%1: title '%2' at x %3, %4's at %5")
                           .arg(page->objectName(), title->text())
                           .arg(x)
                           .arg(first)
                           .arg(expected));
        }
    }
    return out;
}

} // namespace pagelayout
