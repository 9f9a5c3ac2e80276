// What tst_pagelayout checks on a page beside keys::clippedTexts: the cells of its tables and
// trees, the controls the window's edge cuts, and the x where the pages' titles start.
#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace pagelayout {

// The cells of the visible item views under `root` (tables, trees, lists) whose text the view
// draws elided or cut: a word wider than its cell, or more wrapped lines than its height holds.
// One entry per cell: "view objectName [row,column] 'text'".
QStringList clippedCells(QWidget* root);

// The visible labels, buttons and fields under `root` that an ancestor cuts (lying partly past
// its edge) where no scroll bar can bring them into view: "Class objectName 'text' cut by …".
QStringList outsideTheWindow(QWidget* root);

// The x, in the window, where the text of each page's title (the visible QLabel with the role
// "title") starts; one entry per page whose title is not at the first page's x, or that has none.
QStringList titleMisalignments(const QList<QWidget*>& pages);

// Until keys::clippedTexts lands: the visible labels and buttons under `root` whose text does not
// fit (size hint wider or taller than the widget; a word-wrapped label's height for its width).
QStringList clippedTexts(QWidget* root);

} // namespace pagelayout
