#pragma once

class QAbstractItemView;

namespace citoyens::ViewKeys {

// Makes a table, tree or list one stop of the Tab order, as a person expects it: Tab, Shift+Tab
// and Ctrl+Tab leave the view (the arrows move inside it, Qt's tables walked cell to cell with
// Tab and never let go), the selection stays when the focus leaves, and a view that gets the
// focus by the keyboard with nothing current makes its first row current and selected (Qt makes
// it current only: the actions that need a selected row stayed grey).
void install(QAbstractItemView* view);

} // namespace citoyens::ViewKeys
