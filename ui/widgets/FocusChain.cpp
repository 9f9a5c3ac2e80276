#include "FocusChain.h"

#include <QWidget>

namespace citoyens::FocusChain {

QWidget* focusHolder(QWidget* widget)
{
    while (widget && widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> stops;
    if (!root)
        return stops;
    QWidget* window = root->window();
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w != root && !root->isAncestorOf(w))
            continue;
        QWidget* holder = focusHolder(w);
        if (!holder || !holder->isEnabled() || !(holder->focusPolicy() & Qt::TabFocus))
            continue;
        if (!w->isVisible() || !holder->isVisible() || stops.contains(holder))
            continue;
        stops.append(holder);
    }
    return stops;
}

bool focusFirst(QWidget* root)
{
    const QList<QWidget*> stops = tabStops(root);
    if (stops.isEmpty())
        return false;
    stops.constFirst()->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace citoyens::FocusChain
