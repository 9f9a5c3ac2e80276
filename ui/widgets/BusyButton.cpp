#include "BusyButton.h"

namespace citoyens {

BusyButton::BusyButton(const QString& text, const QString& busyText, QWidget* parent)
    : QPushButton(text, parent)
    , m_idleText(text)
    , m_busyText(busyText)
{
    setProperty("role", QStringLiteral("primary"));
    setAccessibleName(QString(text).remove(QLatin1Char('&')));
}

void BusyButton::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    setEnabled(!busy);
    setText(busy ? m_busyText : m_idleText);
    setAccessibleDescription(busy ? m_busyText : QString());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace citoyens
