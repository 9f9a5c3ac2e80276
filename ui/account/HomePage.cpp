#include "HomePage.h"

#include "widgets/FormHelpers.h"
#include "widgets/Reminder.h"

#include "itemmodels/SubscriptionTableModel.h"

#include "session/Session.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

HomePage::HomePage(Session* session, QWidget* parent)
    : FormPage(QStringLiteral("homePage"), parent, 720)
    , m_session(session)
    , m_created(FormHelpers::paragraph({}, this, QStringLiteral("success")))
    , m_notice(FormHelpers::paragraph({}, this, QStringLiteral("notice")))
    , m_greeting(FormHelpers::paragraph({}, this, QStringLiteral("subtitle")))
    , m_tiles(new QGridLayout)
{
    m_created->setObjectName(QStringLiteral("homeCreatedNotice"));
    m_created->hide();
    m_notice->setObjectName(QStringLiteral("homeNotice"));
    m_notice->hide();
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    body()->addWidget(m_created);
    body()->addWidget(m_notice);
    body()->addWidget(m_greeting);
    m_welcome = FormHelpers::paragraph({}, this);
    m_welcome->setObjectName(QStringLiteral("homeWelcome"));
    body()->addWidget(m_welcome);
    // A link with a key (Tab reaches it, Return or Space opens "Mes services").
    m_reminder = new QPushButton(tr("Please remember to add your supporting documents >"), this);
    m_reminder->setObjectName(QStringLiteral("homeDocumentsReminder"));
    m_reminder->setAccessibleName(tr("Please remember to add your supporting documents: open My services"));
    m_reminder->setProperty("role", QStringLiteral("link"));
    m_reminder->setCursor(Qt::PointingHandCursor);
    m_reminder->setAutoDefault(false);
    connect(m_reminder, &QPushButton::clicked, this, &HomePage::documentsRequested);
    auto* reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_reminder);
    reminderRow->addStretch(1);
    body()->addLayout(reminderRow);
    body()->addSpacing(16);
    m_tiles->setSpacing(16);
    body()->addLayout(m_tiles);

    connect(m_session, &Session::accountChanged, this, &HomePage::updateGreeting);
    updateGreeting();
    setSubscriptions(nullptr);
}

void HomePage::setSubscriptions(QAbstractItemModel* subscriptions)
{
    Reminder::follow(m_reminder, subscriptions, SubscriptionTableModel::StatusRole, [this] { return !isDesk(); });
}

bool HomePage::isDesk() const
{
    const std::optional<Account> account = m_session->account();
    return account && account->role != Account::RoleCitizen;
}

void HomePage::showAccountCreated(bool created)
{
    m_created->setText(created ? QStringLiteral("\u2714  ") + tr("Your account has now been created.") : QString());
    m_created->setVisible(created);
}

void HomePage::showNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QPushButton* HomePage::addTile(const QString& text, const QString& objectName)
{
    auto* tile = new QPushButton(text, this);
    tile->setObjectName(objectName);
    tile->setAccessibleName(FormHelpers::plain(text));
    tile->setProperty("role", QStringLiteral("tile"));
    tile->setAutoDefault(false);
    tile->setMinimumSize(200, 96);
    tile->setCursor(Qt::PointingHandCursor);
    // Two per row: "Mes informations personnelles" needs the width of half the column.
    const int index = m_tiles->count();
    m_tiles->addWidget(tile, index / 2, index % 2);
    m_tiles->setColumnStretch(index % 2, 1);
    return tile;
}

void HomePage::clearTiles()
{
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void HomePage::updateGreeting()
{
    const std::optional<Account> account = m_session->account();
    // The desk's words for an agent or an administrator, the citizen's otherwise.
    const bool desk = isDesk();
    setTitle(desk ? tr("Desk") : tr("My account"));
    if (desk && !account->communes.isEmpty()) {
        m_welcome->setText(tr("Welcome to the desk of %1. From here you serve the citizens who come to the town "
                              "hall: find them, create their account, act on their behalf.")
                               .arg(account->communes.join(QStringLiteral(", "))));
    } else if (desk) {
        m_welcome->setText(tr("Welcome to the desk."));
    } else {
        m_welcome->setText(
            tr("Welcome to your home page. You can manage your personal information and your orders here."));
    }
    if (desk)
        m_reminder->hide();
    if (!account) {
        m_greeting->clear();
        return;
    }
    m_greeting->setText(tr("Hello %1 %2").arg(account->firstName, account->lastName).trimmed());
}

} // namespace citoyens
