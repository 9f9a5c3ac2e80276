// The wallet end to end, offscreen, against the real citoyens-server over HTTPS with its sandbox
// payment provider: Marie's request approved by the Rosières agent, a 25 € top-up from the
// "DÉPÔTS DE FONDS" block (the page the client opens in the browser is captured and driven over
// HTTP, as a browser would), the balance 25,00 €, "Acheter" on the approved row, "Confirmer"
// pressed twice, and the balance, the order and its PDF receipt agree to the cent. Then a short
// balance offers the top-up that covers it, and a refused payment credits nothing and says so.
#include "TestHttp.h"
#include "WalletFlowSupport.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/PageIds.h"
#include "orders/OrdersPage.h"
#include "orders/PurchaseDialog.h"
#include "wallet/WalletPanel.h"
#include "widgets/FilePicker.h"
#include "widgets/Sidebar.h"

#include "itemmodels/OrderTableModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "models/Money.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "wallet/OrderOperation.h"
#include "wallet/WalletCommands.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace citoyens;
using namespace servicesflow;

namespace {

// The offer of the lowest unit price.
QJsonObject cheapest(const QJsonArray& items)
{
    QJsonObject best;
    for (const QJsonValue& v : items) {
        const qint64 price = v.toObject().value(QStringLiteral("unitPriceCents")).toInteger();
        if (best.isEmpty() || price < best.value(QStringLiteral("unitPriceCents")).toInteger())
            best = v.toObject();
    }
    return best;
}

} // namespace

class TestWalletFlow : public QObject, public WalletFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void topUpBuyAndReceiptAgree();
    void shortBalanceOffersTheTopUpThatCoversIt();
    void retryWithTheSameKeyBooksOnce();
    void abandonedTopUpSaysSo();
    void expiredTopUpSaysSo();
    void networkFailureKeepsTheInput(); // last: it stops the server

private:
    // "Acheter" on the approved row: the button, or Return on the row.
    PurchaseDialog* openPurchase(bool withKeyboard = false);
    // Moves a row of the server's database back in time: `sql` takes the milliseconds and the id.
    void ageOnServer(const QString& sql, qint64 ms, const QString& id);

    QTemporaryDir m_holds; // the server's --test-hold-dir: an order keyed "hold-..." waits for a file
    QString m_approvedRow;
    QString m_approvedId;
};

void TestWalletFlow::initTestCase()
{
    QVERIFY(m_holds.isValid());
    startServerAndWriteFiles({ QStringLiteral("--payment-provider"), QStringLiteral("sandbox"),
                               QStringLiteral("--test-hold-dir"), m_holds.path() });
    if (QTest::currentTestFailed())
        return;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");

    // Marie asks for the Rosières accueil de loisirs over the API; the agent approves it. Her
    // request for the canteen stays pending: nothing can be bought with it.
    const QString approved = askOverHttp(QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune"));
    QVERIFY(!approved.isEmpty());
    QVERIFY(!askOverHttp(QStringLiteral("rosieres-reservation-cantine-pour-enfants")).isEmpty());
    agentDecide(approved, { { QStringLiteral("decision"), QStringLiteral("approve") } });
    m_approvedId = approved;

    // Léa, under 6 on 1 January, validated by the same agent: the purchase can name her.
    QVERIFY(!approvedChildOfMarie(QStringLiteral("%1-05-02").arg(QDate::currentDate().year() - 3)).isEmpty());
    m_approvedRow = LoisirsRow;
}

void TestWalletFlow::init()
{
    m_browser.opened.clear();
    openClientAndSignIn();
    QVERIFY(m_client->services());
    m_client->services()->walletCommands()->setFollowInterval(std::chrono::milliseconds(100));
}

void TestWalletFlow::cleanup()
{
    m_client.reset();
}

void TestWalletFlow::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    stopServer();
}

PurchaseDialog* TestWalletFlow::openPurchase(bool withKeyboard)
{
    AccountWidget* account = m_client->window()->accountWidget();
    account->openPage(PageId::Services);
    auto* table = m_client->find<QTableView>(QStringLiteral("servicesTable"));
    auto* buy = m_client->find<QPushButton>(QStringLiteral("servicesBuyButton"));
    if (!table || !buy)
        return nullptr;
    if (!QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, NetworkTimeoutMs))
        return nullptr;
    const QModelIndex row = findRow(table->model(), m_approvedRow);
    if (!row.isValid())
        return nullptr;
    table->setFocus(Qt::OtherFocusReason);
    table->selectRow(row.row());
    if (!buy->isEnabled())
        return nullptr;
    if (withKeyboard)
        QTest::keyClick(table, Qt::Key_Return);
    else
        click(buy);
    PurchaseDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = m_client->find<PurchaseDialog>(QStringLiteral("purchaseDialog"))) != nullptr; });
    return shown ? dialog : nullptr;
}

void TestWalletFlow::topUpBuyAndReceiptAgree()
{
    AccountWidget* account = m_client->window()->accountWidget();
    WalletPanel* panel = account->walletPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible()); // beside every page: the home page too
    FIND(QLabel, balance, "walletBalanceLabel");
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(0).toFrench(),
                              NetworkTimeoutMs);
    for (qint64 cents : WalletRules::TopUpAmountsCents) {
        auto* amount = m_client->find<QPushButton>(QStringLiteral("walletAmount%1").arg(cents));
        QVERIFY(amount);
        QCOMPARE(amount->text(), Money::fromCents(cents).toFrench());
    }
    FIND(QPushButton, topUp, "walletTopUpButton");
    QCOMPARE(topUp->text(), QStringLiteral("Recréditer mon porte-monnaie"));
    shot(QStringLiteral("w01-funds-deposit"));

    // 25 € through the sandbox provider's page, paid.
    FIND(QPushButton, amount25, "walletAmount2500");
    click(amount25);
    click(topUp);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    const QUrl paymentPage = m_browser.opened.constFirst();
    QCOMPARE(paymentPage.scheme(), QStringLiteral("https"));
    FIND(QLabel, status, "walletTopUpStatus");
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("En attente du paiement de")));
    payOnProviderPage(paymentPage, QStringLiteral("payer"));
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              QStringLiteral("Paiement accepté, %1 crédités").arg(Money::fromCents(2500).toFrench()),
                              NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(2500).toFrench(),
                              NetworkTimeoutMs);
    QCOMPARE(marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger(), 2500);

    // "Mon porte-monnaie": the balance and the top-up.
    account->openPage(PageId::Wallet);
    FIND(QLabel, pageBalance, "walletPageBalance");
    QTRY_VERIFY(pageBalance->text().endsWith(Money::fromCents(2500).toFrench()));
    FIND(QTableView, movements, "walletMovementsTable");
    QTRY_COMPARE(movements->model()->rowCount(), 1);
    QCOMPARE(movements->model()->index(0, 2).data().toString(),
             QStringLiteral("+") + Money::fromCents(2500).toFrench());
    shot(QStringLiteral("w02-my-wallet"));

    // "Acheter" only on the approved row: not on the pending one, neither button nor Return.
    account->openPage(PageId::Services);
    FIND(QTableView, services, "servicesTable");
    FIND(QPushButton, buy, "servicesBuyButton");
    QTRY_COMPARE_WITH_TIMEOUT(services->model()->rowCount(), 2, NetworkTimeoutMs);
    const QModelIndex pendingRow
        = findRow(services->model(), QStringLiteral("Rosières / Réservation Cantine pour Enfants / inf 399"));
    QVERIFY(pendingRow.isValid());
    services->setFocus(Qt::OtherFocusReason);
    services->selectRow(pendingRow.row());
    QVERIFY(!buy->isEnabled());
    QTest::keyClick(services, Qt::Key_Return);
    QVERIFY(!m_client->find<PurchaseDialog>(QStringLiteral("purchaseDialog")));

    // "Acheter" on the approved row: one of the cheapest item (the days are booked, not bought:
    // what is left costs more than half the top-up).
    PurchaseDialog* dialog = openPurchase();
    QVERIFY(dialog);
    FIND(QWidget, offers, "purchaseOffersBox");
    QTRY_VERIFY_WITH_TIMEOUT(offers->isVisible(), NetworkTimeoutMs);
    const QJsonArray items = marieGet(QStringLiteral("/me/subscriptions/%1/offers").arg(m_approvedId))
                                 .value(QStringLiteral("items"))
                                 .toArray();
    const QJsonObject first = cheapest(items);
    const qint64 price = first.value(QStringLiteral("unitPriceCents")).toInteger();
    QVERIFY(price > 0 && price <= 2500);
    QSpinBox* quantity = dialog->quantityBox(first.value(QStringLiteral("id")).toString());
    QVERIFY(quantity);
    QCOMPARE(quantity->maximum(), 99);
    FIND(QPushButton, confirm, "purchaseConfirmButton");
    QVERIFY(!confirm->isEnabled()); // nothing chosen yet
    quantity->setValue(1);
    FIND(QComboBox, child, "purchaseChildCombo");
    QTRY_VERIFY_WITH_TIMEOUT(child->findText(QStringLiteral("Léa Dupont")) > 0, NetworkTimeoutMs); // synced
    const int leaIndex = child->findText(QStringLiteral("Léa Dupont"));
    QVERIFY2(leaIndex > 0, "the validated child is offered");
    child->setCurrentIndex(leaIndex);
    FIND(QLabel, total, "purchaseTotalLabel");
    FIND(QLabel, after, "purchaseBalanceAfterLabel");
    QCOMPARE(total->text(), fr(QStringLiteral("Total : ")) + Money::fromCents(price).toFrench());
    QCOMPARE(after->text(), fr(QStringLiteral("Solde après achat : ")) + Money::fromCents(2500 - price).toFrench());
    QVERIFY(confirm->isEnabled());
    ClientFixture::screenshot(dialog, QStringLiteral("w03-buy-dialog"));

    // "Confirmer" twice: one order.
    QPointer<PurchaseDialog> open(dialog);
    click(confirm);
    click(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), NetworkTimeoutMs);
    FIND(QLabel, notice, "servicesNotice");
    QTRY_VERIFY(notice->isVisible());
    const QJsonArray orders = marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.at(0).toObject();
    const QString number = order.value(QStringLiteral("number")).toString();
    QCOMPARE(order.value(QStringLiteral("totalCents")).toInteger(), price);
    QCOMPARE(order.value(QStringLiteral("beneficiaryName")).toString(), QStringLiteral("Léa Dupont"));
    QVERIFY(notice->text().contains(number));
    QCOMPARE(marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger(), 2500 - price);
    QTRY_COMPARE_WITH_TIMEOUT(
        balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(2500 - price).toFrench(), NetworkTimeoutMs);

    // "Mes commandes": the order, its lines, the receipt.
    account->openPage(PageId::Orders);
    FIND(QTableView, ordersTable, "ordersTable");
    QTRY_COMPARE_WITH_TIMEOUT(ordersTable->model()->rowCount(), 1, NetworkTimeoutMs);
    QCOMPARE(ordersTable->model()->index(0, 0).data().toString(), number);
    QCOMPARE(ordersTable->model()->index(0, 4).data().toString(), Money::fromCents(price).toFrench());
    ordersTable->selectRow(0);
    FIND(QTableView, lines, "ordersLinesTable");
    QTRY_COMPARE(lines->model()->rowCount(), 1);
    QCOMPARE(lines->model()->index(0, 2).data().toInt(), 1);
    shot(QStringLiteral("w04-my-orders"));
    const QString receiptPath = m_files.filePath(QStringLiteral("recu"));
    FilePicker::setNextPath(receiptPath);
    FIND(QPushButton, receipt, "ordersReceiptButton");
    click(receipt);
    FIND(QLabel, ordersNotice, "ordersNotice");
    QTRY_VERIFY(ordersNotice->isVisible());
    QVERIFY(QFile::exists(receiptPath + QStringLiteral(".pdf")));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(receiptPath + QStringLiteral(".pdf")), QPdfDocument::Error::None);
    const QString text = spaced(pdf.getAllText(0).text());
    QVERIFY2(text.contains(QStringLiteral("Communauté d'Agglomération du Puy-en-Velay")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Commune de Rosières")), qPrintable(text));
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY2(text.contains(spaced(Money::fromCents(price).toFrench())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Payé avec le porte-monnaie")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pour : Léa Dupont")), qPrintable(text));
    if (const QString dir = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR"); !dir.isEmpty())
        pdf.render(0, QSize(1240, 1754)).save(QDir(dir).filePath(QStringLiteral("w05-receipt.png")));

    // The year's childcare statement, from the server's figures: Léa, under 6, and what was paid
    // for her.
    FIND(QSpinBox, year, "ordersStatementYearSpin");
    const QString statementPath = m_files.filePath(QStringLiteral("attestation.pdf"));
    FilePicker::setNextPath(statementPath);
    FIND(QPushButton, statement, "ordersStatementButton");
    click(statement);
    QTRY_VERIFY_WITH_TIMEOUT(ordersNotice->text().contains(QStringLiteral("attestation")), NetworkTimeoutMs);
    QPdfDocument statementPdf;
    QCOMPARE(statementPdf.load(statementPath), QPdfDocument::Error::None);
    const QString statementText = spaced(statementPdf.getAllText(0).text());
    QVERIFY2(
        statementText.contains(QStringLiteral("Attestation de frais de garde d'enfants — année %1").arg(year->value())),
        qPrintable(statementText));
    QVERIFY2(statementText.contains(QStringLiteral("Délivrée à : Marie Dupont")), qPrintable(statementText));
    QVERIFY2(
        statementText.contains(QStringLiteral("Léa Dupont, né(e) le 02/05/%1").arg(QDate::currentDate().year() - 3)),
        qPrintable(statementText));
    QVERIFY2(statementText.contains(number), qPrintable(statementText));
    QVERIFY2(statementText.contains(QStringLiteral("Total pour Léa ") + spaced(Money::fromCents(price).toFrench())),
             qPrintable(statementText));
    if (const QString dir = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR"); !dir.isEmpty())
        statementPdf.render(0, QSize(1240, 1754)).save(QDir(dir).filePath(QStringLiteral("w08-statement.png")));
}

void TestWalletFlow::shortBalanceOffersTheTopUpThatCoversIt()
{
    const qint64 balanceBefore
        = marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
    const int ordersBefore
        = int(marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray().size());
    FIND(QLabel, balance, "walletBalanceLabel");
    QTRY_COMPARE_WITH_TIMEOUT(
        balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(balanceBefore).toFrench(), NetworkTimeoutMs);
    PurchaseDialog* dialog = openPurchase(true);
    QVERIFY(dialog);
    FIND(QWidget, offers, "purchaseOffersBox");
    QTRY_VERIFY_WITH_TIMEOUT(offers->isVisible(), NetworkTimeoutMs);
    QSpinBox* quantity = dialog->findChildren<QSpinBox*>().value(0);
    QVERIFY(quantity && quantity->objectName().startsWith(QStringLiteral("purchaseQuantity_")));
    const QString itemId = quantity->objectName().mid(QStringLiteral("purchaseQuantity_").size());
    QCOMPARE(dialog->quantityBox(itemId), quantity);
    // Enough of it to pass the balance.
    const QJsonArray items = marieGet(QStringLiteral("/me/subscriptions/%1/offers").arg(m_approvedId))
                                 .value(QStringLiteral("items"))
                                 .toArray();
    qint64 price = 0;
    for (const QJsonValue& v : items) {
        if (v.toObject().value(QStringLiteral("id")).toString() == itemId)
            price = v.toObject().value(QStringLiteral("unitPriceCents")).toInteger();
    }
    QVERIFY(price > 0);
    const int count = int(balanceBefore / price) + 1;
    QVERIFY(count <= 99);
    quantity->setValue(count);
    const qint64 missing = count * price - balanceBefore;
    FIND(QLabel, shortLabel, "purchaseShortLabel");
    FIND(QPushButton, topUp, "purchaseTopUpButton");
    FIND(QPushButton, confirm, "purchaseConfirmButton");
    QTRY_VERIFY(shortLabel->isVisible());
    QCOMPARE(shortLabel->text(), QStringLiteral("Il vous manque %1.").arg(Money::fromCents(missing).toFrench()));
    const qint64 covering = WalletRules::topUpCovering(missing);
    QCOMPARE(topUp->text(), QStringLiteral("&Recréditer %1").arg(Money::fromCents(covering).toFrench()));
    QVERIFY(!confirm->isEnabled());
    ClientFixture::screenshot(dialog, QStringLiteral("w06-buy-short"));

    // The top-up it offers, refused on the provider's page: nothing credited, and it says so.
    click(topUp);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    payOnProviderPage(m_browser.opened.constFirst(), QStringLiteral("refuser"));
    FIND(QLabel, topUpStatus, "purchaseTopUpStatus");
    QTRY_COMPARE_WITH_TIMEOUT(topUpStatus->text(), QStringLiteral("Paiement refusé"), NetworkTimeoutMs);
    FIND(QLabel, panelStatus, "walletTopUpStatus");
    QCOMPARE(panelStatus->text(), QStringLiteral("Paiement refusé"));
    QCOMPARE(quantity->value(), count); // the quantities stayed
    QCOMPARE(marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger(), balanceBefore);
    QCOMPARE(balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(balanceBefore).toFrench());
    QCOMPARE(marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray().size(), ordersBefore);
    QVERIFY(!confirm->isEnabled());

    // Offered again and paid this time: the balance covers the purchase, the quantities are still
    // there and "Confirmer" can be pressed; the person leaves without buying.
    QTRY_VERIFY(topUp->isEnabled());
    click(topUp);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 2, NetworkTimeoutMs);
    payOnProviderPage(m_browser.opened.at(1), QStringLiteral("payer"));
    QTRY_COMPARE_WITH_TIMEOUT(
        topUpStatus->text(), QStringLiteral("Paiement accepté, %1 crédités").arg(Money::fromCents(covering).toFrench()),
        NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), NetworkTimeoutMs);
    QVERIFY(!shortLabel->isVisible());
    QCOMPARE(quantity->value(), count);
    FIND(QLabel, after, "purchaseBalanceAfterLabel");
    QCOMPARE(after->text(),
             fr(QStringLiteral("Solde après achat : "))
                 + Money::fromCents(balanceBefore + covering - count * price).toFrench());
    QPointer<PurchaseDialog> open(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(open.isNull() || !open->isVisible());
    QCOMPARE(marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray().size(), ordersBefore);
}

void TestWalletFlow::retryWithTheSameKeyBooksOnce()
{
    // The first send of a confirmation is still running on the server when the client gives up on
    // it (a network failure, as the person sees it); the retry with the same key waits for it
    // (409 in_progress, asked again) and gets the same order: one booking, one debit.
    const qint64 balanceBefore
        = marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
    const int ordersBefore
        = int(marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray().size());
    const QString subscriptionId = m_approvedId;
    const QJsonArray items = marieGet(QStringLiteral("/me/subscriptions/%1/offers").arg(subscriptionId))
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject item = items.at(0).toObject();
    const qint64 price = item.value(QStringLiteral("unitPriceCents")).toInteger();
    QVERIFY2(price <= balanceBefore, "the earlier tests leave enough for one more");
    OrderRequest request;
    request.subscriptionId = subscriptionId;
    request.lines = { { item.value(QStringLiteral("id")).toString(), 1 } };
    const QByteArray key = "hold-" + WalletCommands::newIdempotencyKey();
    WalletCommands* commands = m_client->services()->walletCommands();

    OrderOperation* first = commands->order(request, key);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_holds.filePath(QString::fromLatin1(key) + QStringLiteral(".held"))),
                             NetworkTimeoutMs);
    ApiError firstError;
    connect(first, &Operation::finished, this, [&] { firstError = first->error(); });
    QSignalSpy firstDone(first, &Operation::finished);
    first->cancel();
    QVERIFY(firstDone.wait(NetworkTimeoutMs));
    QCOMPARE(firstError.kind, ApiError::Kind::Cancelled);

    OrderOperation* retry = commands->order(request, key);
    Order booked;
    bool retried = false;
    connect(retry, &Operation::finished, this, [&] {
        retried = retry->succeeded();
        booked = retry->order();
    });
    QSignalSpy retryDone(retry, &Operation::finished);
    QVERIFY(!retryDone.wait(700)); // answered in_progress and asked again, not failed
    QFile release(m_holds.filePath(QString::fromLatin1(key) + QStringLiteral(".release")));
    QVERIFY(release.open(QIODevice::WriteOnly));
    release.close();
    QVERIFY(retryDone.wait(NetworkTimeoutMs));
    QVERIFY2(retried, qPrintable(retry ? retry->error().message : QString()));
    QCOMPARE(booked.totalCents, price);

    const QJsonArray orders = marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), ordersBefore + 1);
    QCOMPARE(marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger(),
             balanceBefore - price);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->services()->orderModel()->rowOf(booked.id), 0, NetworkTimeoutMs);
    FIND(QLabel, balance, "walletBalanceLabel");
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(),
                              fr(QStringLiteral("Solde : ")) + Money::fromCents(balanceBefore - price).toFrench(),
                              NetworkTimeoutMs);
}

void TestWalletFlow::abandonedTopUpSaysSo()
{
    const qint64 balanceBefore
        = marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
    FIND(QLabel, balance, "walletBalanceLabel");
    QTRY_COMPARE_WITH_TIMEOUT(
        balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(balanceBefore).toFrench(), NetworkTimeoutMs);
    FIND(QPushButton, amount5, "walletAmount500");
    FIND(QPushButton, topUp, "walletTopUpButton");
    amount5->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(amount5, Qt::Key_Space); // chosen from the keyboard
    QCOMPARE(m_client->window()->accountWidget()->walletPanel()->chosenAmountCents(), qint64(500));
    click(topUp);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    FIND(QPushButton, reopen, "walletReopenButton");
    QTRY_VERIFY(reopen->isVisible()); // while it is pending, the page can be opened again
    payOnProviderPage(m_browser.opened.constFirst(), QStringLiteral("abandonner"));
    FIND(QLabel, status, "walletTopUpStatus");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Paiement abandonné"), NetworkTimeoutMs);
    QVERIFY(!reopen->isVisible());
    QCOMPARE(marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger(), balanceBefore);
    QCOMPARE(balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(balanceBefore).toFrench());
}

void TestWalletFlow::expiredTopUpSaysSo()
{
    const qint64 balanceBefore
        = marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
    FIND(QPushButton, amount1, "walletAmount100");
    FIND(QPushButton, topUp, "walletTopUpButton");
    click(amount1);
    click(topUp);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    TopUpOperation* following = m_client->services()->walletCommands()->currentTopUp();
    QVERIFY(following);
    const QString idop = QUrlQuery(m_browser.opened.constFirst()).queryItemValue(QStringLiteral("idop"));
    // The person never pays: twenty-one minutes pass (moved in the server's own tables).
    const qint64 ago = 21LL * 60 * 1000;
    ageOnServer(QStringLiteral("UPDATE top_ups SET created_at = created_at - ? WHERE id = ?"), ago,
                following->topUpId());
    ageOnServer(QStringLiteral("UPDATE sandbox_payments SET created_at = created_at - ? WHERE id_op = ?"), ago, idop);
    FIND(QLabel, status, "walletTopUpStatus");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Paiement expiré"), NetworkTimeoutMs);
    QCOMPARE(marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger(), balanceBefore);
}

void TestWalletFlow::ageOnServer(const QString& sql, qint64 ms, const QString& id)
{
    int changed = 0;
    {
        QSqlDatabase db = m_server->addDatabase(QStringLiteral("walletflow-age"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(ms);
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        changed = q.numRowsAffected();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("walletflow-age"));
    QCOMPARE(changed, 1);
}

void TestWalletFlow::networkFailureKeepsTheInput()
{
    PurchaseDialog* dialog = openPurchase();
    QVERIFY(dialog);
    FIND(QWidget, offers, "purchaseOffersBox");
    QTRY_VERIFY_WITH_TIMEOUT(offers->isVisible(), NetworkTimeoutMs);
    // The cheapest item: what the earlier tests left covers it.
    QSpinBox* quantity
        = dialog->quantityBox(cheapest(marieGet(QStringLiteral("/me/subscriptions/%1/offers").arg(m_approvedId))
                                           .value(QStringLiteral("items"))
                                           .toArray())
                                  .value(QStringLiteral("id"))
                                  .toString());
    QVERIFY(quantity);
    quantity->setValue(1);
    FIND(QPushButton, confirm, "purchaseConfirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    FIND(QComboBox, children, "purchaseChildCombo");
    QTRY_COMPARE_WITH_TIMEOUT(children->count(), 2, NetworkTimeoutMs);
    const QByteArray key = dialog->idempotencyKey();

    // The server is gone: "Confirmer" says so in French, the choice stays, and a retry of the same
    // confirmation carries the same key (it would book once when the answer was only lost).
    m_server->stop();
    FIND(QLabel, error, "purchaseError");
    for (int attempt = 0; attempt < 2; ++attempt) {
        click(confirm);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && confirm->isEnabled(), NetworkTimeoutMs);
        QVERIFY2(!error->text().isEmpty() && !error->text().contains(QStringLiteral("error")),
                 qPrintable(error->text()));
        QCOMPARE(quantity->value(), 1);
        QCOMPARE(dialog->idempotencyKey(), key);
        error->hide();
    }
    // Another choice is another order: it gets its own key.
    children->setCurrentIndex(children->currentIndex() == 0 ? 1 : 0);
    click(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && confirm->isEnabled(), NetworkTimeoutMs);
    QVERIFY(dialog->idempotencyKey() != key);
}

QTEST_MAIN(TestWalletFlow)
#include "tst_walletflow.moc"
