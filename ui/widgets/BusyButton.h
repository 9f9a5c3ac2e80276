#pragma once

#include <QPushButton>

namespace citoyens {

// A push button that shows that its request is on its way: disabled, with a "busy" label,
// until the answer comes. The page stays responsive meanwhile.
class BusyButton : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyButton)

public:
    BusyButton(const QString& text, const QString& busyText, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

private:
    QString m_idleText;
    QString m_busyText;
    bool m_busy = false;
};

} // namespace citoyens
