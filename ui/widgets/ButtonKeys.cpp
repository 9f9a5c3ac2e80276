#include "ButtonKeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

namespace citoyens {

ButtonKeys::ButtonKeys(QObject* parent)
    : QObject(parent)
{ }

void ButtonKeys::install(QObject* owner)
{
    qApp->installEventFilter(new ButtonKeys(owner));
}

bool ButtonKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    // Ctrl+Return and the like stay the page's own shortcuts.
    if (key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier))
        return false;
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || button != QApplication::focusWidget())
        return false;
    if (!qobject_cast<QPushButton*>(button) && !qobject_cast<QToolButton*>(button))
        return false;
    // A held key presses once.
    if (!key->isAutoRepeat() && button->isEnabled() && button->isVisible())
        button->click();
    return true;
}

} // namespace citoyens
