#include "FormHelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace citoyens::FormHelpers {

QString plain(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    return QString(text).remove(mnemonic);
}

QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    if (buddy && buddy->accessibleName().isEmpty())
        buddy->setAccessibleName(plain(text).remove(QLatin1Char('*')).trimmed());
    return label;
}

QLineEdit* lineEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(false);
    return edit;
}

QLabel* paragraph(const QString& text, QWidget* parent, const QString& role)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // With a style sheet box, QLabel would indent its text by half an "x": keep the text
    // aligned with the fields.
    label->setIndent(0);
    if (!role.isEmpty())
        label->setProperty("role", role);
    return label;
}

} // namespace citoyens::FormHelpers
