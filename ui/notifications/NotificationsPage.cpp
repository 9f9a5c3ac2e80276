#include "NotificationsPage.h"

#include "NotificationRowProxy.h"

#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/ViewKeys.h"

#include "itemmodels/NotificationListModel.h"
#include "sync/NotificationPoller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>

namespace citoyens {

NotificationsPage::NotificationsPage(NotificationListModel* model, NotificationPoller* poller, QWidget* parent)
    : FormPage(QStringLiteral("notificationsPage"), parent, 720)
    , m_model(model)
    , m_poller(poller)
    , m_proxy(new NotificationRowProxy(this))
    , m_empty(FormHelpers::paragraph(tr("You have no notification."), this, QStringLiteral("hint")))
    , m_list(new QListView(this))
    , m_error(FormErrors::createMessageLabel(QStringLiteral("notificationsError"), this))
    , m_markRead(new QPushButton(tr("&Mark as read"), this))
    , m_markAll(new QPushButton(tr("Mark &all as read"), this))
{
    setTitle(tr("My notifications"));
    m_empty->setObjectName(QStringLiteral("notificationsEmptyLabel"));
    body()->addWidget(m_empty);
    m_proxy->setSourceModel(m_model);
    m_list->setObjectName(QStringLiteral("notificationsList"));
    m_list->setAccessibleName(tr("My notifications"));
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(320);
    ViewKeys::install(m_list);
    body()->addWidget(m_list);
    body()->addWidget(m_error);

    m_markRead->setObjectName(QStringLiteral("notificationsMarkReadButton"));
    m_markRead->setAccessibleName(tr("Mark the selected notification as read"));
    m_markRead->setAutoDefault(false);
    m_markAll->setObjectName(QStringLiteral("notificationsMarkAllReadButton"));
    m_markAll->setAccessibleName(tr("Mark all notifications as read"));
    m_markAll->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_markRead);
    buttons->addStretch(1);
    buttons->addWidget(m_markAll);
    body()->addLayout(buttons);
    setTabOrder(m_list, m_markRead);
    setTabOrder(m_markRead, m_markAll);

    connect(m_markRead, &QPushButton::clicked, this, &NotificationsPage::markCurrentRead);
    connect(m_markAll, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_poller->markAllRead();
    });
    connect(m_list, &QListView::activated, this, &NotificationsPage::markCurrentRead);
    connect(m_poller, &NotificationPoller::markReadFailed, this, [this](const QString&, const ApiError& error) {
        m_error->setText(error.message);
        m_error->show();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotificationsPage::updateState);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &NotificationsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NotificationsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &NotificationsPage::updateState);
    updateState();
}

void NotificationsPage::updateState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    m_markRead->setEnabled(!rows.isEmpty() && rows.constFirst().data(NotificationListModel::UnreadRole).toBool());
    m_markAll->setEnabled(m_model->unreadCount() > 0);
    m_markRead->setVisible(!empty);
    m_markAll->setVisible(!empty);
}

void NotificationsPage::markCurrentRead()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() || !rows.constFirst().data(NotificationListModel::UnreadRole).toBool())
        return;
    m_error->hide();
    m_poller->markRead(rows.constFirst().data(NotificationListModel::IdRole).toString());
}

} // namespace citoyens
