#pragma once

// Driving the client as a person with a keyboard does, and reading back what that person
// meets: the key goes to the widget that has the focus, as a real key press would,
// shortcuts included; the checks read the focus chain, the mnemonics and the texts that do not
// fit. GUI tests of a flow use only these (no mouse click, no setFocus, no direct slot call).

#include <QString>
#include <QStringList>
#include <Qt>

class QWidget;

namespace keys {

// The widget that has the keyboard focus (QApplication::focusWidget()), or nullptr.
QWidget* focus();
// Its objectName ("" when nothing has the focus).
QString focusName();
// Activates `window` as a window manager does when a dialog opens (the offscreen platform leaves
// the parent active); true once it is the active window.
bool activate(QWidget* window);

// A key press and release sent to the focus widget (the active window when nothing has the
// focus), through the shortcut map first as a real key is.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Text typed into the focus widget, one key per character (accented letters too).
void type(const QString& text);

// Presses Tab (Shift+Tab when `back`) until the focus is on the widget named `objectName`.
// False after `max` presses. `passed` receives the objectNames the focus went through, the
// target last.
bool tabTo(const QString& objectName, QStringList* passed = nullptr, bool back = false, int max = 80);
// The objectNames the focus visits on `count` presses of Tab (Shift+Tab when `back`).
QStringList walk(int count, bool back = false);

// Brings the focus to `first` by Tab from wherever it is (a problem if Tab never reaches it),
// then checks that Tab reaches every visible, enabled control under `page` that takes Tab focus
// exactly once, in reading order (rows from top to bottom, left to right within a row), and then
// leaves `page` or comes back to `first`. Returns the problems, each naming the widgets; empty
// when the page is right.
QStringList tabOrderProblems(QWidget* page, QWidget* first);

// Alt+letter mnemonics that are live at once under `root` (buttons, labels with a buddy, group
// boxes) and the window's Alt+letter shortcuts, used twice: one entry per clash.
QStringList mnemonicClashes(QWidget* root);

// Visible labels, buttons and item-view cells under `root` whose text does not fit: a label or
// button smaller than its size hint, a word-wrapped label shorter than its text needs, a widget
// cut by the edge of a parent (outside a scroll area), a cell narrower than its text.
QStringList clippedTexts(QWidget* root);

} // namespace keys
