#include "PageLayoutSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
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

#include <limits>

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

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w);
}

} // namespace

QStringList clippedCells(QWidget* root)
{
    QStringList out;
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

QStringList outsideTheWindow(QWidget* root)
{
    constexpr int Far = std::numeric_limits<int>::max() / 4;
    QStringList out;
    QWidget* window = root->window();
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w))
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        else if (!isControl(w))
            continue;
        bool inner = false;
        for (QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget())
            inner = inner || isControl(p);
        if (inner)
            continue;
        QRect rect = w->rect();
        for (QWidget* child = w; child != window; child = child->parentWidget()) {
            QWidget* parent = child->parentWidget();
            rect.translate(child->pos());
            QRect bounds = parent->rect();
            // Scrolled content: what lies past the viewport comes into view where a scroll bar can.
            auto* area = qobject_cast<QAbstractScrollArea*>(parent->parentWidget());
            if (area && area->viewport() == parent) {
                if (area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
                    bounds.setLeft(-Far), bounds.setRight(Far);
                if (area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
                    bounds.setTop(-Far), bounds.setBottom(Far);
            }
            if (!bounds.contains(rect)) {
                out.append(describe(w, text)
                           + QStringLiteral(" cut by %1 %2")
                                 .arg(QString::fromLatin1(parent->metaObject()->className()), parent->objectName()));
                break;
            }
            // What the viewport shows of it goes on up; scrolled out of view, it is reachable.
            rect &= parent->rect();
            if (rect.isEmpty())
                break;
        }
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

QStringList clippedTexts(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const QSize hint = label->sizeHint();
            const bool cut = label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                    || label->minimumSizeHint().width() > label->width()
                                               : hint.width() > label->width() || hint.height() > label->height();
            if (cut)
                out.append(describe(label, label->text())
                           + QStringLiteral(" %1x%2 needs %3x%4")
                                 .arg(label->width())
                                 .arg(label->height())
                                 .arg(label->wordWrap() ? label->minimumSizeHint().width() : hint.width())
                                 .arg(label->wordWrap() ? label->heightForWidth(label->width()) : hint.height()));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            const QSize hint = button->sizeHint();
            if (!button->text().isEmpty() && (hint.width() > button->width() || hint.height() > button->height()))
                out.append(describe(button, button->text())
                           + QStringLiteral(" %1x%2 needs %3x%4")
                                 .arg(button->width())
                                 .arg(button->height())
                                 .arg(hint.width())
                                 .arg(hint.height()));
        }
    }
    return out;
}

} // namespace pagelayout
