#pragma once

#include "widgets/FormPage.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace citoyens {

class Session;

// "Mon compte" ("Guichet" for an agent): the welcome text and one tile per page that works.
class HomePage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(Session* session, QWidget* parent = nullptr);

    // "Votre compte est maintenant créé." after a registration.
    void showAccountCreated(bool created);
    // A notice from the session (e.g. the keychain could not keep it).
    void showNotice(const QString& notice);
    // A tile that opens a page of the sidebar.
    QPushButton* addTile(const QString& text, const QString& objectName);
    // Removes every tile (the sidebar is drawn again for another role).
    void clearTiles();

private:
    void updateGreeting();

    Session* m_session;
    QLabel* m_created;
    QLabel* m_notice;
    QLabel* m_greeting;
    QLabel* m_welcome;
    QLabel* m_reminder;
    QGridLayout* m_tiles;
};

} // namespace citoyens
