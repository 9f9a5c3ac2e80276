#include "AccountWidget.h"

#include "HomePage.h"
#include "ProfilePage.h"

#include "beneficiaries/BeneficiariesPage.h"
#include "notifications/DesktopNotifier.h"
#include "notifications/NotificationBanner.h"
#include "notifications/NotificationsPage.h"
#include "services/ServicesWidget.h"
#include "wallet/WalletPanel.h"
#include "widgets/FocusChain.h"
#include "widgets/FormPage.h"
#include "widgets/Sidebar.h"
#include "widgets/SidebarModel.h"

#include "itemmodels/SubscriptionTableModel.h"
#include "models/Account.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "sync/NotificationPoller.h"

#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

AccountWidget::AccountWidget(Session* session, AccountScope* scope, QWidget* parent, PageRegistry registry)
    : QWidget(parent)
    , m_session(session)
    , m_scope(scope)
    , m_registry(std::move(registry))
    , m_sidebar(new Sidebar(m_registry.sectionTitle(Account::RoleCitizen), this))
    , m_home(new HomePage(session, this))
    , m_signOut(nullptr)
{
    setObjectName(QStringLiteral("accountWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new NotificationBanner(this);
    m_notifier = new DesktopNotifier(m_banner, this);
    layout->addWidget(m_banner);
    connect(m_notifier, &DesktopNotifier::openRequested, this, [this] { openPage(PageId::Notifications); });
    connect(m_banner, &NotificationBanner::openRequested, this, [this] { openPage(PageId::Notifications); });
    m_signOut = m_sidebar->addFooterButton(tr("Sign &out") + QStringLiteral("  \u2794"), QIcon(),
                                           QStringLiteral("signOutButton"));
    if (m_scope)
        followScope();
    m_signOut->setAccessibleName(tr("Sign out"));
    layout->addWidget(m_sidebar, 1);
    connect(m_signOut, &QPushButton::clicked, this, &AccountWidget::signOutRequested);
    connect(m_sidebar, &Sidebar::pageEntered, this, &AccountWidget::focusCurrentPage);
    connect(m_home, &HomePage::documentsRequested, this, [this] { openPage(PageId::Services); });

    connect(m_session, &Session::accountChanged, this, &AccountWidget::followAccount);
    setRole(Account::RoleCitizen);
    followAccount();
}

ProfilePage* AccountWidget::profilePage() const
{
    return qobject_cast<ProfilePage*>(page(PageId::Profile));
}

ServicesWidget* AccountWidget::servicesWidget() const
{
    return qobject_cast<ServicesWidget*>(page(PageId::Services));
}

BeneficiariesPage* AccountWidget::beneficiariesPage() const
{
    return qobject_cast<BeneficiariesPage*>(page(PageId::Beneficiaries));
}

NotificationsPage* AccountWidget::notificationsPage() const
{
    return qobject_cast<NotificationsPage*>(page(PageId::Notifications));
}

void AccountWidget::setScope(AccountScope* scope)
{
    if (scope == m_scope)
        return;
    // The pages of the old scope go (later: one of them may be running a dialog).
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        const PageDeclaration* declaration = m_registry.find(it.key());
        if (declaration && declaration->needsScope) {
            QWidget* page = it.value();
            m_sidebar->removePage(page);
            page->hide();
            page->setParent(nullptr);
            page->deleteLater();
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
    m_badges.clear();
    m_banner->hide();
    if (m_walletPanel) {
        m_walletPanel->hide();
        m_walletPanel->deleteLater();
        m_walletPanel = nullptr;
    }
    m_scope = scope;
    if (m_scope)
        followScope();
    else
        m_home->setSubscriptions(nullptr);
    rebuild();
}

void AccountWidget::setAssistance(AssistedSession* assistance)
{
    m_assistance = assistance;
    rebuild();
}

void AccountWidget::followScope()
{
    m_home->setSubscriptions(m_scope->subscriptionModel());
    NotificationPoller* poller = m_scope->poller();
    connect(poller, &NotificationPoller::newNotifications, m_notifier, &DesktopNotifier::announce);
    m_badges.insert(PageId::Notifications, poller->unreadCount());
    // Built after "Déconnexion" (the constructor adds it first): the block comes below it.
    if (m_signOut) {
        m_walletPanel = new WalletPanel(m_scope, m_sidebar);
        m_sidebar->addFooterWidget(m_walletPanel);
    }
}

void AccountWidget::followAccount()
{
    const std::optional<Account> account = m_session->account();
    if (account)
        setRole(account->role);
}

void AccountWidget::setRole(const QString& role)
{
    if (role == m_role)
        return;
    m_role = role;
    rebuild();
}

void AccountWidget::rebuild()
{
    m_sidebar->clearPages();
    m_home->clearTiles();
    m_sidebar->setHeader(m_registry.sectionTitle(m_role));
    m_sidebar->addPage(tr("Home"), QIcon(), m_home);
    if (m_walletPanel)
        m_walletPanel->setVisible(m_role == Account::RoleCitizen);

    PageContext context;
    context.session = m_session;
    context.scope = m_scope;
    context.assistance = m_assistance;
    context.parent = this;
    context.openPage = [this](const QString& id) {
        openPage(id);
    };
    context.setBadge = [this](const QString& id, int count) {
        setBadge(id, count);
    };
    for (const PageDeclaration& declaration : m_registry.pagesFor(m_role, m_scope != nullptr)) {
        if (declaration.needsAssistance && !m_assistance)
            continue;
        QWidget* widget = m_pages.value(declaration.id);
        if (!widget) {
            widget = declaration.create(context);
            m_pages.insert(declaration.id, widget);
        }
        m_sidebar->addPage(declaration.label, declaration.icon, widget);
        if (!declaration.tileObjectName.isEmpty()) {
            connect(m_home->addTile(declaration.label, declaration.tileObjectName), &QPushButton::clicked, this,
                    [this, id = declaration.id] { openPage(id); });
        }
    }
    for (auto it = m_badges.cbegin(); it != m_badges.cend(); ++it)
        setBadge(it.key(), it.value());
    showHome();
    // The pages were taken out of the sidebar, with the focus if one of them had it.
    focusCurrentPage();
}

void AccountWidget::setBadge(const QString& id, int count)
{
    m_badges.insert(id, count);
    const int row = m_sidebar->indexOf(m_pages.value(id));
    if (row >= 0)
        m_sidebar->model()->setBadge(row, count);
}

void AccountWidget::openPage(const QString& id)
{
    if (QWidget* widget = m_pages.value(id))
        openWidget(widget);
}

void AccountWidget::openWidget(QWidget* page)
{
    m_sidebar->setCurrentPage(page);
    if (auto* services = qobject_cast<ServicesWidget*>(page))
        services->showList();
    focusCurrentPage();
}

void AccountWidget::focusCurrentPage()
{
    QWidget* page = m_sidebar->currentPage();
    if (!page || !page->isVisible())
        return;
    if (auto* services = qobject_cast<ServicesWidget*>(page))
        page = services->currentPage();
    // The page chose its own first control as it was shown (the desk's queue: its table, or
    // « Actualiser » when nothing waits): a hidden page holds no focus, so this is that choice.
    if (QWidget* focus = QApplication::focusWidget(); focus && page->isAncestorOf(focus))
        return;
    if (auto* form = qobject_cast<FormPage*>(page)) {
        form->focusFirstField();
        if (QWidget* focus = QApplication::focusWidget(); focus && form->isAncestorOf(focus))
            return;
    }
    // A page with nothing to press (an empty list): the sidebar keeps the focus, not a hidden page.
    if (!FocusChain::focusFirst(page))
        m_sidebar->list()->setFocus(Qt::OtherFocusReason);
}

void AccountWidget::showHome()
{
    m_sidebar->setCurrentPage(m_home);
}

void AccountWidget::forgetPasswords()
{
    if (ProfilePage* profile = profilePage())
        profile->forgetPasswords();
}

void AccountWidget::reset()
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (const PageDeclaration* declaration = m_registry.find(it.key()); declaration && declaration->reset)
            declaration->reset(it.value());
    }
    m_home->showAccountCreated(false);
    m_home->showNotice({});
    m_banner->hide();
    showHome();
}

} // namespace citoyens
