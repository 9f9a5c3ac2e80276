// Every page of the sidebar at the default window size (1100×740), offscreen, against the real
// citoyens-server: a citizen with an approved request, an approved child, a funded wallet, an
// order, booked days and notifications, a top-up whose payment page could not be opened (its
// address shown in the sidebar); then a desk agent with a queue, a request beside its documents,
// « Pointage », « Usagers », « Nouvel usager », « Ce poste ». On each page no label, button,
// cell or control is cut (keys::clippedTexts; PageLayoutSupport for cells as drawn, combo boxes
// and addresses), Tab goes through the page's controls once, in reading order, and out
// (keys::tabOrderProblems from the page's first control), and the pages' titles start at one
// x. Pages are opened by their sidebar id:
// how a person gets there from the keyboard is the flows' tests' business; this test looks.
// The same executable runs a second time at 200 % (QT_SCALE_FACTOR=2 on a 2200×1480 offscreen
// screen: tests/gui/CMakeLists.txt); the screenshots of both runs are named pagelayout-100-…
// and pagelayout-200-….
#include "ReservationTestSupport.h"

#include "ClientFixture.h"
#include "KeyboardSupport.h"
#include "PageLayoutSupport.h"

#include "ClientCore.h"
#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/HomePage.h"
#include "account/PageIds.h"
#include "queue/QueuePage.h"
#include "queue/RequestView.h"
#include "services/AddServicePage.h"
#include "services/ServicesWidget.h"
#include "widgets/FocusChain.h"
#include "widgets/Sidebar.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/QueueTableModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "itemmodels/UpcomingReservationModel.h"
#include "itemmodels/WalletMovementModel.h"
#include "queue/DocumentBrowser.h"
#include "scope/AccountScope.h"
#include "session/Session.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

constexpr int NetworkTimeoutMs = 20000;
// Thursday 5 March 2026 in Paris: the canteen's March and April days are open to booking.
const QString Now = QStringLiteral("2026-03-05T11:59:00+01:00");
const QString Canteen = QStringLiteral("rosieres-reservation-cantine-pour-enfants");
const QString AgentEmail = QStringLiteral("agent.rosieres@example.org");
const QString AgentPassword = QStringLiteral("Guichet-Rosieres-2026");

} // namespace

class TestPageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void citizenPagesFit();
    void agentPagesFit();

private:
    // A fresh window of the default size, shown, signed in as `email`.
    void openSignedIn(const QString& email, const QString& password);
    // What is cut on the current page, each problem prefixed with `page`; a screenshot of it.
    QStringList look(const QString& page);
    // keys::tabOrderProblems on `page` from its first control in reading order.
    static QStringList tabOrder(QWidget* page, const QString& name);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ClientFixture> m_client;
    support::Family m_family;
    support::Person m_walkIn;
    QString m_scale; // "100" or "200", in the screenshots' names
};

void TestPageLayout::initTestCase()
{
    ClientFixture::applyStyle();
    m_scale = qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2 ? QStringLiteral("200") : QStringLiteral("100");
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data"),
                                                          QStringLiteral("--payment-provider"),
                                                          QStringLiteral("sandbox"), QStringLiteral("--now"), Now });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    // The citizen: the canteen and the leisure centre approved, Léa approved, 50 € in the wallet.
    support::Person agent = support::signIn(*m_server, AgentEmail, AgentPassword);
    m_family = support::approvedFamily(*m_server, *agent.http, Canteen, 5000);
    QVERIFY(!m_family.childId.isEmpty());
    TestHttp& citizen = *m_family.parent.http;
    const TestReply leisure = support::subscribe(citizen, support::RosieresService);
    QCOMPARE(leisure.status, 201);
    QCOMPARE(agent.http
                 ->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(support::idOf(leisure)),
                        support::decision(QStringLiteral("approve")))
                 .status,
             200);
    // Booked days (an order each) and the leisure centre's registration bought.
    const TestReply booked = citizen.post(
        QStringLiteral("/me/reservations"),
        support::bookDates(
            m_family, { QStringLiteral("2026-03-16"), QStringLiteral("2026-03-17"), QStringLiteral("2026-04-07") }),
        support::idempotencyKey(support::newKey()));
    QVERIFY2(booked.status == 200 || booked.status == 201, booked.body.constData());
    const QJsonObject order {
        { QStringLiteral("subscriptionId"), support::idOf(leisure) },
        { QStringLiteral("beneficiaryId"), m_family.childId },
        { QStringLiteral("lines"),
          QJsonArray { QJsonObject { { QStringLiteral("itemId"), QStringLiteral("inscription") },
                                     { QStringLiteral("quantity"), 1 } } } },
    };
    const TestReply bought
        = citizen.post(QStringLiteral("/me/orders"), order, support::idempotencyKey(support::newKey()));
    QVERIFY2(bought.status == 201, bought.body.constData());

    // The agent's queue: a newcomer's request, waiting.
    m_walkIn = support::newCitizen(*m_server);
    QCOMPARE(support::subscribe(*m_walkIn.http, support::RosieresService, 18000, 4).status, 201);
    // And a child of theirs to decide, shown without documents beside it (their long e-mail
    // address was cut there).
    const QJsonObject child { { QStringLiteral("lastName"), QStringLiteral("Testeuse") },
                              { QStringLiteral("firstName"), QStringLiteral("Lena") },
                              { QStringLiteral("birthDate"), QStringLiteral("2019-03-14") },
                              { QStringLiteral("relation"), QStringLiteral("Mère") },
                              { QStringLiteral("schoolClass"), QStringLiteral("CE1") } };
    const TestReply added
        = m_walkIn.http->post(QStringLiteral("/me/beneficiaries"), child, support::idempotencyKey(support::newKey()));
    QVERIFY2(added.status == 201, added.body.constData());
}

void TestPageLayout::cleanupTestCase()
{
    m_client.reset();
    if (m_server)
        m_server->stop();
}

void TestPageLayout::openSignedIn(const QString& email, const QString& password)
{
    m_client.reset();
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150);
    m_client->window()->resize(1100, 740); // Application's default window
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    // The sign-in itself is tst_authpages' and tst_accountflow's business: this test looks.
    m_client->session()->signIn(email, password, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
    QVERIFY(m_client->core()->scope());
    QTRY_VERIFY(m_client->window()->accountWidget()->isVisible());
}

QStringList TestPageLayout::look(const QString& page)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QWidget* window = m_client->window();
    const auto check = [window] {
        return keys::clippedTexts(window) + pagelayout::clippedBeyondKeys(window);
    };
    // A view sizes its columns and rows on a later turn of the event loop: what is still cut a
    // moment later is cut.
    QStringList problems = check();
    if (!problems.isEmpty()) {
        const bool settled = QTest::qWaitFor([&] { return (problems = check()).isEmpty(); }, 2000);
        Q_UNUSED(settled); // what is left is reported
    }
    ClientFixture::screenshot(window, QStringLiteral("pagelayout-%1-%2").arg(m_scale, page));
    for (QString& p : problems)
        p.prepend(page + QStringLiteral(": "));
    return problems;
}

QStringList TestPageLayout::tabOrder(QWidget* page, const QString& name)
{
    const QList<QWidget*> stops = FocusChain::tabStops(page);
    if (stops.isEmpty())
        return {};
    // Before in reading order: on an earlier row, or on the same row (one's middle within the
    // other's height) and further left.
    const auto before = [page](const QWidget* a, const QWidget* b) {
        const QRect ra(a->mapTo(page, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(page, QPoint(0, 0)), b->size());
        const bool sameRow = (ra.center().y() >= rb.top() && ra.center().y() <= rb.bottom())
            || (rb.center().y() >= ra.top() && rb.center().y() <= ra.bottom());
        return sameRow ? ra.left() < rb.left() : ra.top() < rb.top();
    };
    QWidget* first = *std::min_element(stops.begin(), stops.end(), before);
    QStringList problems = keys::tabOrderProblems(page, first);
    for (QString& p : problems)
        p.prepend(name + QStringLiteral(" (Tab from %1): ").arg(first->objectName()));
    return problems;
}

void TestPageLayout::citizenPagesFit()
{
    openSignedIn(m_family.parent.email, support::StrongPassword);
    AccountScope* scope = m_client->core()->scope();
    AccountWidget* account = m_client->window()->accountWidget();
    // What every page shows, arrived.
    QTRY_VERIFY_WITH_TIMEOUT(scope->subscriptionModel()->rowCount() >= 2, NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(scope->beneficiaryModel()->rowCount() >= 1, NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(scope->notificationModel()->rowCount() >= 2, NetworkTimeoutMs);

    // « Recharger » with no browser to open the payment page: its address in the sidebar.
    auto* topUp = m_client->find<QPushButton>(QStringLiteral("walletTopUpButton"));
    QVERIFY(topUp);
    QTRY_VERIFY(topUp->isVisible());
    QTest::keyClick(topUp, Qt::Key_Space);
    // No browser could open it: the address on its own lines, with « Copier le lien ».
    auto* link = m_client->find<QLabel>(QStringLiteral("walletPaymentLink"));
    QVERIFY(link);
    QTRY_VERIFY_WITH_TIMEOUT(link->isVisible() && link->accessibleName().startsWith(QStringLiteral("https://")),
                             NetworkTimeoutMs);

    QStringList problems = look(QStringLiteral("citizen-home"));
    const QStringList ids { PageId::Services,     PageId::Beneficiaries, PageId::Orders, PageId::Wallet,
                            PageId::Reservations, PageId::Notifications, PageId::Profile };
    QList<QWidget*> pages { account->homePage() };
    for (const QString& id : ids) {
        account->openPage(id);
        QWidget* page = account->page(id);
        QVERIFY2(page, qPrintable(id));
        QTRY_VERIFY(page->isVisible());
        if (id == u"orders")
            QTRY_VERIFY_WITH_TIMEOUT(scope->orderModel()->rowCount() >= 2, NetworkTimeoutMs);
        if (id == u"wallet")
            QTRY_VERIFY_WITH_TIMEOUT(scope->walletModel()->rowCount() >= 2, NetworkTimeoutMs);
        if (id == u"reservations")
            QTRY_VERIFY_WITH_TIMEOUT(scope->upcomingReservationModel()->rowCount() >= 1, NetworkTimeoutMs);
        problems += look(QStringLiteral("citizen-") + id);
        problems += tabOrder(page, QStringLiteral("citizen-") + id);
        pages << page;
        if (id == u"services") {
            // « Ajouter un service »: the catalogue's long names.
            auto* services = static_cast<ServicesWidget*>(page);
            auto* add = m_client->find<QPushButton>(QStringLiteral("servicesAddButton"));
            QTest::keyClick(add, Qt::Key_Space);
            QTRY_VERIFY(services->addServicePage()->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(scope->catalogueModel()->rowCount() >= 4, NetworkTimeoutMs);
            problems += look(QStringLiteral("citizen-services-add"));
            services->showList();
        }
    }
    problems += pagelayout::titleMisalignments(pages);
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problems: texts cut or Tab out of reading order (listed above)").arg(problems.size())));
}

void TestPageLayout::agentPagesFit()
{
    openSignedIn(AgentEmail, AgentPassword);
    AccountScope* scope = m_client->core()->scope();
    AccountWidget* account = m_client->window()->accountWidget();
    QTRY_VERIFY_WITH_TIMEOUT(scope->queueModel()->rowCount() >= 1, NetworkTimeoutMs);

    QStringList problems = look(QStringLiteral("agent-home"));
    QList<QWidget*> pages { account->homePage() };
    for (const QString& id : { PageId::Queue, PageId::Attendance, PageId::Citizens, PageId::NewCitizen,
                               PageId::Workstation, PageId::Profile }) {
        account->openPage(id);
        QWidget* page = account->page(id);
        QVERIFY2(page, qPrintable(id));
        QTRY_VERIFY(page->isVisible());
        problems += look(QStringLiteral("agent-") + id);
        problems += tabOrder(page, QStringLiteral("agent-") + id);
        pages << page;
        if (id == u"queue") {
            // The newcomer's request beside its two documents, then their child's, alone.
            auto* queue = static_cast<QueuePage*>(page);
            QTableView* table = queue->table();
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, NetworkTimeoutMs);
            RequestView* view = queue->requestView();
            for (int row = 0; row < 2; ++row) {
                table->setCurrentIndex(table->model()->index(row, 0));
                QTest::keyClick(table, Qt::Key_Return);
                QTRY_VERIFY(view->isVisible());
                if (view->documents()->isVisible())
                    QTRY_COMPARE_WITH_TIMEOUT(view->documents()->count(), 2, NetworkTimeoutMs);
                QTRY_COMPARE_WITH_TIMEOUT(view->pendingDownloads(), 0, NetworkTimeoutMs);
                problems += look(QStringLiteral("agent-request-%1").arg(row));
                QTest::keyClick(view, Qt::Key_Escape);
                QTRY_VERIFY(table->isVisible());
            }
            pages << view;
        }
    }
    problems += pagelayout::titleMisalignments(pages);
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problems: texts cut or Tab out of reading order (listed above)").arg(problems.size())));
}

QTEST_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
