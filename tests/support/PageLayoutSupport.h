// What tst_pagelayout checks on a page beside keys::clippedTexts: cells, combo boxes and
// addresses measured as drawn, and the x where the pages' titles start.
#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace pagelayout {

// What keys::clippedTexts does not look at: the cells of item views measured as the view draws
// them (wrapped, a tree's children too: "view objectName [row,column] 'text'"), the current text
// of combo boxes, and a word-wrapped label holding a word wider than itself (an address).
QStringList clippedBeyondKeys(QWidget* root);

// The x, in the window, where the text of each page's title (the visible QLabel with the role
// "title") starts; one entry per page whose title is not at the first page's x, or that has none.
QStringList titleMisalignments(const QList<QWidget*>& pages);

} // namespace pagelayout
