#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace citoyens {

class AssistedSession;
class Session;

// What a locked desk shows: nothing of the agent's pages or of any citizen, only who locked
// it and their password field. Unlocking signs the same agent in again; "Changer
// d'utilisateur" leads to the usual sign-in page.
class LockScreen : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    LockScreen(AssistedSession* assistance, Session* session, QWidget* parent = nullptr);

    // Before showing: the agent's address, the password field emptied.
    void prepare();

signals:
    void switchUserRequested();

private:
    void unlock();

    AssistedSession* m_assistance;
    Session* m_session;
    QLabel* m_who;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_switch;
    QLabel* m_error;
};

} // namespace citoyens
