// The pages each role sees, declared once in PageRegistry::standard(): the order of the
// citizen's pages, the agent's own list and section title, and the sidebar and home tiles
// drawn from the declarations (real widgets, offscreen, on the composition the client uses).
#include "ClientFixture.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/HomePage.h"
#include "account/PageIds.h"
#include "account/PageRegistry.h"
#include "account/ProfilePage.h"
#include "services/ServicesWidget.h"
#include "widgets/Sidebar.h"
#include "widgets/SidebarModel.h"

#include "ClientCore.h"
#include "models/Account.h"
#include "scope/AccountScope.h"

#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTest>

using namespace citoyens;

class TestPageRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ClientFixture::applyStyle(); }
    void citizenPagesInThePlatformsOrder();
    void agentSeesNoCitizenPage();
    void sidebarAndTilesFollowTheRole();
    void onePageIsOneDeclaration();

private:
    static QStringList ids(const QList<PageDeclaration>& pages);
    static QStringList sidebarLabels(Sidebar* sidebar);
};

QStringList TestPageRegistry::ids(const QList<PageDeclaration>& pages)
{
    QStringList result;
    for (const PageDeclaration& page : pages)
        result.append(page.id);
    return result;
}

QStringList TestPageRegistry::sidebarLabels(Sidebar* sidebar)
{
    QStringList labels;
    for (int row = 0; row < sidebar->model()->rowCount(); ++row)
        labels.append(sidebar->model()->index(row).data(SidebarModel::LabelRole).toString());
    return labels;
}

void TestPageRegistry::citizenPagesInThePlatformsOrder()
{
    const PageRegistry registry = PageRegistry::standard();
    const QList<PageDeclaration> pages = registry.pagesFor(Account::RoleCitizen);
    QCOMPARE(ids(pages),
             (QStringList { PageId::Orders, PageId::Reservations, PageId::Services, PageId::Profile, PageId::Wallet,
                            PageId::Beneficiaries, PageId::Notifications }));
    QCOMPARE(pages.at(0).label, QStringLiteral("Mes commandes"));
    QCOMPARE(pages.at(1).label, QStringLiteral("Mes réservations"));
    QCOMPARE(pages.at(1).tileObjectName, QStringLiteral("homeReservationsTile"));
    QCOMPARE(pages.at(2).label, QStringLiteral("Mes services"));
    QCOMPARE(pages.at(3).label, QStringLiteral("Mes informations personnelles"));
    QCOMPARE(pages.at(4).label, QStringLiteral("Mon porte-monnaie"));
    QCOMPARE(pages.at(5).label, QStringLiteral("Mes filiations"));
    QCOMPARE(pages.at(6).label, QStringLiteral("Mes notifications"));
    for (const PageDeclaration& page : pages) {
        QVERIFY2(!page.tileObjectName.isEmpty(), qPrintable(page.id));
        QVERIFY2(bool(page.create), qPrintable(page.id));
    }
    QCOMPARE(registry.sectionTitle(Account::RoleCitizen), QStringLiteral("MON COMPTE"));
    // Without a scope only the pages that need none.
    QCOMPARE(ids(registry.pagesFor(Account::RoleCitizen, false)), QStringList { PageId::Profile });
}

void TestPageRegistry::agentSeesNoCitizenPage()
{
    const PageRegistry registry = PageRegistry::standard();
    QCOMPARE(ids(registry.pagesFor(Account::RoleAgent)),
             (QStringList { PageId::Queue, PageId::Attendance, PageId::Profile, PageId::Citizens, PageId::NewCitizen,
                            PageId::Workstation }));
    QCOMPARE(ids(registry.pagesFor(Account::RoleAgent, false)),
             (QStringList { PageId::Profile, PageId::Citizens, PageId::NewCitizen, PageId::Workstation }));
    QCOMPARE(ids(registry.pagesFor(Account::RoleAdministrator)),
             (QStringList { PageId::Profile, PageId::Citizens, PageId::NewCitizen }));
    QCOMPARE(registry.sectionTitle(Account::RoleAgent), QStringLiteral("GUICHET"));
    QVERIFY(registry.pagesFor(QStringLiteral("unknown")).isEmpty());
}

void TestPageRegistry::sidebarAndTilesFollowTheRole()
{
    // No server is reached: nobody signs in; the role is set as the session would set it.
    ClientFixture client(QUrl(QStringLiteral("https://127.0.0.1:9")), {}, true);
    AccountWidget* account = client.window()->accountWidget();
    Sidebar* sidebar = account->sidebar();
    QCOMPARE(account->role(), Account::RoleCitizen);
    // Nobody signed in: no scope, so none of the pages that show one.
    QVERIFY(!client.services());
    QCOMPARE(sidebarLabels(sidebar),
             (QStringList { QStringLiteral("Accueil"), QStringLiteral("Mes informations personnelles") }));
    QVERIFY(!account->servicesWidget());
    // A scope as a sign-in brings one.
    AccountScope scope(client.core()->client(), client.session());
    account->setScope(&scope);
    QCOMPARE(sidebarLabels(sidebar),
             (QStringList { QStringLiteral("Accueil"), QStringLiteral("Mes commandes"),
                            QStringLiteral("Mes réservations"), QStringLiteral("Mes services"),
                            QStringLiteral("Mes informations personnelles"), QStringLiteral("Mon porte-monnaie"),
                            QStringLiteral("Mes filiations"), QStringLiteral("Mes notifications") }));
    QCOMPARE(sidebar->findChild<QLabel*>(QStringLiteral("sidebarHeader"))->text(), QStringLiteral("MON COMPTE"));
    QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeServicesTile")));
    QWidget* services = account->servicesWidget();
    QWidget* profile = account->profilePage();
    QVERIFY(services);
    QVERIFY(profile);

    account->setRole(Account::RoleAgent);
    QCOMPARE(sidebarLabels(sidebar),
             (QStringList { QStringLiteral("Accueil"), QStringLiteral("File d'attente"), QStringLiteral("Pointage"),
                            QStringLiteral("Mes informations personnelles"), QStringLiteral("Usagers"),
                            QStringLiteral("Nouvel usager"), QStringLiteral("Ce poste") }));
    QCOMPARE(sidebar->findChild<QLabel*>(QStringLiteral("sidebarHeader"))->text(), QStringLiteral("GUICHET"));
    QCOMPARE(sidebar->list()->accessibleName(), QStringLiteral("GUICHET"));
    QCOMPARE(sidebar->stack()->count(), 7);
    QCOMPARE(sidebar->indexOf(services), -1);
    QCOMPARE(sidebar->currentPage(), account->homePage());
    QList<QPushButton*> tiles = account->homePage()->findChildren<QPushButton*>(QRegularExpression("^home.*Tile$"));
    QCOMPARE(tiles.size(), 5);
    QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeAttendanceTile")));
    QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeCitizensTile")));
    QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeNewCitizenTile")));
    auto* queueTile = account->homePage()->findChild<QPushButton*>(QStringLiteral("homeQueueTile"));
    QVERIFY(queueTile);
    queueTile->click();
    QCOMPARE(sidebar->currentPage()->objectName(), QStringLiteral("deskQueuePage"));
    account->homePage()->findChild<QPushButton*>(QStringLiteral("homeProfileTile"))->click();
    QCOMPARE(sidebar->currentPage(), profile);

    // Back to a citizen: the same page objects, in the same order.
    account->setRole(Account::RoleCitizen);
    QCOMPARE(sidebar->model()->rowCount(), 8);
    QCOMPARE(account->servicesWidget(), services);
    QCOMPARE(sidebar->indexOf(services), 3);
    QCOMPARE(sidebar->indexOf(profile), 4);

    // The scope ends (sign-out): its pages go with it, the others stay.
    QPointer<QWidget> gone(services);
    account->setScope(nullptr);
    QCOMPARE(sidebar->model()->rowCount(), 2);
    QVERIFY(!account->servicesWidget());
    QCOMPARE(account->profilePage(), profile);
    QVERIFY(!client.window()->findChild<QWidget*>(QStringLiteral("servicesWidget")));
    QTRY_VERIFY(gone.isNull());
}

void TestPageRegistry::onePageIsOneDeclaration()
{
    PageRegistry registry = PageRegistry::standard();
    PageDeclaration sample;
    sample.id = QStringLiteral("sample");
    sample.roles = { Account::RoleAgent };
    sample.order = 50;
    sample.label = QStringLiteral("Page d'exemple");
    sample.tileObjectName = QStringLiteral("homeSampleTile");
    sample.create = [](const PageContext& context) -> QWidget* {
        auto* page = new QLabel(QStringLiteral("exemple"), context.parent);
        page->setObjectName(QStringLiteral("samplePage"));
        return page;
    };
    registry.declare(sample);

    ClientFixture client(QUrl(QStringLiteral("https://127.0.0.1:9")), {}, false);
    AccountWidget account(client.session(), nullptr, nullptr, registry);
    account.setRole(Account::RoleAgent);
    QCOMPARE(sidebarLabels(account.sidebar()),
             (QStringList { QStringLiteral("Accueil"), QStringLiteral("Mes informations personnelles"),
                            QStringLiteral("Page d'exemple"), QStringLiteral("Ce poste") }));
    auto* tile = account.homePage()->findChild<QPushButton*>(QStringLiteral("homeSampleTile"));
    QVERIFY(tile);
    QCOMPARE(tile->accessibleName(), QStringLiteral("Page d'exemple"));
    tile->click();
    QCOMPARE(account.sidebar()->currentPage()->objectName(), QStringLiteral("samplePage"));
    // A citizen does not get it.
    account.setRole(Account::RoleCitizen);
    QCOMPARE(account.sidebar()->indexOf(account.page(QStringLiteral("sample"))), -1);
}

QTEST_MAIN(TestPageRegistry)
#include "tst_pageregistry.moc"
