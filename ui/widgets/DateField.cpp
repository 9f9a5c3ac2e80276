#include "DateField.h"

#include "models/FieldCodes.h"
#include "models/FrenchDate.h"

namespace citoyens {

namespace {

const QString ShownFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

DateField::DateField(const QString& objectName, QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(objectName);
    // "14 / 03 / 2019" with spaces is still a date a person may type.
    setMaxLength(16);
    setPlaceholderText(hint());
    setAccessibleDescription(tr("In the form %1, for example 14/03/2019").arg(hint()));
    setInputMethodHints(Qt::ImhDate | Qt::ImhPreferNumbers);
    connect(this, &QLineEdit::editingFinished, this, &DateField::normalize);
}

QDate DateField::date() const
{
    return parseFrenchDate(text()).value_or(QDate());
}

void DateField::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(ShownFormat) : QString());
}

bool DateField::isBlank() const
{
    return text().trimmed().isEmpty();
}

bool DateField::isUnreadable() const
{
    return !isBlank() && !date().isValid();
}

FieldErrors DateField::check(const QString& field) const
{
    if (isUnreadable())
        return { FieldError { field, FieldCode::InvalidDate } };
    return {};
}

QString DateField::hint()
{
    return frenchDateHint();
}

void DateField::normalize()
{
    // Only a date it understood is rewritten: an unreadable entry stays for the person to fix.
    const QDate d = date();
    if (d.isValid() && text() != d.toString(ShownFormat))
        setText(d.toString(ShownFormat));
}

} // namespace citoyens
