// « Mes réservations » and « Acheter » from the keyboard alone at the default window (1100×740),
// against the real citoyens-server with its clock set (Thursday 5 March 2026, 11:59 Paris): with no child nor service
// the page says why and where to go (no blank combos); the hint on choosing days is visible without scrolling and no
// cell is cut; a click on a day chooses it (the one mouse test), Space too; two April days booked and one cancelled
// with Tab, arrows, Space and Return, the focus read back at every step; « Planning type » opens without an error;
// « Prochaines réservations » lets Tab go and keeps its row; Tab reaches every control of the page and of « Acheter »
// once, in reading order; « Acheter » does not sell the days (booked in the calendar) and says where to book them.
#include "KeyboardSupport.h"
#include "TestHttp.h"
#include "WalletFlowSupport.h"

#include "MainWindow.h"
#include "orders/PurchaseDialog.h"
#include "reservations/BookingConfirmDialog.h"
#include "reservations/BookingMonthView.h"
#include "reservations/PatternDialog.h"
#include "reservations/ReservationsPage.h"

#include "itemmodels/BookingMonthModel.h"
#include "models/Reservation.h"
#include "scope/AccountScope.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace citoyens;
using namespace servicesflow;

namespace {

const QString Now = QStringLiteral("2026-03-05T11:59:00+01:00");
const QString Canteen = QStringLiteral("rosieres-reservation-cantine-pour-enfants");
const QString Leisure = QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune");
constexpr qint64 Price = 280; // repas enfant, bracket "inf 399"
constexpr qint64 Funds = 5000;

// A cell's text lines as its delegate paints them, each checked against the cell's rect: the
// table's own text margins, the font of the view. Returns the lines that do not fit.
QStringList cutCells(QTableView* view)
{
    QStringList cut;
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QFontMetrics metrics(view->font());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            const QModelIndex index = view->model()->index(row, column);
            const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
            const QRect cell = view->visualRect(index);
            for (const QString& line : lines) {
                if (metrics.horizontalAdvance(line) + 2 * margin > cell.width())
                    cut.append(QStringLiteral("%1 (%2 px in %3)")
                                   .arg(line)
                                   .arg(metrics.horizontalAdvance(line))
                                   .arg(cell.width()));
            }
            if (lines.size() * metrics.lineSpacing() > cell.height())
                cut.append(
                    QStringLiteral("%1: %2 lines in %3 px").arg(lines.first()).arg(lines.size()).arg(cell.height()));
        }
    }
    return cut;
}

// True when `widget` is shown whole in the visible part of its scroll area (no scrolling).
bool visibleWithoutScrolling(QWidget* widget)
{
    QScrollArea* area = nullptr;
    for (QWidget* w = widget->parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea*>(w);
    if (!area || !widget->isVisible())
        return false;
    const QRect shown(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
    return area->viewport()->rect().contains(shown);
}

// keys::clippedTexts, less what the page's scroll area has not scrolled to: the helper stops at
// the viewport instead of the scrolled canvas, and reads "below the fold" as "cut" (reported).
QStringList clipped(QWidget* page)
{
    QStringList out = keys::clippedTexts(page);
    out.removeIf([page](const QString& problem) {
        if (!problem.contains(QStringLiteral(" is cut by its parent: ")))
            return false;
        auto* w = page->findChild<QWidget*>(problem.section(QLatin1Char(' '), 1, 1));
        QScrollArea* area = nullptr;
        for (QWidget* p = w ? w->parentWidget() : nullptr; p && !area; p = p->parentWidget())
            area = qobject_cast<QScrollArea*>(p);
        if (!area)
            return false;
        const QRect shown(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
        return !area->viewport()->rect().contains(shown); // at or past the fold: scrolling reaches it
    });
    return out;
}

} // namespace

class TestKeyboardBooking : public QObject, public WalletFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void noChildNorServiceSaysWhereToGo(); // first: Marie has nothing approved yet
    void bookAndCancelFromTheKeyboard();
    void aClickChoosesADay();
    void patternOpensWithoutError();
    void purchaseDoesNotSellTheDays();

private:
    // Marie's canteen request approved, Léa approved, 50 € in the wallet (over HTTP:
    // what the agent and the provider do is not this test's flow).
    void prepareFamily();
    // « Mes réservations » from the sidebar with the arrows; the page once its month is painted
    // (`withDays`).
    ReservationsPage* openReservations(bool withDays = true);
    // Moves the month view's cursor to `date` with the arrows.
    void moveTo(ReservationsPage* page, const QDate& date);
    qint64 balance();

    bool m_prepared = false;
    QString m_leisureId;
    QString m_childId;
};

void TestKeyboardBooking::initTestCase()
{
    startServerAndWriteFiles(
        { QStringLiteral("--payment-provider"), QStringLiteral("sandbox"), QStringLiteral("--now"), Now });
}

void TestKeyboardBooking::init()
{
    // The family first, then the client: it signs in on what the server already has.
    if (qstrcmp(QTest::currentTestFunction(), "noChildNorServiceSaysWhereToGo") != 0)
        prepareFamily();
    openClientAndSignIn();
    QVERIFY(m_client->services());
    m_client->window()->resize(1100, 740); // the default window
    m_client->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
}

void TestKeyboardBooking::cleanup()
{
    m_client.reset();
}

void TestKeyboardBooking::cleanupTestCase()
{
    stopServer();
}

qint64 TestKeyboardBooking::balance()
{
    return marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
}

void TestKeyboardBooking::prepareFamily()
{
    if (m_prepared)
        return;
    const QString canteen = askOverHttp(Canteen);
    QVERIFY(!canteen.isEmpty());
    agentDecide(canteen, { { QStringLiteral("decision"), QStringLiteral("approve") } });

    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    const TestReply lea = marie.post(QStringLiteral("/me/beneficiaries"),
                                     { { QStringLiteral("lastName"), QStringLiteral("Dupont") },
                                       { QStringLiteral("firstName"), QStringLiteral("Léa") },
                                       { QStringLiteral("birthDate"), QStringLiteral("2019-05-02") },
                                       { QStringLiteral("relation"), QStringLiteral("Enfant") } });
    QCOMPARE(lea.status, 201);
    m_childId = lea.json().value(QStringLiteral("id")).toString();
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    QCOMPARE(agent
                 .post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(m_childId),
                       { { QStringLiteral("decision"), QStringLiteral("approve") } })
                 .status,
             200);
    const TestReply topUp
        = marie.post(QStringLiteral("/me/wallet/top-ups"), { { QStringLiteral("amountCents"), 5000 } });
    QCOMPARE(topUp.status, 201);
    payOnProviderPage(QUrl(topUp.json().value(QStringLiteral("paymentUrl")).toString()), QStringLiteral("payer"));
    QTRY_COMPARE_WITH_TIMEOUT(
        marie.get(QStringLiteral("/me/wallet/top-ups/") + topUp.json().value(QStringLiteral("id")).toString())
            .json()
            .value(QStringLiteral("status"))
            .toString(),
        QStringLiteral("paid"), NetworkTimeoutMs);
    QCOMPARE(balance(), Funds);
    m_prepared = true;
}

ReservationsPage* TestKeyboardBooking::openReservations(bool withDays)
{
    auto* list = m_client->find<QListView>(QStringLiteral("sidebarList"));
    auto* page = m_client->find<ReservationsPage>(QStringLiteral("reservationsPage"));
    if (!list || !page || !keys::tabTo(QStringLiteral("sidebarList")))
        return nullptr;
    for (int i = 0; i < 20 && list->currentIndex().data().toString() != QStringLiteral("Mes réservations"); ++i)
        keys::press(Qt::Key_Down);
    if (!page->isVisible())
        return nullptr;
    if (!withDays)
        return page;
    auto* child = m_client->find<QComboBox>(QStringLiteral("reservationsChildCombo"));
    auto* service = m_client->find<QComboBox>(QStringLiteral("reservationsServiceCombo"));
    const QDate march(2026, 3, 1);
    if (!QTest::qWaitFor(
            [&] {
                return child->count() == 1 && service->count() >= 1 && page->monthModel()->month() == march
                    && page->monthModel()->days().size() == 31;
            },
            NetworkTimeoutMs))
        return nullptr;
    return page;
}

void TestKeyboardBooking::moveTo(ReservationsPage* page, const QDate& date)
{
    BookingMonthModel* model = page->monthModel();
    BookingMonthView* view = page->monthView();
    for (int i = 0; i < 40; ++i) {
        const QDate current = model->dateAt(view->currentIndex());
        if (current == date)
            return;
        const qint64 days = current.isValid() ? current.daysTo(date) : 1;
        keys::press(days >= 7 ? Qt::Key_Down : days <= -7 ? Qt::Key_Up : days > 0 ? Qt::Key_Right : Qt::Key_Left);
    }
    QFAIL(qPrintable(QStringLiteral("the arrows never reached %1").arg(date.toString(Qt::ISODate))));
}

void TestKeyboardBooking::noChildNorServiceSaysWhereToGo()
{
    ReservationsPage* page = openReservations(false);
    QVERIFY(page);
    QCOMPARE(keys::focusName(), QStringLiteral("sidebarList"));
    auto* empty = page->emptyLabel();
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(),
             QStringLiteral("Aucun enfant inscrit à un service avec réservation\u00a0: inscrivez-le dans «\u00a0Mes "
                            "services\u00a0»."));
    // No blank combos: the chooser waits for a child and a service.
    FIND(QComboBox, child, "reservationsChildCombo");
    FIND(QComboBox, service, "reservationsServiceCombo");
    QVERIFY(!child->isVisible() && !service->isVisible());
    QVERIFY(visibleWithoutScrolling(empty));
    QVERIFY2(clipped(page).isEmpty(), qPrintable(clipped(page).join(u'|')));
    shot(QStringLiteral("kb01-reservations-empty"));
}

void TestKeyboardBooking::bookAndCancelFromTheKeyboard()
{
    ReservationsPage* page = openReservations();
    QVERIFY(page);
    BookingMonthModel* model = page->monthModel();
    BookingMonthView* view = page->monthView();

    // The hint says how days are chosen, on screen without scrolling; no cell is cut.
    QLabel* hint = page->hintLabel();
    QVERIFY(hint->text().startsWith(QStringLiteral("Cliquez sur les jours à réserver")));
    QVERIFY(visibleWithoutScrolling(hint));
    QVERIFY2(cutCells(view).isEmpty(), qPrintable(cutCells(view).join(u'|')));
    QVERIFY2(clipped(page).isEmpty(), qPrintable(clipped(page).join(u'|')));
    shot(QStringLiteral("kb02-reservations-march"));

    // Tab from the sidebar: the child, the service, the months, then the days.
    QStringList passed;
    QVERIFY(keys::tabTo(QStringLiteral("reservationsMonthView"), &passed));
    const int childAt = int(passed.indexOf(QStringLiteral("reservationsChildCombo")));
    QVERIFY2(childAt >= 0, qPrintable(passed.join(u',')));
    QCOMPARE(passed.mid(childAt),
             (QStringList { QStringLiteral("reservationsChildCombo"), QStringLiteral("reservationsServiceCombo"),
                            QStringLiteral("reservationsPreviousMonthButton"),
                            QStringLiteral("reservationsNextMonthButton"), QStringLiteral("reservationsMonthView") }));

    // April with Page Down; Thursday 2 and Friday 3 chosen with the arrows and Space.
    keys::press(Qt::Key_PageDown);
    QTRY_VERIFY_WITH_TIMEOUT(model->month() == QDate(2026, 4, 1) && model->days().size() == 30, NetworkTimeoutMs);
    const QDate thursday(2026, 4, 2);
    const QDate friday(2026, 4, 3);
    moveTo(page, thursday);
    keys::press(Qt::Key_Space);
    moveTo(page, friday);
    keys::press(Qt::Key_Space);
    QCOMPARE(keys::focusName(), QStringLiteral("reservationsMonthView"));
    QCOMPARE(model->chosen(), (QList<QDate> { thursday, friday }));
    // Space again drops a day, and takes it back.
    keys::press(Qt::Key_Space);
    QCOMPARE(model->chosen(), QList<QDate> { thursday });
    keys::press(Qt::Key_Space);
    QVERIFY2(cutCells(view).isEmpty(), qPrintable(cutCells(view).join(u'|')));
    shot(QStringLiteral("kb03-april-chosen"));

    // Return books them: the confirmation opens on its « Confirmer », Return confirms.
    keys::press(Qt::Key_Return);
    BookingConfirmDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_client->find<BookingConfirmDialog>(QStringLiteral("bookingConfirmDialog")))
                && dialog->isVisible());
    QVERIFY(keys::activate(dialog));
    shot(QStringLiteral("kb04-confirm"));
    QPointer<BookingConfirmDialog> open(dialog);
    QStringList walked;
    QVERIFY2(keys::tabTo(QStringLiteral("bookingConfirmButton"), &walked, false, 12), qPrintable(walked.join(u',')));
    keys::press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->indexOf(friday).data(BookingMonthModel::StateRole).toString(),
                              QStringLiteral("booked"), NetworkTimeoutMs);
    QCOMPARE(balance(), Funds - 2 * Price);
    // The window gets the activation back, as a window manager gives it: the focus is where it was.
    QVERIFY(keys::activate(m_client->window()));
    QTRY_COMPARE(keys::focusName(), QStringLiteral("reservationsMonthView"));

    // Friday is current: Tab reaches « Annuler la réservation », Return presses it; the
    // confirmation's safe button has the focus, Tab to « Annuler la réservation », Return.
    QCOMPARE(model->dateAt(view->currentIndex()), friday);
    FIND(QPushButton, cancel, "reservationsCancelButton");
    QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
    QCOMPARE(keys::walk(1), QStringList { QStringLiteral("reservationsCancelButton") });
    QStringList inBox;
    QTimer::singleShot(0, this, [&inBox] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QVERIFY(keys::activate(QApplication::activeModalWidget()));
        inBox.append(keys::focusName());
        QVERIFY(keys::tabTo(QStringLiteral("confirmationYesButton")));
        inBox.append(keys::focusName());
        keys::press(Qt::Key_Return);
    });
    keys::press(Qt::Key_Return); // runs the confirmation's own loop until it is answered
    QCOMPARE(inBox, (QStringList { QStringLiteral("confirmationNoButton"), QStringLiteral("confirmationYesButton") }));
    QTRY_COMPARE_WITH_TIMEOUT(model->indexOf(friday).data(BookingMonthModel::StateRole).toString(),
                              QStringLiteral("bookable"), NetworkTimeoutMs);
    QCOMPARE(balance(), Funds - Price);
    QVERIFY(keys::activate(m_client->window()));
    QCOMPARE(keys::focusName(), QStringLiteral("reservationsMonthView")); // back on the day, now free
    FIND(QLabel, outcome, "reservationsOutcomeLabel");
    QVERIFY(outcome->text().contains(QStringLiteral("réservation annulée")));

    // « Prochaines réservations »: the arrows move inside, Tab leaves with the row still chosen.
    FIND(QTableView, upcoming, "reservationsUpcomingTable");
    QTRY_COMPARE_WITH_TIMEOUT(upcoming->model()->rowCount(), 1, NetworkTimeoutMs);
    QVERIFY(keys::tabTo(QStringLiteral("reservationsUpcomingTable")));
    keys::press(Qt::Key_Space); // the row under the cursor (the only one) chosen
    QCOMPARE(upcoming->selectionModel()->selectedRows().size(), 1);
    const QStringList after = keys::walk(1);
    QVERIFY2(after != QStringList { QStringLiteral("reservationsUpcomingTable") }, qPrintable(after.join(u',')));
    QCOMPARE(upcoming->selectionModel()->selectedRows().size(), 1);

    // Every control of the page once, in reading order, from the child.
    FIND(QComboBox, child, "reservationsChildCombo");
    QCOMPARE(keys::tabOrderProblems(page, child), QStringList());
    QCOMPARE(keys::mnemonicClashes(page), QStringList());
    shot(QStringLiteral("kb05-april-booked"));
}

void TestKeyboardBooking::aClickChoosesADay()
{
    ReservationsPage* page = openReservations();
    QVERIFY(page);
    BookingMonthModel* model = page->monthModel();
    BookingMonthView* view = page->monthView();
    // Thursday 12 March: bookable (late); a click chooses it, a click again drops it.
    const QDate day(2026, 3, 12);
    QCOMPARE(model->indexOf(day).data(BookingMonthModel::StateRole).toString(), QStringLiteral("bookable"));
    QVERIFY(view->isVisible());
    const QPoint centre = view->visualRect(model->indexOf(day)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(model->chosen(), QList<QDate> { day });
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(model->chosen().isEmpty());
    // A double-click (the earlier calendar's gesture) chooses it once, not twice.
    // As a real double-click arrives: a click, then a press that is a double-click, a release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(model->chosen(), QList<QDate> { day });
    // A closed day is not chosen by a click.
    const QDate closed(2026, 3, 11);
    QCOMPARE(model->indexOf(closed).data(BookingMonthModel::StateRole).toString(), QStringLiteral("closed"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->indexOf(closed)).center());
    QCOMPARE(model->chosen(), QList<QDate> { day });
}

void TestKeyboardBooking::patternOpensWithoutError()
{
    ReservationsPage* page = openReservations();
    QVERIFY(page);
    QVERIFY(keys::tabTo(QStringLiteral("reservationsPatternButton")));
    keys::press(Qt::Key_Space);
    PatternDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_client->find<PatternDialog>(QStringLiteral("patternDialog"))) && dialog->isVisible());
    QVERIFY(keys::activate(dialog));
    FIND(QLabel, error, "patternError");
    QVERIFY(!error->isVisible()); // nothing done yet, nothing wrong
    FIND(QPushButton, next, "patternContinueButton");
    QVERIFY(!next->isEnabled());
    shot(QStringLiteral("kb06-pattern-open"));
    ClientFixture::screenshot(dialog, QStringLiteral("kb06-pattern-dialog"));
    // Monday ticked and unticked with Space: now the missing weekday is said.
    QStringList walked;
    QVERIFY2(keys::tabTo(QStringLiteral("patternWeekday1"), &walked), qPrintable(walked.join(u',')));
    keys::press(Qt::Key_Space);
    QVERIFY(!error->isVisible());
    keys::press(Qt::Key_Space);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Jours de la semaine")), qPrintable(error->text()));
    QPointer<PatternDialog> open(dialog);
    keys::press(Qt::Key_Escape);
    QTRY_VERIFY(open.isNull() || !open->isVisible());
}

void TestKeyboardBooking::purchaseDoesNotSellTheDays()
{
    // Last: a second service with days would change the month the other tests read.
    m_leisureId = askOverHttp(Leisure);
    QVERIFY(!m_leisureId.isEmpty());
    agentDecide(m_leisureId, { { QStringLiteral("decision"), QStringLiteral("approve") } });
    // The dialog « Acheter » opens on the approved leisure request ("Mes services" is driven in
    // tst_walletflow): what it sells is the server's offers, the day is not among them.
    PurchaseDialog dialog(m_client->services(), m_leisureId, m_client->window());
    dialog.show();
    QVERIFY(keys::activate(&dialog));
    FIND(QWidget, offers, "purchaseOffersBox");
    QTRY_VERIFY_WITH_TIMEOUT(offers->isVisible(), NetworkTimeoutMs);
    QTRY_VERIFY(dialog.quantityBox(QStringLiteral("semaine"))
                && dialog.quantityBox(QStringLiteral("semaine"))->isVisible());
    QVERIFY(dialog.quantityBox(QStringLiteral("inscription")));
    QVERIFY(!dialog.quantityBox(QStringLiteral("journee")));
    // The focus starts on the first quantity.
    QTRY_COMPARE(keys::focusName(), QStringLiteral("purchaseQuantity_semaine"));
    QVERIFY(!dialog.findChild<QSpinBox*>(QStringLiteral("purchaseQuantity_journee")));
    auto* byDay = dialog.findChild<QLabel*>(QStringLiteral("purchaseBookedByDayLabel"));
    QVERIFY(byDay && byDay->isVisible());
    QCOMPARE(byDay->text(),
             QStringLiteral("«\u00a0Journée à l'accueil de loisirs\u00a0»\u00a0: se réserve jour par jour, pour un "
                            "enfant, dans «\u00a0Mes réservations\u00a0» (chaque jour choisi y est payé avec votre "
                            "porte-monnaie)."));
    const QStringList problems = keys::tabOrderProblems(&dialog, dialog.quantityBox(QStringLiteral("semaine")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'|')));
    QCOMPARE(keys::clippedTexts(&dialog), QStringList());
    ClientFixture::screenshot(&dialog, QStringLiteral("kb07-purchase"));
    keys::press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestKeyboardBooking)
#include "tst_keyboardbooking.moc"
