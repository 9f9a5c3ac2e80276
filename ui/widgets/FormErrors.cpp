#include "FormErrors.h"

#include "PasswordField.h"

#include "models/PasswordPolicy.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollArea>
#include <QStringList>
#include <QStyle>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace citoyens {

namespace {

void setInvalid(QWidget* widget, bool invalid)
{
    if (!widget || widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

// The scroll area `widget` sits in, if any (a form page, a dialog's long form).
QScrollArea* scrollAreaOf(QWidget* widget)
{
    for (QWidget* p = widget ? widget->parentWidget() : nullptr; p; p = p->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(p); area && area->widget() && area->widget()->isAncestorOf(widget))
            return area;
    }
    return nullptr;
}

// Scrolls so that `message` (under the field) and then `input` are in view: a message the person
// cannot see, about a field scrolled off, is no message at all. The message labels were just shown,
// so the layouts are settled first; once more when the event loop has run the posted layout
// requests, as nested layouts may only settle then.
void reveal(QWidget* input, QWidget* message)
{
    QScrollArea* area = scrollAreaOf(input ? input : message);
    if (!area)
        return;
    auto ensure = [](QScrollArea* a, QWidget* in, QWidget* msg) {
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(a, &request); // fits the content to its new height
        if (msg && msg->isVisible())
            a->ensureWidgetVisible(msg, 0, 8);
        if (in)
            a->ensureWidgetVisible(in, 0, 24);
    };
    ensure(area, input, message);
    QTimer::singleShot(
        0, area,
        [area = QPointer<QScrollArea>(area), in = QPointer<QWidget>(input), msg = QPointer<QWidget>(message), ensure] {
            if (area)
                ensure(area, in, msg);
        });
}

} // namespace

FormErrors::FormErrors(QLabel* formMessage, QObject* parent)
    : QObject(parent)
    , m_formMessage(formMessage)
{ }

QLabel* FormErrors::createMessageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("error"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void FormErrors::addField(const QString& field, QWidget* input, QLabel* messageLabel, const QString& label)
{
    m_fields.append(Field { field, input, messageLabel, label, {} });
    // A message stays until the person changes the field it is about.
    auto clearThis = [this, field] {
        clearField(field);
    };
    if (auto* edit = qobject_cast<QLineEdit*>(input))
        connect(edit, &QLineEdit::textEdited, this, clearThis);
    else if (auto* password = qobject_cast<PasswordField*>(input))
        connect(password->lineEdit(), &QLineEdit::textEdited, this, clearThis);
    else if (auto* button = qobject_cast<QAbstractButton*>(input))
        connect(button, &QAbstractButton::toggled, this, clearThis);
    else if (input) {
        for (QAbstractButton* b : input->findChildren<QAbstractButton*>())
            connect(b, &QAbstractButton::toggled, this, clearThis);
    }
}

void FormErrors::setRulesShownFor(const QString& field)
{
    m_rulesShown.append(field);
}

QString FormErrors::rulesSummary(const QString& field, const FieldErrors& errors) const
{
    if (!m_rulesShown.contains(field))
        return {};
    const QList<PasswordPolicy::Rule> rules = PasswordPolicy::rules();
    bool any = false;
    for (const FieldError& e : errors) {
        if (e.field != field)
            continue;
        const bool isRule = std::any_of(rules.cbegin(), rules.cend(),
                                        [&](PasswordPolicy::Rule r) { return PasswordPolicy::code(r) == e.code; });
        if (!isRule)
            return {}; // "required", "too_long": the usual sentence says it better
        any = true;
    }
    return any ? tr("The password does not follow all the rules listed below.") : QString();
}

bool FormErrors::show(const FieldErrors& errors)
{
    clear();
    QStringList unplaced;
    for (Field& field : m_fields) {
        if (const QString summary = rulesSummary(field.name, errors); !summary.isEmpty()) {
            setFieldMessage(field, summary);
            continue;
        }
        QStringList sentences;
        for (const FieldError& error : errors) {
            if (error.field == field.name)
                sentences.append(ApiError::describe(error));
        }
        if (!sentences.isEmpty())
            setFieldMessage(field, sentences.join(QLatin1Char(' ')));
    }
    for (const FieldError& error : errors) {
        const bool placed
            = std::any_of(m_fields.cbegin(), m_fields.cend(), [&](const Field& f) { return f.name == error.field; });
        if (!placed)
            unplaced.append(ApiError::describe(error));
    }
    if (!unplaced.isEmpty())
        showFormMessage(unplaced.join(QLatin1Char(' ')));
    focusFirstInvalid();
    return !errors.isEmpty();
}

void FormErrors::show(const ApiError& error)
{
    clear();
    QStringList unplaced;
    for (Field& field : m_fields) {
        if (const QString summary = rulesSummary(field.name, error.fieldErrors); !summary.isEmpty())
            setFieldMessage(field, summary);
        else if (error.hasFieldError(field.name))
            setFieldMessage(field, error.fieldMessage(field.name));
    }
    for (const FieldError& fe : error.fieldErrors) {
        const bool placed
            = std::any_of(m_fields.cbegin(), m_fields.cend(), [&](const Field& f) { return f.name == fe.field; });
        if (!placed && !unplaced.contains(error.fieldMessage(fe.field)))
            unplaced.append(error.fieldMessage(fe.field));
    }
    // The general sentence always shows: it says what happened ("Vérifiez les champs…").
    QString general = error.message;
    if (!unplaced.isEmpty())
        general += QLatin1Char(' ') + unplaced.join(QLatin1Char(' '));
    showFormMessage(general.trimmed());
    focusFirstInvalid();
}

void FormErrors::showFormMessage(const QString& message)
{
    if (!m_formMessage)
        return;
    m_formMessage->setText(message);
    m_formMessage->setVisible(!message.isEmpty());
}

void FormErrors::showFieldMessage(const QString& field, const QString& message)
{
    clear();
    bool placed = false;
    for (Field& f : m_fields) {
        if (f.name == field) {
            setFieldMessage(f, message);
            placed = true;
        }
    }
    if (!placed)
        showFormMessage(message);
    focusFirstInvalid();
}

void FormErrors::clear()
{
    for (Field& field : m_fields)
        setFieldMessage(field, {});
    showFormMessage({});
}

void FormErrors::clearField(const QString& field)
{
    for (Field& f : m_fields) {
        if (f.name == field)
            setFieldMessage(f, {});
    }
}

bool FormErrors::hasErrors() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [](const Field& f) { return f.message && f.message->isVisible(); })
        || (m_formMessage && !m_formMessage->text().isEmpty());
}

void FormErrors::setFieldMessage(Field& field, const QString& message)
{
    // The message names the field, so it reads well on its own (screen readers, the
    // form-level summary) and not only under the field.
    const QString text = message.isEmpty() || field.label.isEmpty() ? message : tr("%1: %2").arg(field.label, message);
    if (field.message) {
        field.message->setText(text);
        field.message->setVisible(!text.isEmpty());
    }
    if (field.input) {
        // The field's own description (a date's form) comes back when its message goes.
        const bool wasInvalid = field.input->property("invalid").toBool();
        if (!text.isEmpty() && !wasInvalid)
            field.description = field.input->accessibleDescription();
        if (!text.isEmpty())
            field.input->setAccessibleDescription(text);
        else if (wasInvalid)
            field.input->setAccessibleDescription(field.description);
        setInvalid(field.input, !text.isEmpty());
        if (auto* password = qobject_cast<PasswordField*>(field.input.data())) {
            password->lineEdit()->setAccessibleDescription(text);
            setInvalid(password->lineEdit(), !text.isEmpty());
        }
    }
}

void FormErrors::focusFirstInvalid()
{
    for (const Field& field : m_fields) {
        if (field.input && field.input->property("invalid").toBool()) {
            field.input->setFocus(Qt::OtherFocusReason);
            reveal(field.input->focusProxy() ? field.input->focusProxy() : field.input.data(), field.message);
            return;
        }
    }
    if (m_formMessage && m_formMessage->isVisible())
        reveal(nullptr, m_formMessage);
}

} // namespace citoyens
