#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace citoyens {

class Clock;

// Shown 5 minutes before the 2-hour idle sign-out: a countdown and "Rester connecté".
// Window-modal but not blocking (open(), not exec()).
class InactivityWarningDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityWarningDialog)

public:
    InactivityWarningDialog(Clock* clock, QWidget* parent = nullptr);

    void showCountdown(int secondsLeft);
    int secondsLeft() const;
    // Closes without meaning "stay" (the person came back on their own, or time ran out).
    void dismiss();

signals:
    void staySignedInRequested();

private:
    void updateCountdown();

    Clock* m_clock;
    QDateTime m_deadline;
    QTimer m_timer;
    QLabel* m_countdown;
    QPushButton* m_stay;
    bool m_dismissing = false;
};

} // namespace citoyens
