#pragma once

#include "models/FieldError.h"

#include <QDate>
#include <QLineEdit>

namespace citoyens {

// A date typed as French people type it: 14/03/2019, 14032019, 14-03-2019, 14.03.2019 or
// 14/3/2019 (citoyens::parseFrenchDate). The expected form « jj/mm/aaaa » is the placeholder and
// the accessible description; a date it can read is rewritten as 14/03/2019 when the editing
// ends, so the person sees what was understood; one it cannot read stays as typed, to be
// corrected. It is a QLineEdit, so FormErrors, Return and the tab order treat it as one.
//
//     auto* day = new DateField(QStringLiteral("attendanceDayEdit"), this);
//     errors += day->check(QStringLiteral("day"));   // { "day", "invalid_date" } when unreadable
//     const QDate d = day->date();                   // invalid when empty or unreadable
//
// The message FormErrors shows for "invalid_date" names the field and the form
// (« Jour : Saisissez une date au format jj/mm/aaaa, par exemple 14/03/2019. »).
class DateField : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(const QString& objectName, QWidget* parent = nullptr);

    // The date typed; invalid when the field is empty or cannot be read.
    QDate date() const;
    // Shows `date` as 14/03/2019; an invalid date empties the field.
    void setDate(const QDate& date);
    // Nothing typed (spaces only count as nothing).
    bool isBlank() const;
    // Something typed that is not a date.
    bool isUnreadable() const;
    // { field, "invalid_date" } when the text cannot be read, nothing otherwise (an empty field is
    // for the form's own "required" rule).
    FieldErrors check(const QString& field) const;

    // The form a date is shown in, for labels and messages: "jj/mm/aaaa".
    static QString hint();

private:
    void normalize();
};

} // namespace citoyens
