#pragma once

#include "widgets/FormPage.h"

class QAbstractItemModel;
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
    // The person's requests (SubscriptionTableModel; nullptr without a scope): the reminder of the
    // supporting documents goes once the town hall approved them all.
    void setSubscriptions(QAbstractItemModel* subscriptions);
    QPushButton* documentsReminder() const { return m_reminder; }

signals:
    // The reminder of the supporting documents was pressed: "Mes services" takes them.
    void documentsRequested();

private:
    void updateGreeting();
    bool isDesk() const;

    Session* m_session;
    QLabel* m_created;
    QLabel* m_notice;
    QLabel* m_greeting;
    QLabel* m_welcome;
    QPushButton* m_reminder;
    QGridLayout* m_tiles;
};

} // namespace citoyens
