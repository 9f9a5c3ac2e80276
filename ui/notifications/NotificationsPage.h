#pragma once

#include "widgets/FormPage.h"

class QLabel;
class QListView;
class QPushButton;

namespace citoyens {

class NotificationListModel;
class NotificationPoller;
class NotificationRowProxy;

// "Mes notifications": the town hall's messages, newest first, unread ones in bold.
// Opening one (double click or Return) or "Marquer comme lue" marks it read.
class NotificationsPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)

public:
    NotificationsPage(NotificationListModel* model, NotificationPoller* poller, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }

private:
    void updateState();
    void markCurrentRead();

    NotificationListModel* m_model;
    NotificationPoller* m_poller;
    NotificationRowProxy* m_proxy;
    QLabel* m_empty;
    QListView* m_list;
    QLabel* m_error;
    QPushButton* m_markRead;
    QPushButton* m_markAll;
};

} // namespace citoyens
