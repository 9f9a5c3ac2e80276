#include "FormHelpers.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace citoyens::FormHelpers {

namespace {

// Installed on each button of a group by checkWithArrows().
class ArrowsCheck : public QObject
{
public:
    explicit ArrowsCheck(QButtonGroup* group)
        : QObject(group)
        , m_group(group)
    { }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        int step = 0;
        if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Down)
            step = 1;
        else if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Up)
            step = -1;
        if (step == 0 || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return false;
        QList<QAbstractButton*> buttons;
        for (QAbstractButton* b : m_group->buttons()) {
            if (b->isVisible() && b->isEnabled())
                buttons.append(b);
        }
        const qsizetype at = buttons.indexOf(qobject_cast<QAbstractButton*>(watched));
        if (at < 0 || buttons.size() < 2)
            return false;
        // Right to left layouts swap left and right; up and down stay.
        if ((key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)
            && buttons.at(at)->layoutDirection() == Qt::RightToLeft)
            step = -step;
        QAbstractButton* next = buttons.at((at + step + buttons.size()) % buttons.size());
        next->setFocus(Qt::TabFocusReason);
        next->click(); // checks it and tells the form, as a click would
        return true;
    }

private:
    QButtonGroup* m_group;
};

} // namespace

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

void setTabOrder(const QList<QWidget*>& widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

void checkWithArrows(QButtonGroup* group)
{
    auto* filter = new ArrowsCheck(group);
    for (QAbstractButton* button : group->buttons())
        button->installEventFilter(filter);
    // One Tab stop, on the checked button, before the focus ever entered the group (Qt adjusts
    // the buttons' Tab focus only when one of them gets the focus).
    QObject::connect(group, &QButtonGroup::buttonToggled, group, [group](QAbstractButton* toggled, bool checked) {
        if (!checked)
            return;
        for (QAbstractButton* b : group->buttons())
            b->setFocusPolicy(b == toggled ? Qt::StrongFocus : Qt::ClickFocus);
    });
}

} // namespace citoyens::FormHelpers
