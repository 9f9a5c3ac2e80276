#pragma once

#include <QString>

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

} // namespace citoyens::FormHelpers
