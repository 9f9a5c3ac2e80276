#pragma once

#include <QList>

class QWidget;

namespace citoyens::FocusChain {

// The widgets under `root` that Tab stops on now (shown, enabled, taking Tab focus), in the
// order of the window's focus chain; a compound control (a spin box) counts once, as the widget
// that holds the focus.
QList<QWidget*> tabStops(QWidget* root);

// Puts the focus on the first of tabStops(root); false when there is none.
bool focusFirst(QWidget* root);

// The widget that holds the focus when `widget` is given it (its focus proxy, if any).
QWidget* focusHolder(QWidget* widget);

} // namespace citoyens::FocusChain
