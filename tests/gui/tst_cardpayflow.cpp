// Paying the exact amount by card, from the keyboard alone, offscreen, against the real
// citoyens-server with its sandbox provider and its clock set (Thursday 5 March 2026, 11:59 Paris),
// Marie's wallet empty: « Acheter » paid by card (Tab to « Payer par carte », the focus read back,
// Space; the provider's page opened, paid; the order paid by card, its receipt says so), a
// booking paid by card, and one abandoned on the provider's page (nothing charged, the day free
// again, the dialog says so and offers the card again).
#include "KeyboardSupport.h"
#include "TestHttp.h"
#include "WalletFlowSupport.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/PageIds.h"
#include "orders/PurchaseDialog.h"
#include "reservations/BookingConfirmDialog.h"
#include "reservations/BookingMonthView.h"
#include "reservations/ReservationsPage.h"
#include "widgets/FilePicker.h"

#include "itemmodels/BookingMonthModel.h"
#include "models/Money.h"
#include "scope/AccountScope.h"
#include "wallet/WalletCommands.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPdfDocument>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace citoyens;
using namespace servicesflow;

namespace {

const QString Now = QStringLiteral("2026-03-05T11:59:00+01:00");
const QString Canteen = QStringLiteral("rosieres-reservation-cantine-pour-enfants");
const QString Leisure = QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune");
constexpr qint64 MealCents = 280; // repas enfant, bracket "inf 399"

} // namespace

class TestCardPayFlow : public QObject, public WalletFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void purchasePaidByCard();
    void bookingPaidByCard();
    void bookingAbandonedFreesTheDay();

private:
    // Books `day` of April by card from the keyboard: the confirmation's « Payer par carte »
    // reached with Tab and pressed; returns the dialog, following the payment.
    BookingConfirmDialog* bookByCard(const QDate& day);
    qint64 balance()
    {
        return marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
    }

    QString m_leisureId;
};

void TestCardPayFlow::initTestCase()
{
    startServerAndWriteFiles(
        { QStringLiteral("--payment-provider"), QStringLiteral("sandbox"), QStringLiteral("--now"), Now });
    if (QTest::currentTestFailed())
        return;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    // Marie's two requests approved and Léa approved, over HTTP; nothing in the wallet.
    m_leisureId = askOverHttp(Leisure);
    const QString canteen = askOverHttp(Canteen);
    QVERIFY(!m_leisureId.isEmpty() && !canteen.isEmpty());
    agentDecide(m_leisureId, { { QStringLiteral("decision"), QStringLiteral("approve") } });
    agentDecide(canteen, { { QStringLiteral("decision"), QStringLiteral("approve") } });
    QVERIFY(!approvedChildOfMarie(QStringLiteral("2019-05-02")).isEmpty());
    QCOMPARE(balance(), 0);
}

void TestCardPayFlow::init()
{
    m_browser.opened.clear();
    openClientAndSignIn();
    QVERIFY(m_client->services());
    m_client->services()->walletCommands()->setFollowInterval(std::chrono::milliseconds(100));
    m_client->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
}

void TestCardPayFlow::cleanup()
{
    m_client.reset();
}

void TestCardPayFlow::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    stopServer();
}

void TestCardPayFlow::purchasePaidByCard()
{
    AccountWidget* account = m_client->window()->accountWidget();
    account->openPage(PageId::Services);
    FIND(QTableView, services, "servicesTable");
    QTRY_VERIFY_WITH_TIMEOUT(services->model()->rowCount() >= 2, NetworkTimeoutMs);
    const QModelIndex row = findRow(services->model(), LoisirsRow);
    QVERIFY(row.isValid());
    services->setFocus(Qt::OtherFocusReason);
    services->selectRow(row.row());
    keys::press(Qt::Key_Return);
    PurchaseDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_client->find<PurchaseDialog>(QStringLiteral("purchaseDialog"))) && dialog->isVisible());
    QVERIFY(keys::activate(dialog));
    FIND(QWidget, offers, "purchaseOffersBox");
    QTRY_VERIFY_WITH_TIMEOUT(offers->isVisible(), NetworkTimeoutMs);

    // One week, with the arrow, in its quantity box (the first offer has the focus).
    QSpinBox* week = dialog->quantityBox(QStringLiteral("semaine"));
    QVERIFY(week);
    QVERIFY(keys::tabTo(week->objectName()));
    keys::press(Qt::Key_Up);
    QCOMPARE(week->value(), 1);
    qint64 price = 0;
    for (const QJsonValue& item : marieGet(QStringLiteral("/me/subscriptions/%1/offers").arg(m_leisureId))
                                      .value(QStringLiteral("items"))
                                      .toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == QLatin1String("semaine"))
            price = item.toObject().value(QStringLiteral("unitPriceCents")).toInteger();
    }
    QVERIFY(price > 0);

    // An empty wallet: « Payer avec mon porte-monnaie » cannot pay, « Payer par carte » can.
    FIND(QPushButton, wallet, "purchaseConfirmButton");
    FIND(QPushButton, card, "purchaseCardButton");
    QCOMPARE(wallet->text(), QStringLiteral("Payer avec mon &porte-monnaie"));
    QCOMPARE(card->text(), QStringLiteral("Payer par &carte"));
    QCOMPARE(card->accessibleName(), QStringLiteral("Payer le montant exact par carte"));
    QVERIFY(!wallet->isEnabled());
    QStringList walked;
    QVERIFY2(keys::tabTo(QStringLiteral("purchaseCardButton"), &walked, false, 12), qPrintable(walked.join(u',')));
    QCOMPARE(keys::focusName(), QStringLiteral("purchaseCardButton"));
    QPointer<PurchaseDialog> open(dialog);
    keys::press(Qt::Key_Space);

    // The provider's page opens; the dialog says it waits, in French.
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    FIND(QLabel, status, "purchaseCardStatus");
    QTRY_VERIFY(status->isVisible()
                && status->text().startsWith(
                    QStringLiteral("Paiement par carte de %1 en attente").arg(Money::fromCents(price).toFrench())));
    QVERIFY(!card->isEnabled());
    payOnProviderPage(m_browser.opened.constFirst(), QStringLiteral("payer"));
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), NetworkTimeoutMs);

    const QJsonObject order
        = marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray().first().toObject();
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(order.value(QStringLiteral("paidWith")).toString(), QStringLiteral("card"));
    QCOMPARE(order.value(QStringLiteral("totalCents")).toInteger(), price);
    QCOMPARE(balance(), 0);

    // « Mes commandes »: the receipt says how it was paid.
    QVERIFY(keys::activate(m_client->window()));
    account->openPage(PageId::Orders);
    FIND(QTableView, orders, "ordersTable");
    QTRY_VERIFY_WITH_TIMEOUT(orders->model()->rowCount() >= 1, NetworkTimeoutMs);
    orders->selectRow(0);
    const QString receiptPath = m_files.filePath(QStringLiteral("recu-carte"));
    FilePicker::setNextPath(receiptPath);
    FIND(QPushButton, receipt, "ordersReceiptButton");
    click(receipt);
    QTRY_VERIFY(QFile::exists(receiptPath + QStringLiteral(".pdf")));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(receiptPath + QStringLiteral(".pdf")), QPdfDocument::Error::None);
    const QString text = spaced(pdf.getAllText(0).text());
    QVERIFY2(text.contains(QStringLiteral("Payé par carte")), qPrintable(text));
}

BookingConfirmDialog* TestCardPayFlow::bookByCard(const QDate& day)
{
    AccountWidget* account = m_client->window()->accountWidget();
    account->openPage(PageId::Reservations);
    auto* page = m_client->find<ReservationsPage>(QStringLiteral("reservationsPage"));
    auto* service = m_client->find<QComboBox>(QStringLiteral("reservationsServiceCombo"));
    if (!page || !service)
        return nullptr;
    BookingMonthModel* model = page->monthModel();
    if (!QTest::qWaitFor([&] { return service->count() >= 1 && model->days().size() == 31; }, NetworkTimeoutMs))
        return nullptr;
    if (!keys::tabTo(QStringLiteral("reservationsMonthView")))
        return nullptr;
    keys::press(Qt::Key_PageDown);
    if (!QTest::qWaitFor([&] { return model->month() == QDate(2026, 4, 1) && model->days().size() == 30; },
                         NetworkTimeoutMs))
        return nullptr;
    BookingMonthView* view = page->monthView();
    for (int i = 0; i < 40 && model->dateAt(view->currentIndex()) != day; ++i) {
        const QDate current = model->dateAt(view->currentIndex());
        const qint64 days = current.isValid() ? current.daysTo(day) : 1;
        keys::press(days >= 7 ? Qt::Key_Down : days <= -7 ? Qt::Key_Up : days > 0 ? Qt::Key_Right : Qt::Key_Left);
    }
    keys::press(Qt::Key_Space);
    if (model->chosen() != QList<QDate> { day })
        return nullptr;
    keys::press(Qt::Key_Return);
    BookingConfirmDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = m_client->find<BookingConfirmDialog>(QStringLiteral("bookingConfirmDialog")))
                && dialog->isVisible();
        }))
        return nullptr;
    if (!keys::activate(dialog) || !keys::tabTo(QStringLiteral("bookingCardButton"), nullptr, false, 12)
        || keys::focusName() != QLatin1String("bookingCardButton"))
        return nullptr;
    keys::press(Qt::Key_Space);
    return dialog;
}

void TestCardPayFlow::bookingPaidByCard()
{
    const QDate thursday(2026, 4, 2);
    BookingConfirmDialog* dialog = bookByCard(thursday);
    QVERIFY(dialog);
    QPointer<BookingConfirmDialog> open(dialog);
    FIND(QPushButton, wallet, "bookingConfirmButton");
    QCOMPARE(wallet->text(), QStringLiteral("Payer avec mon &porte-monnaie"));
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    FIND(QLabel, status, "bookingCardStatus");
    QTRY_VERIFY(status->text().startsWith(
        QStringLiteral("Paiement par carte de %1 en attente").arg(Money::fromCents(MealCents).toFrench())));
    payOnProviderPage(m_browser.opened.constFirst(), QStringLiteral("payer"));
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), NetworkTimeoutMs);
    auto* page = m_client->find<ReservationsPage>(QStringLiteral("reservationsPage"));
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->monthModel()->indexOf(thursday).data(BookingMonthModel::StateRole).toString(),
                              QStringLiteral("booked"), NetworkTimeoutMs);
    FIND(QLabel, outcome, "reservationsOutcomeLabel");
    QTRY_VERIFY(outcome->text().contains(QStringLiteral("Payé par carte")));
    QCOMPARE(balance(), 0);
}

void TestCardPayFlow::bookingAbandonedFreesTheDay()
{
    const QDate friday(2026, 4, 3);
    BookingConfirmDialog* dialog = bookByCard(friday);
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    // Held while the payment runs.
    const QJsonArray held = marieGet(QStringLiteral("/me/reservations?from=2026-04-03&to=2026-04-03"))
                                .value(QStringLiteral("reservations"))
                                .toArray();
    QCOMPARE(held.size(), 1);
    payOnProviderPage(m_browser.opened.constFirst(), QStringLiteral("abandonner"));
    FIND(QLabel, status, "bookingCardStatus");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              QStringLiteral("Paiement par carte abandonné : rien n'a été débité. Les jours sont de "
                                             "nouveau libres."),
                              NetworkTimeoutMs);
    // The dialog stays, the card offered again with the focus on it; nothing charged, the day free.
    QVERIFY(dialog->isVisible());
    FIND(QPushButton, card, "bookingCardButton");
    QTRY_VERIFY(card->isEnabled());
    QCOMPARE(keys::focusName(), QStringLiteral("bookingCardButton"));
    QCOMPARE(balance(), 0);
    QVERIFY(marieGet(QStringLiteral("/me/reservations?from=2026-04-03&to=2026-04-03"))
                .value(QStringLiteral("reservations"))
                .toArray()
                .isEmpty());
    keys::press(Qt::Key_Escape);
    auto* page = m_client->find<ReservationsPage>(QStringLiteral("reservationsPage"));
    QTRY_VERIFY_WITH_TIMEOUT(page->monthModel()->indexOf(friday).data(BookingMonthModel::StateRole).toString()
                                 != QLatin1String("booked"),
                             NetworkTimeoutMs);
}

QTEST_MAIN(TestCardPayFlow)
#include "tst_cardpayflow.moc"
