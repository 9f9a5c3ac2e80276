#include "KeyboardSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QShortcut>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <algorithm>

namespace keys {

namespace {

QString describe(const QWidget* w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString text;
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    else if (const auto* l = qobject_cast<const QLabel*>(w))
        text = l->text().left(40);
    const QString name = w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName();
    return text.isEmpty()
        ? QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), name)
        : QStringLiteral("%1 %2 '%3'").arg(QString::fromLatin1(w->metaObject()->className()), name, text);
}

bool isInside(const QWidget* w, const QWidget* ancestor)
{
    for (const QWidget* p = w; p; p = p->parentWidget())
        if (p == ancestor)
            return true;
    return false;
}

// The control a focus widget belongs to: a spin box's or an editable combo box's line edit is
// the spin box or the combo box, as a person sees it.
QWidget* controlOf(QWidget* f, const QWidget* page)
{
    QWidget* control = f;
    for (QWidget* p = f ? f->parentWidget() : nullptr; p && p != page; p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p))
            control = p;
    }
    return control;
}

bool takesTabFocus(const QWidget* w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// Top to bottom by rows, left to right within a row: two widgets share a row when one's
// vertical centre lies within the other's height.
QList<QWidget*> readingOrder(QList<QWidget*> widgets, const QWidget* page)
{
    const auto rectOf = [page](const QWidget* w) {
        return QRect(w->mapTo(page, QPoint(0, 0)), w->size());
    };
    std::stable_sort(widgets.begin(), widgets.end(),
                     [&](const QWidget* a, const QWidget* b) { return rectOf(a).top() < rectOf(b).top(); });
    QList<QWidget*> ordered;
    QList<QWidget*> row;
    QRect rowRect;
    const auto flush = [&] {
        std::stable_sort(row.begin(), row.end(),
                         [&](const QWidget* a, const QWidget* b) { return rectOf(a).left() < rectOf(b).left(); });
        ordered += row;
        row.clear();
    };
    for (QWidget* w : widgets) {
        const QRect r = rectOf(w);
        const bool sameRow = !row.isEmpty()
            && ((r.center().y() >= rowRect.top() && r.center().y() <= rowRect.bottom())
                || (rowRect.center().y() >= r.top() && rowRect.center().y() <= r.bottom()));
        if (!sameRow) {
            flush();
            rowRect = r;
        }
        row << w;
    }
    flush();
    return ordered;
}

QChar mnemonicOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QChar altLetter(const QKeySequence& sequence)
{
    if (sequence.isEmpty())
        return {};
    const QKeyCombination combination = sequence[0];
    if (combination.keyboardModifiers() != Qt::AltModifier)
        return {};
    const int key = combination.key();
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return QChar(QLatin1Char(char('a' + key - Qt::Key_A)));
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return QChar(QLatin1Char(char('0' + key - Qt::Key_0)));
    return {};
}

} // namespace

QWidget* focus()
{
    return QApplication::focusWidget();
}

bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

QString focusName()
{
    return focus() ? focus()->objectName() : QString();
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = focus() ? focus() : QApplication::activeWindow();
    if (!target) {
        qWarning("keys::press: no focus widget and no active window");
        return;
    }
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    if (!focus()) {
        qWarning("keys::type: nothing has the focus");
        return;
    }
    for (const QChar c : text) {
        // QTest::keyClicks maps each character to a key of a US keyboard, which has no « é »:
        // a character outside ASCII goes as the key event a French keyboard's key sends, its
        // text and no key code.
        if (c.unicode() < 0x80) {
            QTest::keyClick(focus(), c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, focus(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, focus(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

bool tabTo(const QString& objectName, QStringList* passed, bool back, int max)
{
    for (int i = 0; i < max; ++i) {
        if (back)
            press(Qt::Key_Backtab, Qt::ShiftModifier);
        else
            press(Qt::Key_Tab);
        if (passed)
            *passed << focusName();
        if (focusName() == objectName)
            return true;
    }
    return false;
}

QStringList walk(int count, bool back)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        if (back)
            press(Qt::Key_Backtab, Qt::ShiftModifier);
        else
            press(Qt::Key_Tab);
        names << focusName();
    }
    return names;
}

QStringList tabOrderProblems(QWidget* page, QWidget* first)
{
    QStringList problems;
    if (!page || !first)
        return { QStringLiteral("no page or no first control") };

    QList<QWidget*> expected;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled() || !takesTabFocus(w) || w->window() != page->window()
            || w->size().isEmpty())
            continue;
        // Qt's own parts of a control (a spin box's line edit) are reached through the control.
        if (controlOf(w, page) != w)
            continue;
        // A scroll area is a place, not a control: Tab may stop on it, it need not.
        if (qobject_cast<QAbstractScrollArea*>(w) && !qobject_cast<QAbstractItemView*>(w) && w->inherits("QScrollArea"))
            continue;
        expected << w;
    }
    expected = readingOrder(expected, page);

    if (controlOf(focus(), page) != first) {
        QStringList passed;
        const bool reached = tabTo(first->objectName(), &passed, false, 3 * int(expected.size()) + 40);
        if (!reached) {
            problems << QStringLiteral("Tab never reaches the first control %1; it went through: %2")
                            .arg(describe(first), passed.join(QStringLiteral(", ")));
            return problems;
        }
    }

    QList<QWidget*> visited { first };
    const int max = 2 * int(expected.size()) + 10;
    bool left = false;
    for (int i = 0; i < max; ++i) {
        QWidget* before = focus();
        press(Qt::Key_Tab);
        QWidget* now = focus();
        if (!now || !isInside(now, page)) {
            left = true;
            break;
        }
        QWidget* control = controlOf(now, page);
        if (control == first) {
            left = true; // came back round: the page is a whole window's content
            break;
        }
        if (now == before) {
            problems << QStringLiteral("Tab stays on %1").arg(describe(now));
            break;
        }
        if (visited.contains(control)) {
            problems << QStringLiteral("Tab goes round inside the page: %1 again after %2")
                            .arg(describe(control), describe(visited.last()));
            break;
        }
        visited << control;
    }
    if (!left && problems.isEmpty())
        problems << QStringLiteral("Tab never leaves the page after %1 presses").arg(max);

    QStringList missing;
    for (QWidget* w : expected)
        if (!visited.contains(w))
            missing << describe(w);
    if (!missing.isEmpty())
        problems << QStringLiteral("never reached by Tab: %1").arg(missing.join(QStringLiteral(", ")));

    // The order among the controls the page shows, from the first one on.
    QList<QWidget*> wanted = expected.mid(std::max<qsizetype>(0, expected.indexOf(first)));
    QList<QWidget*> got;
    for (QWidget* w : visited)
        if (wanted.contains(w))
            got << w;
    wanted.erase(std::remove_if(wanted.begin(), wanted.end(), [&](QWidget* w) { return !visited.contains(w); }),
                 wanted.end());
    if (got != wanted) {
        QStringList g;
        QStringList e;
        for (QWidget* w : got)
            g << w->objectName();
        for (QWidget* w : wanted)
            e << w->objectName();
        problems << QStringLiteral("Tab order is not the reading order: Tab goes %1; the page reads %2")
                        .arg(g.join(QStringLiteral(" → ")), e.join(QStringLiteral(" → ")));
    }
    return problems;
}

QStringList mnemonicClashes(QWidget* root)
{
    QHash<QChar, QStringList> users;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        QChar letter;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            letter = mnemonicOf(b->text());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            letter = mnemonicOf(l->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w); g && g->isCheckable())
            letter = mnemonicOf(g->title());
        if (!letter.isNull())
            users[letter] << describe(w);
    }
    QWidget* window = root->window();
    for (QShortcut* s : window->findChildren<QShortcut*>()) {
        auto* owner = qobject_cast<QWidget*>(s->parent());
        if (!s->isEnabled() || (owner && !owner->isVisible()))
            continue;
        for (const QKeySequence& k : s->keys())
            if (const QChar letter = altLetter(k); !letter.isNull())
                users[letter] << QStringLiteral("QShortcut %1 (%2)").arg(s->objectName(), k.toString());
    }
    for (QAction* a : window->findChildren<QAction*>()) {
        if (!a->isEnabled() || a->associatedObjects().isEmpty())
            continue;
        for (const QKeySequence& k : a->shortcuts())
            if (const QChar letter = altLetter(k); !letter.isNull())
                users[letter] << QStringLiteral("QAction %1 (%2)").arg(a->objectName(), k.toString());
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QStringLiteral(" / ")));
    clashes.sort();
    return clashes;
}

QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    const auto size = [](const QSize& s) {
        return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->size().isEmpty())
            continue;
        auto* label = qobject_cast<QLabel*>(w);
        auto* button = qobject_cast<QAbstractButton*>(w);
        if (label && !label->text().isEmpty()) {
            const QSize hint = label->sizeHint();
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    clipped << QStringLiteral("%1 needs a height of %2, has %3")
                                   .arg(describe(w))
                                   .arg(needed)
                                   .arg(label->height());
            } else if (hint.width() > label->width() + 1 || hint.height() > label->height() + 1) {
                clipped << QStringLiteral("%1 needs %2, has %3").arg(describe(w), size(hint), size(label->size()));
            }
        } else if (button && !button->text().isEmpty() && !button->inherits("QToolBarExtension")) {
            const QSize hint = button->sizeHint();
            if (hint.width() > button->width() + 1)
                clipped << QStringLiteral("%1 needs %2, has %3").arg(describe(w), size(hint), size(button->size()));
        }

        // Cut by the edge of a parent: the window is too small for the layout's minimum. Inside a
        // scroll area that is scrolling, not cutting.
        if ((label && !label->text().isEmpty()) || (button && !button->text().isEmpty())) {
            QWidget* window = w->window();
            const QRect own(w->mapTo(window, QPoint(0, 0)), w->size());
            QRect visible = own;
            for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
                auto* area = qobject_cast<QAbstractScrollArea*>(p->parentWidget());
                if (area && area->viewport() == p)
                    break; // a scroll area's viewport: what lies past it is scrolled to, not cut
                visible &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
                if (p == window)
                    break; // the window's edge
            }
            if (visible.size() != w->size())
                clipped << QStringLiteral("%1 is cut by its parent: %2 of %3 visible")
                               .arg(describe(w), size(visible.size()), size(w->size()));
        }

        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            QAbstractItemModel* model = view->model();
            const QRect viewport = view->viewport()->rect();
            for (int row = 0; row < std::min(model->rowCount(view->rootIndex()), 200); ++row) {
                for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                    const QModelIndex index = model->index(row, column, view->rootIndex());
                    const QRect cell = view->visualRect(index);
                    if (cell.isEmpty() || !viewport.intersects(cell))
                        continue;
                    const QString text = index.data(Qt::DisplayRole).toString();
                    if (text.isEmpty())
                        continue;
                    QStyleOptionViewItem option;
                    option.initFrom(view->viewport());
                    option.font = view->font();
                    option.rect = cell;
                    option.features |= QStyleOptionViewItem::HasDisplay;
                    // A view that wraps its words measures the text wrapped at the cell's width.
                    const auto* table = qobject_cast<QTableView*>(view);
                    const auto* tree = qobject_cast<QTreeView*>(view);
                    const auto* list = qobject_cast<QListView*>(view);
                    const bool wordWrap
                        = (table && table->wordWrap()) || (tree && tree->wordWrap()) || (list && list->wordWrap());
                    if (wordWrap)
                        option.features |= QStyleOptionViewItem::WrapText;
                    const QSize needed = view->itemDelegateForIndex(index)->sizeHint(option, index);
                    const bool wraps = wordWrap || text.contains(QLatin1Char('\n'));
                    if (needed.width() > cell.width() + 1 || (wraps && needed.height() > cell.height() + 1))
                        clipped << QStringLiteral("%1 cell (%2, %3) '%4' needs %5, has %6")
                                       .arg(describe(view))
                                       .arg(row)
                                       .arg(column)
                                       .arg(text.left(40), size(needed), size(cell.size()));
                }
            }
        }
    }
    return clipped;
}

} // namespace keys
