#pragma once

#include "api/ApiError.h"
#include "models/FieldError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace citoyens {

// Puts each field's translated message right under the field, marks the field invalid
// (for the style sheet and screen readers) and moves the focus to the first bad field, in
// the order fields were added, scrolled into view when the form is in a scroll area. Messages for fields the form does
// not show, and errors that concern no field, go to the form's own message label.
class FormErrors : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormErrors)

public:
    explicit FormErrors(QLabel* formMessage, QObject* parent = nullptr);

    // A hidden, word-wrapped message label styled as an error, to place under a field.
    static QLabel* createMessageLabel(const QString& objectName, QWidget* parent);

    // `field` is the API's field name ("email", "company.name"); `label` the field's visible
    // name, used to name the field in the message.
    void addField(const QString& field, QWidget* input, QLabel* messageLabel, const QString& label);
    // For a password field shown with the rules checklist: one sentence pointing at the
    // checklist instead of one sentence per broken rule.
    void setRulesShownFor(const QString& field);

    // Returns true when there was something to show.
    bool show(const FieldErrors& errors);
    void show(const ApiError& error);
    void showFormMessage(const QString& message);
    // One message for one field (e.g. a problem that concerns it without naming it).
    void showFieldMessage(const QString& field, const QString& message);
    void clear();
    void clearField(const QString& field);
    bool hasErrors() const;

private:
    struct Field
    {
        QString name;
        QPointer<QWidget> input;
        QPointer<QLabel> message;
        QString label;
        QString description; // the input's accessible description without a message
    };

    void setFieldMessage(Field& field, const QString& message);
    // The sentence for `field` given its errors, or empty to use the usual words.
    QString rulesSummary(const QString& field, const FieldErrors& errors) const;
    void focusFirstInvalid();

    QPointer<QLabel> m_formMessage;
    QList<Field> m_fields;
    QStringList m_rulesShown;
};

} // namespace citoyens
