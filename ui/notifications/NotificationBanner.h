#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace citoyens {

// The in-window announcement of a new notification, for desktops without a system tray:
// a strip above the pages with the message, "Voir" (opens "Mes notifications") and a close
// button. It stays until dismissed.
class NotificationBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationBanner)

public:
    explicit NotificationBanner(QWidget* parent = nullptr);

    void showMessage(const QString& title, const QString& body);
    QString text() const;

signals:
    void openRequested();

private:
    QLabel* m_text;
    QPushButton* m_open;
    QPushButton* m_close;
};

} // namespace citoyens
