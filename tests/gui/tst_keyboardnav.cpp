// The signed-in citizen's pages from the keyboard alone, against the real
// citoyens-server with its sandbox payment provider: after sign-in the focus is on the home page's
// first control; Tab goes sidebar → page → footer (Déconnexion, the wallet block); Return presses
// the focused button (a home tile, a confirmation's safe default); Tab leaves the tables and their
// selection stays, with « Retirer la demande » and « Acheter » as they were; the reminder link
// opens « Mes filiations » with Return; a request with its documents and a top-up made with keys
// only; the reminders go once everything is approved; the window's size outlives the window.
#include "KeyboardSupport.h"
#include "TestHttp.h"
#include "WalletFlowSupport.h"
#include "WalletTestSupport.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/HomePage.h"
#include "account/PageIds.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "orders/PurchaseDialog.h"
#include "services/ServicesWidget.h"
#include "wallet/WalletPanel.h"
#include "widgets/Confirmation.h"
#include "widgets/DocumentField.h"
#include "widgets/FilePicker.h"
#include "widgets/Sidebar.h"

#include "ClientCore.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "models/Money.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "sync/SyncService.h"
#include "wallet/WalletCommands.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace citoyens;
using namespace servicesflow;

namespace {

// Runs `answer` once a modal dialog is up and active (a QMessageBox's exec() does not return to
// the test until it is answered).
void whenModalShown(std::function<void()> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isActiveWindow())
            return;
        timer->stop();
        timer->deleteLater();
        answer();
    });
    timer->start();
}

int selectedRow(const QAbstractItemView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.constFirst().row() : -1;
}

QString selectedStatus(const QAbstractItemView* view)
{
    const int row = selectedRow(view);
    return row < 0 ? QString() : view->model()->index(row, 0).data(SubscriptionTableModel::StatusRole).toString();
}

// With the focus in the table: Ctrl+Home (the first row; Home is the row's first cell), then
// Down until the selected request has `status`.
bool goToStatus(const QAbstractItemView* view, const QString& status)
{
    keys::press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < view->model()->rowCount() && selectedStatus(view) != status; ++i)
        keys::press(Qt::Key_Down);
    return selectedStatus(view) == status;
}

} // namespace

class TestKeyboardNav : public QObject, public WalletFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_client.reset(); }
    void cleanupTestCase();

    void signInFocusesTheHomePage();
    void returnPressesTheFocusedButton();
    void tabLeavesTheServicesTable();
    void reminderLinkOpensBeneficiariesWithReturn();
    void enrolWithDocumentsFromTheKeyboard();
    void topUpFromTheKeyboard();
    void buyFromTheKeyboard();
    void paymentLinkShownWholeAndCopied();
    void ordersPageTabOrder();
    void remindersGoOnceEverythingIsApproved();
    void altXSignsOut();
    void windowSizeIsRemembered();

private:
    QWidget* page(const QString& id) const { return m_client->window()->accountWidget()->page(id); }
    // Opens the page from the home page's tile, with Tab and Return.
    void openFromHome(const QString& tile);
    void syncNow();
};

void TestKeyboardNav::initTestCase()
{
    startServerAndWriteFiles({ QStringLiteral("--payment-provider"), QStringLiteral("sandbox") });
    if (QTest::currentTestFailed())
        return;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    // Marie: the Rosières accueil de loisirs approved, the canteen pending.
    const QString approved = askOverHttp(QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune"));
    QVERIFY(!approved.isEmpty());
    QVERIFY(!askOverHttp(QStringLiteral("rosieres-reservation-cantine-pour-enfants")).isEmpty());
    agentDecide(approved, { { QStringLiteral("decision"), QStringLiteral("approve") } });
    markNotificationsRead();
}

void TestKeyboardNav::init()
{
    m_browser.opened.clear();
    openClientAndSignIn();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    m_client->services()->walletCommands()->setFollowInterval(std::chrono::milliseconds(100));
    FIND(QTableView, table, "servicesTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, NetworkTimeoutMs);
}

void TestKeyboardNav::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    stopServer();
}

void TestKeyboardNav::syncNow()
{
    m_client->services()->sync()->syncAll();
}

void TestKeyboardNav::openFromHome(const QString& tile)
{
    AccountWidget* account = m_client->window()->accountWidget();
    if (currentAccountPage() != account->homePage()) {
        // The sidebar's list: Home is its first row.
        QVERIFY(keys::tabTo(QStringLiteral("sidebarList")));
        keys::press(Qt::Key_Home);
        QTRY_COMPARE(currentAccountPage(), account->homePage());
    }
    QStringList passed;
    QVERIFY2(keys::tabTo(tile, &passed), qPrintable(passed.join(QLatin1Char(' '))));
    keys::press(Qt::Key_Return);
}

void TestKeyboardNav::signInFocusesTheHomePage()
{
    AccountWidget* account = m_client->window()->accountWidget();
    QCOMPARE(currentAccountPage(), account->homePage());
    // The first control of the page that shows, not a hidden page's button.
    QTRY_COMPARE(keys::focusName(), QStringLiteral("homeDocumentsReminder"));
    QVERIFY(keys::focus()->isVisible());
    QCOMPARE(account->homePage()->accessibleName(), QStringLiteral("Mon compte"));
    shot(QStringLiteral("k01-home-focus"));

    // Shift+Tab: the sidebar's list; Tab: the page, then Déconnexion and the wallet block.
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys::focusName(), QStringLiteral("sidebarList"));
    QStringList passed;
    QVERIFY(keys::tabTo(QStringLiteral("signOutButton"), &passed));
    QCOMPARE(passed.first(), QStringLiteral("homeDocumentsReminder"));
    for (const QString& name : passed.mid(1, passed.size() - 2))
        QVERIFY2(name.startsWith(QStringLiteral("home")) && name.endsWith(QStringLiteral("Tile")), qPrintable(name));
    QCOMPARE(passed.size(), 2 + account->homePage()->findChildren<QPushButton*>().size() - 1);
    // The five amounts are one stop, on the chosen one (the arrows choose).
    QCOMPARE(keys::walk(3),
             (QStringList { QStringLiteral("walletAmount2500"), QStringLiteral("walletTopUpButton"),
                            QStringLiteral("sidebarList") }));

    // The page's own order: every control once, in reading order.
    FIND(QPushButton, reminder, "homeDocumentsReminder");
    QCOMPARE(keys::tabOrderProblems(account->homePage(), reminder), QStringList());
    QCOMPARE(keys::mnemonicClashes(m_client->window()), QStringList());
}

void TestKeyboardNav::returnPressesTheFocusedButton()
{
    AccountWidget* account = m_client->window()->accountWidget();
    // A home tile: Return opens its page; the focus on the page's first control (the table).
    openFromHome(QStringLiteral("homeServicesTile"));
    QTRY_COMPARE(currentAccountPage(), account->servicesWidget());
    QTRY_COMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    FIND(QTableView, table, "servicesTable");
    QCOMPARE(selectedRow(table), 0); // the first row, selected with the focus
    QVERIFY(goToStatus(table, QStringLiteral("pending")));
    const int pendingRow = selectedRow(table);

    // « Retirer la demande » with Return asks first; Return on the question keeps the request.
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesWithdrawButton"));
    QVERIFY(!Confirmation::hasPendingAnswers());
    QString focusInQuestion;
    whenModalShown([&focusInQuestion] {
        focusInQuestion = keys::focusName();
        keys::press(Qt::Key_Return);
    });
    keys::press(Qt::Key_Return);
    QCOMPARE(focusInQuestion, QStringLiteral("confirmationNoButton"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(pendingRow, 2).data().toString(), QStringLiteral("En attente"));
    // Offscreen has no window manager to give the window back its activation when the question goes.
    m_client->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    QCOMPARE(keys::focusName(), QStringLiteral("servicesWithdrawButton"));
    // Enter (the keypad's) presses too: Escape on the question answers no as well.
    QString focusInSecond;
    whenModalShown([&focusInSecond] {
        focusInSecond = keys::focusName();
        keys::press(Qt::Key_Escape);
    });
    keys::press(Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(focusInSecond, QStringLiteral("confirmationNoButton"));
    QCOMPARE(table->model()->index(pendingRow, 2).data().toString(), QStringLiteral("En attente"));
}

void TestKeyboardNav::tabLeavesTheServicesTable()
{
    AccountWidget* account = m_client->window()->accountWidget();
    openFromHome(QStringLiteral("homeServicesTile"));
    QTRY_COMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    FIND(QTableView, table, "servicesTable");
    FIND(QPushButton, withdraw, "servicesWithdrawButton");
    FIND(QPushButton, buy, "servicesBuyButton");
    QCOMPARE(selectedRow(table), 0);
    QVERIFY(withdraw->isEnabled() != buy->isEnabled()); // one pending, one approved

    // The arrows move inside: the approved row; Tab leaves for « Acheter », the row stays chosen.
    QVERIFY(goToStatus(table, QStringLiteral("approved")));
    const int approvedRow = selectedRow(table);
    QVERIFY(buy->isEnabled());
    QVERIFY(!withdraw->isEnabled());
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesBuyButton"));
    QCOMPARE(selectedRow(table), approvedRow);
    QVERIFY(buy->isEnabled());
    // Shift+Tab comes back to the table on the same row, and leaves it backwards for the sidebar.
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    QCOMPARE(selectedRow(table), approvedRow);
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys::focusName(), QStringLiteral("sidebarList"));
    QCOMPARE(currentAccountPage(), account->servicesWidget());
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    // Ctrl+Tab leaves too (it walked the cells).
    keys::press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesBuyButton"));
    QCOMPARE(selectedRow(table), approvedRow);
    shot(QStringLiteral("k02-services-selection-kept"));

    // Back on the pending row: « Retirer la demande » is reachable, « Acheter » is not.
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    QVERIFY2(goToStatus(table, QStringLiteral("pending")),
             qPrintable(keys::focusName() + QLatin1Char(' ') + selectedStatus(table)));
    QCOMPARE(keys::walk(1), QStringList { QStringLiteral("servicesWithdrawButton") });
    QVERIFY(withdraw->isEnabled());

    // Every control once, then the footer (the table first).
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys::tabOrderProblems(currentServicesPage(), table), QStringList());
    QCOMPARE(keys::mnemonicClashes(m_client->window()), QStringList());
}

void TestKeyboardNav::reminderLinkOpensBeneficiariesWithReturn()
{
    AccountWidget* account = m_client->window()->accountWidget();
    openFromHome(QStringLiteral("homeServicesTile"));
    QTRY_COMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    FIND(QPushButton, reminder, "servicesBeneficiariesReminder");
    QVERIFY(reminder->isVisible()); // no child yet
    QStringList passed;
    QVERIFY(keys::tabTo(QStringLiteral("servicesBeneficiariesReminder"), &passed));
    QCOMPARE(passed.size(), 3); // « Retirer la demande » or « Acheter », « Ajouter un service », the link
    QCOMPARE(passed.at(1), QStringLiteral("servicesAddButton"));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(currentAccountPage(), account->beneficiariesPage());
    QTRY_COMPARE(keys::focusName(), QStringLiteral("beneficiariesAddButton"));
    FIND(QLabel, title, "beneficiariesPageTitle");
    QCOMPARE(account->beneficiariesPage()->accessibleName(), title->text());

    // The home page's reminder of the documents opens « Mes services » the same way.
    openFromHome(QStringLiteral("homeDocumentsReminder"));
    QTRY_COMPARE(currentAccountPage(), account->servicesWidget());
}

void TestKeyboardNav::enrolWithDocumentsFromTheKeyboard()
{
    openFromHome(QStringLiteral("homeServicesTile"));
    QTRY_COMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    QVERIFY(keys::tabTo(QStringLiteral("servicesAddButton")));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("addServicePage"));
    QTRY_COMPARE(keys::focusName(), QStringLiteral("addServiceFilterEdit"));
    FIND(QTreeView, tree, "addServiceTree");
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 4, NetworkTimeoutMs);
    keys::type(QStringLiteral("ros"));
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    // Tab: the tree, its first service chosen; Down to one Marie has not asked for yet.
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("addServiceTree"));
    QVERIFY(tree->currentIndex().isValid());
    QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
    const QStringList asked { LoisirsService, QStringLiteral("RÉSERVATION CANTINE POUR ENFANTS") };
    for (int i = 0; i < 4 && asked.contains(tree->currentIndex().data().toString()); ++i)
        keys::press(Qt::Key_Down);
    const QString chosen = tree->currentIndex().data().toString();
    QVERIFY2(!asked.contains(chosen), qPrintable(chosen));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("addServiceBackButton"));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("addServiceValidateButton"));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("justificatifsPage"));

    // Each document: its « Parcourir » with Return; then the income if asked; Return sends.
    const QList<DocumentField*> documents = currentServicesPage()->findChildren<DocumentField*>();
    QWidget* firstField = keys::focus();
    QVERIFY(firstField && firstField->objectName().endsWith(QStringLiteral("BrowseButton")));
    int chosenFiles = 0;
    for (DocumentField* document : documents) {
        if (!document->isVisible())
            continue;
        QVERIFY(keys::tabTo(document->browseButton()->objectName()));
        FilePicker::setNextPath(chosenFiles % 2 ? m_png : m_pdf);
        keys::press(Qt::Key_Return);
        QTRY_VERIFY(!document->path().isEmpty());
        ++chosenFiles;
    }
    FIND(QLineEdit, income, "justificatifsIncomeEdit");
    if (income->isVisible()) {
        QVERIFY(keys::tabTo(QStringLiteral("justificatifsIncomeEdit")));
        keys::type(QStringLiteral("4500"));
    }
    shot(QStringLiteral("k03-documents-from-keys"));
    const QStringList documentProblems = keys::tabOrderProblems(currentServicesPage(), firstField);
    QVERIFY2(documentProblems.isEmpty(), qPrintable(documentProblems.join(QLatin1Char('\n'))));
    QVERIFY(keys::tabTo(QStringLiteral("justificatifsSubmitButton")));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentServicesPage()->objectName(), QStringLiteral("servicesPage"), NetworkTimeoutMs);
    FIND(QTableView, table, "servicesTable");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    QCOMPARE(table->model()->index(selectedRow(table), 0).data().toString().toUpper().contains(chosen), true);
}

void TestKeyboardNav::topUpFromTheKeyboard()
{
    AccountWidget* account = m_client->window()->accountWidget();
    FIND(QLabel, balance, "walletBalanceLabel");
    QTRY_VERIFY_WITH_TIMEOUT(balance->text().endsWith(Money::fromCents(0).toFrench()), NetworkTimeoutMs);
    // From the home page, past Déconnexion, to 5 €: Return chooses it, as Space would.
    QStringList passed;
    QVERIFY(keys::tabTo(QStringLiteral("walletAmount2500"), &passed));
    QCOMPARE(passed.at(passed.size() - 2), QStringLiteral("signOutButton"));
    // The arrows choose: up to 1 €, right to 5 €.
    keys::press(Qt::Key_Up);
    QCOMPARE(keys::focusName(), QStringLiteral("walletAmount100"));
    keys::press(Qt::Key_Right);
    QCOMPARE(keys::focusName(), QStringLiteral("walletAmount500"));
    QCOMPARE(account->walletPanel()->chosenAmountCents(), 500);
    QCOMPARE(keys::walk(1), QStringList { QStringLiteral("walletTopUpButton") });
    keys::press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    payOnProviderPage(m_browser.opened.constFirst(), QStringLiteral("payer"));
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(500).toFrench(),
                              NetworkTimeoutMs);

    // « Mon porte-monnaie »: the movements' table is one stop.
    openFromHome(QStringLiteral("homeWalletTile"));
    QTRY_COMPARE(currentAccountPage(), page(PageId::Wallet));
    FIND(QTableView, movements, "walletMovementsTable");
    QTRY_COMPARE(movements->model()->rowCount(), 1);
    QTRY_COMPARE(keys::focusName(), QStringLiteral("walletMovementsTable"));
    QCOMPARE(selectedRow(movements), 0);
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("signOutButton"));
    QCOMPARE(selectedRow(movements), 0);
    shot(QStringLiteral("k04-wallet-page"));
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys::tabOrderProblems(page(PageId::Wallet), movements), QStringList());
}

void TestKeyboardNav::paymentLinkShownWholeAndCopied()
{
    // The browser could not be opened: the address, whole, and « Copier le lien ».
    m_client->services()->walletCommands()->setUrlOpener([](const QUrl&) { return false; });
    QVERIFY(keys::tabTo(QStringLiteral("walletAmount2500")));
    keys::press(Qt::Key_Up);
    QCOMPARE(m_client->window()->accountWidget()->walletPanel()->chosenAmountCents(), 100);
    QVERIFY(keys::tabTo(QStringLiteral("walletTopUpButton")));
    keys::press(Qt::Key_Return);
    FIND(QLabel, link, "walletPaymentLink");
    QTRY_VERIFY_WITH_TIMEOUT(link->isVisible(), NetworkTimeoutMs);
    const QString url = link->accessibleName();
    QVERIFY(url.startsWith(QStringLiteral("https://")));
    WalletPanel* panel = m_client->window()->accountWidget()->walletPanel();
    QVERIFY2(panel->isAncestorOf(keys::focus()), qPrintable(keys::focusName())); // still in the block
    shot(QStringLiteral("k05-payment-link"));
    QCOMPARE(keys::clippedTexts(panel), QStringList());
    QVERIFY(keys::tabTo(QStringLiteral("walletCopyLinkButton")));
    keys::press(Qt::Key_Return);
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    FIND(QPushButton, copy, "walletCopyLinkButton");
    QCOMPARE(copy->text(), QStringLiteral("Lien copié"));
    payOnProviderPage(QUrl(url), QStringLiteral("abandonner"));
    QTRY_VERIFY_WITH_TIMEOUT(link->isHidden(), NetworkTimeoutMs);
}

void TestKeyboardNav::ordersPageTabOrder()
{
    // The sidebar's list: the arrows show the pages and keep the focus; Return goes into the page.
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys::focusName(), QStringLiteral("sidebarList"));
    keys::press(Qt::Key_Down);
    QCOMPARE(currentAccountPage(), page(PageId::Orders));
    QCOMPARE(keys::focusName(), QStringLiteral("sidebarList"));
    keys::press(Qt::Key_Return);
    QWidget* first = keys::focus();
    QVERIFY(first && page(PageId::Orders)->isAncestorOf(first));
    QCOMPARE(keys::tabOrderProblems(page(PageId::Orders), first), QStringList());
    QCOMPARE(keys::mnemonicClashes(m_client->window()), QStringList());
}

void TestKeyboardNav::remindersGoOnceEverythingIsApproved()
{
    AccountWidget* account = m_client->window()->accountWidget();
    FIND(QPushButton, documentsReminder, "homeDocumentsReminder");
    FIND(QPushButton, beneficiariesReminder, "servicesBeneficiariesReminder");
    QVERIFY(documentsReminder->isVisible());
    QVERIFY(!beneficiariesReminder->isHidden());

    // Every request approved, and one child, approved too.
    QStringList pending;
    agentPendingIds(&pending);
    for (const QString& id : std::as_const(pending))
        agentDecide(id, { { QStringLiteral("decision"), QStringLiteral("approve") } });
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    const TestReply lea = marie.post(QStringLiteral("/me/beneficiaries"),
                                     { { QStringLiteral("lastName"), QStringLiteral("Dupont") },
                                       { QStringLiteral("firstName"), QStringLiteral("Léa") },
                                       { QStringLiteral("birthDate"), QStringLiteral("2020-05-02") },
                                       { QStringLiteral("relation"), QStringLiteral("Enfant") } });
    QCOMPARE(lea.status, 201);
    const QString leaId = lea.json().value(QStringLiteral("id")).toString();
    QImage photo(350, 450, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && photo.save(&buffer, "JPEG"));
    QCOMPARE(marie.send("PUT", QStringLiteral("/me/beneficiaries/%1/photo").arg(leaId), jpeg, "image/jpeg").status,
             200);
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    QCOMPARE(agent
                 .post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(leaId),
                       { { QStringLiteral("decision"), QStringLiteral("approve") } })
                 .status,
             200);
    markNotificationsRead();

    syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(documentsReminder->isHidden(), NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(beneficiariesReminder->isHidden(), NetworkTimeoutMs);
    // The home page starts on its first tile now.
    keys::press(Qt::Key_Backtab, Qt::ShiftModifier);
    openFromHome(QStringLiteral("homeServicesTile"));
    QTRY_COMPARE(currentAccountPage(), account->servicesWidget());
    shot(QStringLiteral("k06-services-all-approved"));
}

void TestKeyboardNav::altXSignsOut()
{
    // « Déconne_x_ion »: Alt+X, a letter no page uses (Alt+D is « Date de naissance » in the forms).
    FIND(QPushButton, signOut, "signOutButton");
    QCOMPARE(signOut->text().section(QLatin1Char(' '), 0, 0), QStringLiteral("Déconne&xion"));
    keys::press(Qt::Key_X, Qt::AltModifier);
    QTRY_COMPARE(m_client->session()->state(), Session::State::SignedOut);
}

void TestKeyboardNav::buyFromTheKeyboard()
{
    // 25 € more in Marie's wallet (the provider's page is topUpFromTheKeyboard's business).
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    QVERIFY(support::fund(marie, 2500));
    const qint64 before = support::balanceOf(marie);
    const int orders = marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray().size();
    syncNow();

    // « Mes services », the approved request, « Acheter » with Return.
    openFromHome(QStringLiteral("homeServicesTile"));
    QTRY_COMPARE(keys::focusName(), QStringLiteral("servicesTable"));
    FIND(QTableView, table, "servicesTable");
    QVERIFY(goToStatus(table, QStringLiteral("approved")));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("servicesBuyButton"));
    keys::press(Qt::Key_Return);
    QPointer<PurchaseDialog> dialog; // it deletes itself once closed
    QTRY_VERIFY((dialog = m_client->window()->findChild<PurchaseDialog*>()) && dialog->isVisible());
    // Offscreen has no window manager to activate a new window: the test does what it would.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->quantityBox(QStringLiteral("inscription")), NetworkTimeoutMs);

    // The focus on the first quantity; Tab to the registration's, typed; then on to « Confirmer ».
    QTRY_COMPARE(keys::focusName(), QStringLiteral("purchaseQuantity_semaine"));
    QVERIFY(keys::tabTo(QStringLiteral("purchaseQuantity_inscription")));
    keys::press(Qt::Key_A, Qt::ControlModifier);
    keys::type(QStringLiteral("1"));
    FIND(QPushButton, confirm, "purchaseConfirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QStringList passed;
    QVERIFY2(keys::tabTo(QStringLiteral("purchaseConfirmButton"), &passed), qPrintable(passed.join(u' ')));
    ClientFixture::screenshot(dialog, QStringLiteral("k09-purchase-by-keys"));
    keys::press(Qt::Key_Return);

    // Bought: one order more, 15 € less, and the dialog gone.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray().size(),
                              orders + 1, NetworkTimeoutMs);
    QCOMPARE(support::balanceOf(marie), before - 1500);
}

void TestKeyboardNav::windowSizeIsRemembered()
{
    MainWindow* window = m_client->window();
    window->resize(1180, 790);
    window->move(40, 30);
    QVERIFY(window->close());
    MainWindow again(*m_client->core());
    QCOMPARE(again.size(), QSize(1180, 790));
    // Nothing saved: the default size.
    QSettings().remove(QStringLiteral("window/geometry"));
    MainWindow fresh(*m_client->core());
    QCOMPARE(fresh.size(), QSize(1100, 740));
}

int main(int argc, char** argv)
{
    // A 1920×1080 screen: offscreen's own (800×600) is smaller than the window's minimum size, and
    // the window is made to fit the screen it opens on.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(R"({"screens": [{"name": "KeyboardNav", "x": 0, "y": 0, "width": 1920, "height": 1080,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    QApplication app(argc, argv);
    // This process's own settings: the window's geometry is what the test reads back, and other
    // GUI tests running at the same time (ctest -j) close windows into the shared test settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    TestKeyboardNav test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyboardnav.moc"
