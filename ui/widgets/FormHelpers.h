#pragma once

#include <QList>
#include <QString>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QWidget;

namespace citoyens::FormHelpers {

// The text of a label without its mnemonic marker ("&Nom" -> "Nom"), for accessible names
// and messages.
QString plain(const QString& text);

// A field label with a mnemonic that focuses `buddy`; the buddy takes the label's words as
// its accessible name.
QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent);

// A line edit with an objectName and an accessible name.
QLineEdit* lineEdit(const QString& objectName, QWidget* parent);

// A paragraph of running text (word-wrapped, plain).
QLabel* paragraph(const QString& text, QWidget* parent, const QString& role = {});

// Tab visits `widgets` in this order, each after the one before it in the window's chain. Give the
// controls themselves (a line edit, a button), not a composite with a focus proxy: Qt 6.4 moves a
// composite's children unpredictably. And create a composite (a PasswordField) where it reads: Qt 6
// counts it as a Tab stop (its proxy's) where it sits in the chain, which a move of its proxy
// alone leaves behind — Tab would come back to it from further down.
void setTabOrder(const QList<QWidget*>& widgets);

// The arrow keys move the check in the exclusive radio group `group`, as in every native radio
// group, also when nothing is checked yet (Qt then only moves the focus). Tab stops once on the
// group: on the checked button, or the first one.
void checkWithArrows(QButtonGroup* group);

} // namespace citoyens::FormHelpers
