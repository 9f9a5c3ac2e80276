// « Mes réservations » end to end, offscreen, against the real citoyens-server over HTTPS with
// its clock set (--now: Thursday 5 March 2026, 11:59 Paris) and its sandbox payment provider:
// Marie's Rosières canteen request and her child Léa approved by the agent, 50 € topped up
// through the sandbox, five April days booked from the keyboard and one cancelled in time; the
// calendar's cells (their states and accessible sentences), the wallet and the orders agree to
// the cent. Then a Planning type over March (closed Wednesdays, late days with their surcharge,
// days past their deadline) shows the outcome of every day; a short balance books nothing and
// says what is missing; the server stopped gives a French error and keeps the chosen days.
#include "FrenchText.h"
#include "TestHttp.h"
#include "WalletFlowSupport.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/PageIds.h"
#include "reservations/BookingConfirmDialog.h"
#include "reservations/BookingMonthView.h"
#include "reservations/PatternDialog.h"
#include "reservations/ReservationsPage.h"
#include "widgets/Confirmation.h"

#include "itemmodels/BookingMonthModel.h"
#include "models/Money.h"
#include "models/Reservation.h"
#include "reservations/BookingText.h"
#include "scope/AccountScope.h"
#include "wallet/WalletCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace citoyens;
using namespace servicesflow;

namespace {

const QString Now = QStringLiteral("2026-03-05T11:59:00+01:00");
const QString Canteen = QStringLiteral("rosieres-reservation-cantine-pour-enfants");
constexpr qint64 Price = 280; // repas enfant, bracket "inf 399"
constexpr qint64 Surcharge = 200; // late booking at Rosières

QString euros(qint64 cents)
{
    return Money::fromCents(cents).toFrench();
}

} // namespace

class TestReservationsFlow : public QObject, public WalletFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void bookFiveDaysCancelOneAndEverythingAgrees();
    void weeklyPatternOverAMonthWithClosedAndLateDays();
    void shortBalanceBooksNothingAndSaysWhatIsMissing();
    void serverStoppedKeepsTheChosenDays(); // last: it stops the server

private:
    // The page, on the month the server's clock is in, with its days painted.
    ReservationsPage* openReservations();
    // Waits until the page shows `month` with the server's days.
    bool waitForMonth(ReservationsPage* page, const QDate& month);
    // Moves to `date` in the month view and presses Space.
    void choose(ReservationsPage* page, const QDate& date);
    BookingConfirmDialog* confirmDialog();
    qint64 balance();
    QJsonArray orders();
    void topUp(qint64 cents);

    QString m_requestId;
    QString m_childId;
};

void TestReservationsFlow::initTestCase()
{
    startServerAndWriteFiles(
        { QStringLiteral("--payment-provider"), QStringLiteral("sandbox"), QStringLiteral("--now"), Now });
    if (QTest::currentTestFailed())
        return;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    m_requestId = askOverHttp(Canteen);
    QVERIFY(!m_requestId.isEmpty());
    agentDecide(m_requestId, { { QStringLiteral("decision"), QStringLiteral("approve") } });

    m_childId = approvedChildOfMarie(QStringLiteral("2019-05-02"));
    QVERIFY(!m_childId.isEmpty());
}

void TestReservationsFlow::init()
{
    m_browser.opened.clear();
    openClientAndSignIn();
    QVERIFY(m_client->services());
    m_client->services()->walletCommands()->setFollowInterval(std::chrono::milliseconds(100));
    m_client->window()->resize(1280, 1500); // the whole page in the screenshots
}

void TestReservationsFlow::cleanup()
{
    m_client.reset();
}

void TestReservationsFlow::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    stopServer();
}

qint64 TestReservationsFlow::balance()
{
    return marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
}

QJsonArray TestReservationsFlow::orders()
{
    return marieGet(QStringLiteral("/me/orders")).value(QStringLiteral("orders")).toArray();
}

void TestReservationsFlow::topUp(qint64 cents)
{
    const qint64 before = balance();
    auto* amount = m_client->find<QPushButton>(QStringLiteral("walletAmount%1").arg(cents));
    QVERIFY(amount);
    FIND(QPushButton, button, "walletTopUpButton");
    click(amount);
    click(button);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    payOnProviderPage(m_browser.opened.constFirst(), QStringLiteral("payer"));
    FIND(QLabel, label, "walletBalanceLabel");
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), fr(QStringLiteral("Solde : ")) + euros(before + cents), NetworkTimeoutMs);
}

bool TestReservationsFlow::waitForMonth(ReservationsPage* page, const QDate& month)
{
    return QTest::qWaitFor(
        [&] {
            return page->monthModel()->month() == month && page->monthModel()->days().size() == month.daysInMonth();
        },
        NetworkTimeoutMs);
}

ReservationsPage* TestReservationsFlow::openReservations()
{
    m_client->window()->accountWidget()->openPage(PageId::Reservations);
    auto* page = m_client->find<ReservationsPage>(QStringLiteral("reservationsPage"));
    if (!page)
        return nullptr;
    auto* child = m_client->find<QComboBox>(QStringLiteral("reservationsChildCombo"));
    auto* service = m_client->find<QComboBox>(QStringLiteral("reservationsServiceCombo"));
    if (!QTest::qWaitFor([&] { return child->count() == 1 && service->count() == 1; }, NetworkTimeoutMs))
        return nullptr;
    if (child->currentText() != QStringLiteral("Léa Dupont") || !waitForMonth(page, QDate(2026, 3, 1)))
        return nullptr;
    return page;
}

void TestReservationsFlow::choose(ReservationsPage* page, const QDate& date)
{
    BookingMonthView* view = page->monthView();
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(page->monthModel()->indexOf(date));
    QTest::keyClick(view, Qt::Key_Space);
}

BookingConfirmDialog* TestReservationsFlow::confirmDialog()
{
    BookingConfirmDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_client->find<BookingConfirmDialog>(QStringLiteral("bookingConfirmDialog"));
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void TestReservationsFlow::bookFiveDaysCancelOneAndEverythingAgrees()
{
    topUp(5000);
    ReservationsPage* page = openReservations();
    QVERIFY(page);
    BookingMonthModel* model = page->monthModel();
    FIND(QLabel, monthLabel, "reservationsMonthLabel");
    QCOMPARE(monthLabel->text(), QStringLiteral("Mars 2026"));

    // Every cell says what the server sent for its day, in words.
    const QJsonObject march = marieGet(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=2026-03-01&to="
                                                      "2026-03-31")
                                           .arg(m_requestId, m_childId));
    const std::optional<BookingMonth> days = BookingMonth::fromJson(march);
    QVERIFY(days);
    QCOMPARE(days->days.size(), 31);
    for (const BookingDay& day : days->days) {
        const QModelIndex cell = model->indexOf(day.date);
        QCOMPARE(cell.data(BookingMonthModel::StateRole).toString(), BookingDay::stateName(day.state));
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), BookingText::daySentence(day));
    }
    const auto cell = [model](const QDate& date, int role = Qt::AccessibleTextRole) {
        return model->indexOf(date).data(role).toString();
    };
    QCOMPARE(cell(QDate(2026, 3, 3)), QStringLiteral("mardi 3 mars 2026, passé"));
    QVERIFY2(cell(QDate(2026, 3, 11)).startsWith(fr(QStringLiteral("mercredi 11 mars 2026, fermé : "))),
             qPrintable(cell(QDate(2026, 3, 11))));
    QCOMPARE(cell(QDate(2026, 3, 10)),
             QStringLiteral("mardi 10 mars 2026, délai de réservation dépassé (jeudi 5 mars à 10 h)"));
    QCOMPARE(cell(QDate(2026, 3, 12)),
             fr(QStringLiteral("jeudi 12 mars 2026, réservable avec majoration de 2,00 € jusqu'au lundi 9 mars à "
                               "10 h, 4,80 €")));
    QCOMPARE(cell(QDate(2026, 3, 12), Qt::DisplayRole), fr(QStringLiteral("12\n○ Majoré\n4,80 €")));
    FIND(QLabel, countdown, "reservationsCountdownLabel");
    QCOMPARE(countdown->text(),
             fr(QStringLiteral("Prochaine échéance : réserver le jeudi 12 mars avant le lundi 9 mars "
                               "à 10 h — dans 3 jours 22 heures")));
    shot(QStringLiteral("r01-march"));

    // April from the keyboard: Page Down, five days chosen with Space.
    QTest::keyClick(page->monthView(), Qt::Key_PageDown);
    QVERIFY(waitForMonth(page, QDate(2026, 4, 1)));
    QCOMPARE(monthLabel->text(), QStringLiteral("Avril 2026"));
    QCOMPARE(cell(QDate(2026, 4, 2)),
             fr(QStringLiteral("jeudi 2 avril 2026, réservable jusqu'au vendredi 20 mars à 12 h, 2,80 €")));
    QVERIFY(cell(QDate(2026, 4, 6)).startsWith(fr(QStringLiteral("lundi 6 avril 2026, fermé : "))));
    QVERIFY(cell(QDate(2026, 4, 14)).startsWith(fr(QStringLiteral("mardi 14 avril 2026, fermé : "))));
    const QList<QDate> five { QDate(2026, 4, 2), QDate(2026, 4, 3), QDate(2026, 4, 20), QDate(2026, 4, 21),
                              QDate(2026, 4, 23) };
    for (const QDate& date : five)
        choose(page, date);
    QCOMPARE(model->chosen(), five);
    FIND(QPushButton, book, "reservationsBookButton");
    QCOMPARE(book->text(), fr(QStringLiteral("&Réserver la sélection (5 jours, 14,00 €)")));
    QCOMPARE(cell(QDate(2026, 4, 2), Qt::DisplayRole), fr(QStringLiteral("2\n☑ Choisi\n2,80 €")));
    shot(QStringLiteral("r02-april-chosen"));

    // Return books the chosen days: the confirmation says the total and the balance after.
    QTest::keyClick(page->monthView(), Qt::Key_Return);
    BookingConfirmDialog* dialog = confirmDialog();
    QVERIFY(dialog);
    FIND(QLabel, summary, "bookingConfirmSummary");
    QCOMPARE(summary->text(), fr(QStringLiteral("5 jours à réserver, total 14,00 € :")));
    FIND(QLabel, after, "bookingBalanceAfterLabel");
    QCOMPARE(after->text(), fr(QStringLiteral("Solde après réservation : 36,00 €")));
    FIND(QWidget, shortBox, "bookingShortBox");
    QVERIFY(!shortBox->isVisible());
    ClientFixture::screenshot(dialog, QStringLiteral("r03-confirm"));
    QVERIFY2(ClientFixture::unnamedControls(dialog).isEmpty(),
             qPrintable(ClientFixture::unnamedControls(dialog).join(u',')));
    // Pressed twice: one booking.
    FIND(QPushButton, confirm, "bookingConfirmButton");
    QPointer<BookingConfirmDialog> open(dialog);
    click(confirm);
    click(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), NetworkTimeoutMs);
    FIND(QLabel, outcome, "reservationsOutcomeLabel");
    QTRY_VERIFY(outcome->isVisible());
    QVERIFY2(outcome->text().startsWith(fr(QStringLiteral("Réservation effectuée : 5 jours réservés. Payé avec "
                                                          "votre porte-monnaie : 14,00 €."))),
             qPrintable(outcome->text()));
    QVERIFY(outcome->text().contains(fr(QStringLiteral("Jeudi 2 avril 2026 : réservé, 2,80 €"))));
    QVERIFY(model->chosen().isEmpty());

    // The server, the wallet panel, the cells agree.
    QCOMPARE(balance(), 5000 - 5 * Price);
    QJsonArray all = orders();
    QCOMPARE(all.size(), 1);
    const QJsonObject order = all.at(0).toObject();
    QCOMPARE(order.value(QStringLiteral("totalCents")).toInteger(), 5 * Price);
    FIND(QLabel, panelBalance, "walletBalanceLabel");
    QTRY_COMPARE_WITH_TIMEOUT(panelBalance->text(), fr(QStringLiteral("Solde : ")) + euros(5000 - 5 * Price),
                              NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(cell(QDate(2026, 4, 23), Qt::DisplayRole), fr(QStringLiteral("23\n✓ Réservé\n2,80 €")),
                              NetworkTimeoutMs);
    for (const QDate& date : five)
        QCOMPARE(model->indexOf(date).data(BookingMonthModel::StateRole).toString(), QStringLiteral("booked"));
    QCOMPARE(cell(QDate(2026, 4, 2)),
             fr(QStringLiteral("jeudi 2 avril 2026, réservé, annulable jusqu'au mercredi 1 avril à 9 h, 2,80 €")));
    FIND(QTableView, upcoming, "reservationsUpcomingTable");
    QTRY_COMPARE_WITH_TIMEOUT(upcoming->model()->rowCount(), 5, NetworkTimeoutMs);
    QCOMPARE(upcoming->model()->index(0, 0).data().toString(), QStringLiteral("jeudi 2 avril 2026"));
    QCOMPARE(upcoming->model()->index(0, 1).data().toString(), QStringLiteral("Léa Dupont"));
    shot(QStringLiteral("r04-april-booked"));

    // Thursday 23 April cancelled in time: the confirmation says what is refunded.
    page->monthView()->setCurrentIndex(model->indexOf(QDate(2026, 4, 23)));
    FIND(QPushButton, cancel, "reservationsCancelButton");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    int checked = 0;
    QCOMPARE(ClientFixture::unnamedControls(page, &checked), QStringList());
    QVERIFY(checked >= 8);
    FIND(QLabel, dayText, "reservationsDayLabel");
    QCOMPARE(dayText->text(), cell(QDate(2026, 4, 23)));
    Confirmation::setNextAnswer(true);
    click(cancel);
    QVERIFY(!Confirmation::hasPendingAnswers());
    QTRY_COMPARE_WITH_TIMEOUT(
        outcome->text(),
        fr(QStringLiteral("Jeudi 23 avril 2026 : réservation annulée, 2,80 € remboursés sur votre porte-monnaie.")),
        NetworkTimeoutMs);
    QCOMPARE(balance(), 5000 - 4 * Price);
    all = orders();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("refundedCents")).toInteger(), Price);
    QTRY_COMPARE_WITH_TIMEOUT(panelBalance->text(), fr(QStringLiteral("Solde : ")) + euros(5000 - 4 * Price),
                              NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->indexOf(QDate(2026, 4, 23)).data(BookingMonthModel::StateRole).toString(),
                              QStringLiteral("bookable"), NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(upcoming->model()->rowCount(), 4, NetworkTimeoutMs);
    QVERIFY(!cancel->isVisible()); // 23 April is bookable again

    // The wallet's movements: the order and its refund, to the cent.
    const QJsonArray movements = marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("movements")).toArray();
    qint64 sum = 0;
    bool refund = false;
    for (const QJsonValue& v : movements) {
        sum += v.toObject().value(QStringLiteral("amountCents")).toInteger();
        refund = refund || v.toObject().value(QStringLiteral("amountCents")).toInteger() == Price;
    }
    QCOMPARE(sum, 5000 - 4 * Price);
    QVERIFY(refund);
}

void TestReservationsFlow::weeklyPatternOverAMonthWithClosedAndLateDays()
{
    const qint64 before = balance();
    const int ordersBefore = int(orders().size());
    ReservationsPage* page = openReservations();
    QVERIFY(page);
    FIND(QPushButton, patternButton, "reservationsPatternButton");
    click(patternButton);
    PatternDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_client->find<PatternDialog>(QStringLiteral("patternDialog"))) && dialog->isVisible());
    for (int weekday : { 1, 3, 4 }) {
        QCheckBox* box = dialog->weekdayBox(weekday);
        box->setFocus(Qt::TabFocusReason);
        QTest::keyClick(box, Qt::Key_Space);
    }
    QCOMPARE(dialog->pattern().from, QDate(2026, 3, 5));
    QCOMPARE(dialog->pattern().to, QDate(2026, 3, 31));
    // Mondays and Thursdays from 12 March are late (2 € more); Thursday 5 and Monday 9 are past
    // their deadline; Wednesdays are closed.
    const QList<QDate> late { QDate(2026, 3, 12), QDate(2026, 3, 16), QDate(2026, 3, 19),
                              QDate(2026, 3, 23), QDate(2026, 3, 26), QDate(2026, 3, 30) };
    QCOMPARE(dialog->expectedLines().size(), late.size());
    QCOMPARE(dialog->expectedCents(), late.size() * (Price + Surcharge));
    FIND(QLabel, preview, "patternPreview");
    QVERIFY2(preview->text().startsWith(fr(QStringLiteral("Seraient réservés (6 jours, 28,80 €) :"))),
             qPrintable(preview->text()));
    QVERIFY(preview->text().contains(fr(QStringLiteral("mercredi 18 mars 2026, fermé : "))));
    QVERIFY(preview->text().contains(QStringLiteral("lundi 9 mars 2026, délai de réservation dépassé")));
    ClientFixture::screenshot(dialog, QStringLiteral("r05-pattern"));
    QVERIFY2(ClientFixture::unnamedControls(dialog).isEmpty(),
             qPrintable(ClientFixture::unnamedControls(dialog).join(u',')));
    FIND(QPushButton, next, "patternContinueButton");
    click(next);
    BookingConfirmDialog* confirm = confirmDialog();
    QVERIFY(confirm);
    FIND(QLabel, summary, "bookingConfirmSummary");
    QCOMPARE(summary->text(), fr(QStringLiteral("6 jours à réserver, total 28,80 € :")));
    FIND(QPushButton, confirmButton, "bookingConfirmButton");
    click(confirmButton);
    FIND(QLabel, outcome, "reservationsOutcomeLabel");
    QTRY_VERIFY_WITH_TIMEOUT(outcome->isVisible(), NetworkTimeoutMs);
    const QStringList lines = outcome->text().split(QLatin1Char('\n'));
    QVERIFY2(lines.value(0).startsWith(fr(QStringLiteral("Réservation effectuée : 6 jours réservés, 5 jours non "
                                                         "réservés. Payé avec votre porte-monnaie : 28,80 €."))),
             qPrintable(outcome->text()));
    QCOMPARE(lines.size(), 1 + 11);
    QVERIFY(lines.contains(fr(QStringLiteral("Jeudi 12 mars 2026 : réservé, 4,80 € (dont majoration 2,00 €)"))));
    QVERIFY2(lines.contains(fr(QStringLiteral("Mercredi 11 mars 2026 : non réservé — "))
                            + BookingDay { QDate(2026, 3, 11),
                                           BookingDay::State::Closed,
                                           {},
                                           {},
                                           {},
                                           0,
                                           0,
                                           QStringLiteral("weekday_not_served"),
                                           {},
                                           {} }
                                  .reasonText()),
             qPrintable(outcome->text()));
    bool deadlineSaid = false;
    for (const QString& line : lines)
        deadlineSaid = deadlineSaid || line.startsWith(fr(QStringLiteral("Lundi 9 mars 2026 : non réservé — ")));
    QVERIFY(deadlineSaid);
    page->monthView()->setFocus(Qt::OtherFocusReason);
    shot(QStringLiteral("r06-pattern-outcome"));

    QCOMPARE(balance(), before - late.size() * (Price + Surcharge));
    const QJsonArray all = orders();
    QCOMPARE(all.size(), ordersBefore + 1);
    bool found = false;
    for (const QJsonValue& v : all) {
        if (v.toObject().value(QStringLiteral("totalCents")).toInteger() == late.size() * (Price + Surcharge))
            found = true;
    }
    QVERIFY(found);
    for (const QDate& date : late) {
        QTRY_COMPARE_WITH_TIMEOUT(page->monthModel()->indexOf(date).data(BookingMonthModel::StateRole).toString(),
                                  QStringLiteral("booked"), NetworkTimeoutMs);
    }
    // A booked late day shows what was paid for it (from « Prochaines réservations »).
    QTRY_COMPARE_WITH_TIMEOUT(page->monthModel()->indexOf(QDate(2026, 3, 12)).data().toString(),
                              fr(QStringLiteral("12\n✓ Réservé\n4,80 €")), NetworkTimeoutMs);
    QCOMPARE(page->monthModel()->indexOf(QDate(2026, 3, 12)).data(Qt::AccessibleTextRole).toString(),
             fr(QStringLiteral("jeudi 12 mars 2026, réservé, annulable jusqu'au mercredi 11 mars à 9 h, 4,80 €")));
    FIND(QLabel, panelBalance, "walletBalanceLabel");
    QTRY_COMPARE_WITH_TIMEOUT(panelBalance->text(), fr(QStringLiteral("Solde : ")) + euros(balance()),
                              NetworkTimeoutMs);
}

void TestReservationsFlow::shortBalanceBooksNothingAndSaysWhatIsMissing()
{
    const qint64 before = balance();
    const int ordersBefore = int(orders().size());
    ReservationsPage* page = openReservations();
    QVERIFY(page);
    QTest::keyClick(page->monthView(), Qt::Key_PageDown);
    QVERIFY(waitForMonth(page, QDate(2026, 4, 1)));
    const QList<QDate> days { QDate(2026, 4, 23), QDate(2026, 4, 24), QDate(2026, 4, 27), QDate(2026, 4, 28),
                              QDate(2026, 4, 30) };
    for (const QDate& date : days)
        choose(page, date);
    QCOMPARE(page->monthModel()->chosen(), days);
    const qint64 missing = days.size() * Price - before;
    QVERIFY(missing > 0);
    QTest::keyClick(page->monthView(), Qt::Key_Return);
    BookingConfirmDialog* dialog = confirmDialog();
    QVERIFY(dialog);
    FIND(QLabel, shortLabel, "bookingShortLabel");
    QTRY_VERIFY(shortLabel->isVisible());
    QCOMPARE(shortLabel->text(), QStringLiteral("Il vous manque %1.").arg(euros(missing)));
    FIND(QPushButton, topUpButton, "bookingTopUpButton");
    QCOMPARE(topUpButton->text(), QStringLiteral("&Recréditer %1").arg(euros(WalletRules::topUpCovering(missing))));
    FIND(QPushButton, confirm, "bookingConfirmButton");
    QVERIFY(!confirm->isEnabled());
    ClientFixture::screenshot(dialog, QStringLiteral("r07-short"));
    QPointer<BookingConfirmDialog> open(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(open.isNull() || !open->isVisible());
    QCOMPARE(page->monthModel()->chosen(), days); // still chosen

    // A pattern's total is the client's estimate: the server's 409 says what is missing.
    page->monthModel()->clearChosen();
    FIND(QPushButton, patternButton, "reservationsPatternButton");
    click(patternButton);
    PatternDialog* pattern = nullptr;
    QTRY_VERIFY((pattern = m_client->find<PatternDialog>(QStringLiteral("patternDialog"))) && pattern->isVisible());
    for (int weekday : { 1, 2, 4, 5 })
        pattern->weekdayBox(weekday)->setChecked(true);
    QCOMPARE(pattern->expectedCents(), days.size() * Price);
    click(m_client->find<QPushButton>(QStringLiteral("patternContinueButton")));
    QTRY_VERIFY(open.isNull());
    dialog = confirmDialog();
    QVERIFY(dialog);
    FIND(QPushButton, confirmPattern, "bookingConfirmButton");
    QVERIFY(confirmPattern->isEnabled());
    click(confirmPattern);
    FIND(QLabel, error, "bookingError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QCOMPARE(error->text(),
             fr(QStringLiteral("Rien n'a été réservé : il manque %1 sur votre porte-monnaie.").arg(euros(missing))));
    QVERIFY(!confirmPattern->isEnabled());
    QCOMPARE(balance(), before);
    QCOMPARE(orders().size(), ordersBefore);
}

void TestReservationsFlow::serverStoppedKeepsTheChosenDays()
{
    ReservationsPage* page = openReservations();
    QVERIFY(page);
    QTest::keyClick(page->monthView(), Qt::Key_PageDown);
    QVERIFY(waitForMonth(page, QDate(2026, 4, 1)));
    choose(page, QDate(2026, 4, 24));
    m_server->stop();
    QTest::keyClick(page->monthView(), Qt::Key_Return);
    BookingConfirmDialog* dialog = confirmDialog();
    QVERIFY(dialog);
    const QByteArray key = dialog->idempotencyKey();
    FIND(QPushButton, confirm, "bookingConfirmButton");
    FIND(QLabel, error, "bookingError");
    for (int attempt = 0; attempt < 2; ++attempt) {
        click(confirm);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && confirm->isEnabled(), NetworkTimeoutMs);
        QVERIFY2(error->text().startsWith(fr(QStringLiteral("Rien n'a été réservé : "))), qPrintable(error->text()));
        QVERIFY2(!error->text().contains(QStringLiteral("error"), Qt::CaseInsensitive), qPrintable(error->text()));
        QCOMPARE(dialog->idempotencyKey(), key); // the same confirmation, the same key
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(page->monthModel()->chosen(), QList<QDate> { QDate(2026, 4, 24) });

    // Another month cannot be fetched: the page says so in French.
    QTest::keyClick(page->monthView(), Qt::Key_PageDown);
    FIND(QLabel, status, "reservationsStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(fr(QStringLiteral("Les jours n'ont pas pu être chargés : "))),
        NetworkTimeoutMs);
    FIND(QPushButton, refresh, "reservationsRefreshButton");
    QVERIFY(refresh->isVisible());
    // Back to April: painted from the store, offline.
    QTest::keyClick(page->monthView(), Qt::Key_PageUp);
    QVERIFY(waitForMonth(page, QDate(2026, 4, 1)));
    QCOMPARE(page->monthModel()->indexOf(QDate(2026, 4, 2)).data(BookingMonthModel::StateRole).toString(),
             QStringLiteral("booked"));
}

QTEST_MAIN(TestReservationsFlow)
#include "tst_reservationsflow.moc"
