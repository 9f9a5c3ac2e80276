// The agent's « Pointage », offscreen, against the real citoyens-server over HTTPS. Three families
// of BAINS book the canteen for their child through the API on Thursday 5 March 2026 (the server
// on --now); a second server on the same storage runs on Tuesday 10 March, the day itself. The
// BAINS agent signs in, opens « Pointage » from the home page with the keyboard, marks the three
// children P, A and J (confirmed), and the server's list, the page and the refunded wallet agree;
// Thursday 12 March, still ahead, is refused in French; a mark asked twice is sent once; the
// ROSIÈRES agent does not see the BAINS service.
#include "WalletTestSupport.h"

#include "ClientFixture.h"
#include "KeyboardSupport.h"

#include "ClientCore.h"
#include "MainWindow.h"
#include "attendance/AttendanceCommands.h"
#include "attendance/AttendancePage.h"
#include "itemmodels/AttendanceTableModel.h"
#include "scope/AccountScope.h"
#include "session/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

#include <memory>

using namespace citoyens;

namespace {

constexpr int NetworkTimeoutMs = 20000;
const QString Service = support::BainsService;
const QDate Today(2026, 3, 10); // a Tuesday: the canteen runs
const QDate Ahead(2026, 3, 12); // a Thursday, still to come on the second server's clock

// What an operation ended with, kept after it deleted itself.
struct Finished
{
    bool done = false;
    bool succeeded = false;
    ApiError error;
};
using Outcome = std::shared_ptr<Finished>;

Outcome outcomeOf(Operation* operation)
{
    auto outcome = std::make_shared<Finished>();
    QObject::connect(operation, &Operation::finished, operation, [operation, outcome] {
        outcome->done = true;
        outcome->succeeded = operation->succeeded();
        outcome->error = operation->error();
    });
    return outcome;
}

struct Family
{
    support::Person citizen;
    QString childId;
    QString lastName;
    QString firstName;
};

} // namespace

class TestAttendanceFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void marksPresentAbsentAndExcusedFromTheKeyboard();
    void aDayAheadIsRefusedInFrench();
    void aMarkAskedTwiceIsSentOnce();
    void anotherCommunesAgentDoesNotSeeTheService();
    void twoBookedItemsOfferTheChoice();
    void aMarkLostOnTheNetworkKeepsTheRow();
    void aDayTypedAndAFutureDayOffersNoMark();

private:
    template<typename T> T* find(const QString& name) const { return m_client->find<T>(name); }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_client->window();
        QTest::keyClick(target, k, modifiers);
    }
    void signIn(const QString& email, const QString& password);
    // The window active again once a question is gone (the offscreen platform has no window
    // manager to do it).
    void reactivate()
    {
        m_client->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    }
    void openAttendance();
    // The server's list for `date`, reservation id -> attendance word ("" when not marked).
    QHash<QString, QString> serverMarks(const QDate& date);
    QString cell(int row, int column) const;
    AttendancePage* page() const { return find<AttendancePage>(QStringLiteral("attendancePage")); }

    std::unique_ptr<TestServer> m_booking; // 5 March 2026, 11:59: the families book
    std::unique_ptr<TestServer> m_server; // 10 March 2026, 17:00: the desk takes attendance
    std::unique_ptr<ClientFixture> m_client;
    std::vector<Family> m_families;
    QHash<QString, QString> m_reservations; // child id + date -> reservation id
    qint64 m_priceCents = 0;
};

void TestAttendanceFlow::initTestCase()
{
    ClientFixture::applyStyle();
    m_booking = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data"), QStringLiteral("--now"),
                                                           QStringLiteral("2026-03-05T11:59:00+01:00") });
    QVERIFY2(m_booking->start(), qPrintable(m_booking->errorString()));
    support::Person agent
        = support::signIn(*m_booking, QStringLiteral("agent.bains@example.org"), QStringLiteral("Guichet-Bains-2026"));
    const QList<std::pair<QString, QString>> children { { QStringLiteral("Bernard"), QStringLiteral("Léa") },
                                                        { QStringLiteral("Martin"), QStringLiteral("Hugo") },
                                                        { QStringLiteral("Petit"), QStringLiteral("Inès") } };
    for (const auto& [lastName, firstName] : children) {
        Family family { support::newCitizen(*m_booking), {}, lastName, firstName };
        TestHttp& http = *family.citizen.http;
        const TestReply request = support::subscribe(http, Service);
        QCOMPARE(request.status, 201);
        const TestReply child
            = http.post(QStringLiteral("/me/beneficiaries"),
                        QJsonObject { { QStringLiteral("lastName"), lastName },
                                      { QStringLiteral("firstName"), firstName },
                                      { QStringLiteral("birthDate"), QStringLiteral("2018-03-12") } });
        QCOMPARE(child.status, 201);
        family.childId = support::idOf(child);
        QCOMPARE(agent.http
                     ->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(support::idOf(request)),
                            support::decision(QStringLiteral("approve")))
                     .status,
                 200);
        QCOMPARE(agent.http
                     ->post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(family.childId),
                            support::decision(QStringLiteral("approve")))
                     .status,
                 200);
        QVERIFY(support::fund(http, 5000));
        QJsonArray dates { Today.toString(Qt::ISODate) };
        if (m_families.empty())
            dates.append(Ahead.toString(Qt::ISODate));
        const TestReply booked = http.post(QStringLiteral("/me/reservations"),
                                           QJsonObject { { QStringLiteral("subscriptionId"), support::idOf(request) },
                                                         { QStringLiteral("beneficiaryId"), family.childId },
                                                         { QStringLiteral("dates"), dates } },
                                           support::idempotencyKey(support::newKey()));
        QVERIFY2(booked.status == 201, booked.body.constData());
        for (const QJsonValue& v : booked.json().value(QStringLiteral("outcomes")).toArray()) {
            const QJsonObject outcome = v.toObject();
            QCOMPARE(outcome.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
            m_reservations.insert(family.childId + outcome.value(QStringLiteral("date")).toString(),
                                  outcome.value(QStringLiteral("reservationId")).toString());
            m_priceCents = outcome.value(QStringLiteral("priceCents")).toInteger();
        }
        m_families.push_back(std::move(family));
    }
    QVERIFY(m_priceCents > 0);
    // The same storage, the clock on the day itself.
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data"), QStringLiteral("--now"),
                                                          QStringLiteral("2026-03-10T17:00:00+01:00") });
    m_server->shareStorageWith(*m_booking);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (Family& family : m_families)
        family.citizen = support::signIn(*m_server, family.citizen.email, support::StrongPassword);
}

void TestAttendanceFlow::cleanupTestCase()
{
    m_client.reset();
    m_families.clear();
    if (m_server)
        m_server->stop();
    if (m_booking)
        m_booking->stop();
}

void TestAttendanceFlow::signIn(const QString& email, const QString& password)
{
    auto* emailEdit = find<QLineEdit>(QStringLiteral("signInEmailEdit"));
    QVERIFY(emailEdit);
    QTRY_VERIFY(emailEdit->isVisible());
    emailEdit->setFocus(Qt::OtherFocusReason);
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    auto* passwordEdit = find<QLineEdit>(QStringLiteral("signInPasswordEdit"));
    passwordEdit->setFocus(Qt::TabFocusReason);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
}

void TestAttendanceFlow::openAttendance()
{
    // The home page's tile, reached with Tab, opened with Space.
    auto* tile = find<QPushButton>(QStringLiteral("homeAttendanceTile"));
    QVERIFY(tile);
    QTRY_VERIFY_WITH_TIMEOUT(tile->isVisible(), NetworkTimeoutMs);
    for (int i = 0; i < 30 && !tile->hasFocus(); ++i)
        key(Qt::Key_Tab);
    QVERIFY(tile->hasFocus());
    key(Qt::Key_Space);
    auto* page = find<AttendancePage>(QStringLiteral("attendancePage"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
}

QHash<QString, QString> TestAttendanceFlow::serverMarks(const QDate& date)
{
    support::Person agent
        = support::signIn(*m_server, QStringLiteral("agent.bains@example.org"), QStringLiteral("Guichet-Bains-2026"));
    const TestReply list = agent.http->get(
        QStringLiteral("/agent/attendance?serviceId=%1&date=%2").arg(Service, date.toString(Qt::ISODate)));
    QHash<QString, QString> marks;
    for (const QJsonValue& v : list.json().value(QStringLiteral("children")).toArray()) {
        const QJsonObject child = v.toObject();
        marks.insert(child.value(QStringLiteral("reservationId")).toString(),
                     child.value(QStringLiteral("attendance")).toString());
    }
    return marks;
}

QString TestAttendanceFlow::cell(int row, int column) const
{
    auto* table = find<QTableView>(QStringLiteral("attendanceTable"));
    return table->model()->index(row, column).data().toString();
}

void TestAttendanceFlow::marksPresentAbsentAndExcusedFromTheKeyboard()
{
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150);
    m_client->window()->resize(1200, 800);
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    signIn(QStringLiteral("agent.bains@example.org"), QStringLiteral("Guichet-Bains-2026"));
    openAttendance();
    auto* page = find<AttendancePage>(QStringLiteral("attendancePage"));
    auto* service = find<QComboBox>(QStringLiteral("attendanceServiceCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(service->findData(Service) >= 0, NetworkTimeoutMs);
    service->setCurrentIndex(service->findData(Service));
    QVERIFY2(service->currentText().contains(QStringLiteral("Bains")), qPrintable(service->currentText()));

    // The day: the Wednesday after (no canteen), then Alt+Left to the Tuesday.
    auto* date = find<QDateEdit>(QStringLiteral("attendanceDateEdit"));
    date->setDate(Today.addDays(1));
    auto* empty = find<QLabel>(QStringLiteral("attendanceEmptyLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), NetworkTimeoutMs);
    auto* table = find<QTableView>(QStringLiteral("attendanceTable"));
    table->setFocus(Qt::OtherFocusReason);
    key(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(date->date(), Today);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, NetworkTimeoutMs);
    auto* counts = find<QLabel>(QStringLiteral("attendanceCounts"));
    QCOMPARE(counts->text(), QStringLiteral("3 inscrits · 0 présent · 0 absent · 3 non pointés"));
    // By last name: Bernard, Martin, Petit.
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(cell(row, AttendanceTableModel::LastName), m_families.at(row).lastName);
        QCOMPARE(cell(row, AttendanceTableModel::FirstName), m_families.at(row).firstName);
        QCOMPARE(cell(row, AttendanceTableModel::Attendance), QStringLiteral("Non pointé"));
    }
    QCOMPARE(cell(0, AttendanceTableModel::Age), QStringLiteral("7 ans (12/03/2018)"));
    QCOMPARE(table->model()->index(0, AttendanceTableModel::Age).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("7 ans, date de naissance 12/03/2018"));
    QVERIFY(!cell(0, AttendanceTableModel::Family).isEmpty());
    ClientFixture::screenshot(m_client->window(), QStringLiteral("attendance-before"));

    // P on Léa: the next child is selected at once, Léa's row says it is being recorded.
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    key(Qt::Key_P);
    QCOMPARE(table->currentIndex().row(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, AttendanceTableModel::Attendance), QStringLiteral("Présent"), NetworkTimeoutMs);
    // A on Hugo.
    key(Qt::Key_A);
    QCOMPARE(table->currentIndex().row(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(cell(1, AttendanceTableModel::Attendance), QStringLiteral("Absent"), NetworkTimeoutMs);

    // J on Inès: the question first (Escape: nothing sent), then confirmed with the keyboard.
    const qint64 before = support::balanceOf(*m_families.at(2).citizen.http);
    QString asked;
    const auto answer = [&asked](Qt::Key k) {
        auto* poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, &asked, k] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            asked = box->text();
            if (k == Qt::Key_Escape) {
                QTest::keyClick(box, Qt::Key_Escape);
            } else {
                auto* yes = box->findChild<QPushButton*>(QStringLiteral("confirmationYesButton"));
                yes->setFocus(Qt::TabFocusReason);
                QTest::keyClick(yes, Qt::Key_Space);
            }
            poll->stop();
            poll->deleteLater();
        });
        poll->start(20);
    };
    answer(Qt::Key_Escape);
    key(Qt::Key_J);
    QVERIFY2(asked.contains(QStringLiteral("Inès Petit")) && asked.contains(QStringLiteral("remboursée")),
             qPrintable(asked));
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(cell(2, AttendanceTableModel::Attendance), QStringLiteral("Non pointé"));
    asked.clear();
    reactivate();
    QTRY_VERIFY(table->hasFocus());
    answer(Qt::Key_Space);
    key(Qt::Key_J);
    QTRY_COMPARE_WITH_TIMEOUT(cell(2, AttendanceTableModel::Attendance), QStringLiteral("Absence justifiée"),
                              NetworkTimeoutMs);
    reactivate();
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(counts->text(), QStringLiteral("3 inscrits · 1 présent · 2 absents (dont 1 justifiée) · 0 non pointé"));
    ClientFixture::screenshot(m_client->window(), QStringLiteral("attendance"));

    // The server holds what the page shows; the justified day is back in Inès's family's wallet.
    QHash<QString, QString> marks = serverMarks(Today);
    QCOMPARE(marks.value(m_reservations.value(m_families.at(0).childId + Today.toString(Qt::ISODate))),
             QStringLiteral("present"));
    QCOMPARE(marks.value(m_reservations.value(m_families.at(1).childId + Today.toString(Qt::ISODate))),
             QStringLiteral("absent"));
    QCOMPARE(marks.value(m_reservations.value(m_families.at(2).childId + Today.toString(Qt::ISODate))),
             QStringLiteral("excused"));
    QCOMPARE(support::balanceOf(*m_families.at(2).citizen.http), before + m_priceCents);
    QCOMPARE(support::balanceOf(*m_families.at(1).citizen.http), 5000 - m_priceCents); // absent: billed

    // The justified absence is final: P on it changes nothing and says why.
    auto* error = find<QLabel>(QStringLiteral("attendanceError"));
    key(Qt::Key_P);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(
                 QStringLiteral("Absence justifiée déjà remboursée\u00A0: elle ne peut plus être changée")),
             qPrintable(error->text()));
    QCOMPARE(cell(2, AttendanceTableModel::Attendance), QStringLiteral("Absence justifiée"));
    // Absent and present are changed into each other: Up to Hugo, the button this time.
    key(Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 1);
    find<QPushButton>(QStringLiteral("attendancePresentButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(cell(1, AttendanceTableModel::Attendance), QStringLiteral("Présent"), NetworkTimeoutMs);
    QCOMPARE(counts->text(), QStringLiteral("3 inscrits · 2 présents · 1 absent (dont 1 justifiée) · 0 non pointé"));
    QVERIFY(table->hasFocus());
    marks = serverMarks(Today);
    QCOMPARE(marks.value(m_reservations.value(m_families.at(1).childId + Today.toString(Qt::ISODate))),
             QStringLiteral("present"));
    // Read again from the server (F5): the same.
    key(Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->counts(), (AttendanceCounts { 3, 2, 0, 1, 0 }), NetworkTimeoutMs);

    QStringList unnamed = ClientFixture::unnamedControls(page);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestAttendanceFlow::aDayAheadIsRefusedInFrench()
{
    QVERIFY(m_client);
    auto* date = find<QDateEdit>(QStringLiteral("attendanceDateEdit"));
    auto* table = find<QTableView>(QStringLiteral("attendanceTable"));
    table->setFocus(Qt::OtherFocusReason);
    key(Qt::Key_Right, Qt::AltModifier);
    key(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(date->date(), Ahead);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, NetworkTimeoutMs);
    QCOMPARE(cell(0, AttendanceTableModel::LastName), QStringLiteral("Bernard"));
    table->setFocus(Qt::OtherFocusReason);
    key(Qt::Key_P);
    auto* error = find<QLabel>(QStringLiteral("attendanceError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("Léa Bernard")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("Le pointage n'est possible que le jour même ou après")),
             qPrintable(error->text()));
    // The row keeps what it was, and so does the server.
    QCOMPARE(cell(0, AttendanceTableModel::Attendance), QStringLiteral("Non pointé"));
    const QHash<QString, QString> marks = serverMarks(Ahead);
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.value(m_reservations.value(m_families.at(0).childId + Ahead.toString(Qt::ISODate))), QString());
}

void TestAttendanceFlow::aMarkAskedTwiceIsSentOnce()
{
    QVERIFY(m_client);
    AttendanceCommands* commands = m_client->core()->scope()->attendanceCommands();
    const QString reservation = m_reservations.value(m_families.at(0).childId + Today.toString(Qt::ISODate));
    AttendanceOperation* first = commands->mark(reservation, AttendanceWord::Absent);
    QVERIFY(commands->isMarking(reservation));
    // Asked again while the first is in flight: the same operation, nothing more sent.
    AttendanceOperation* second = commands->mark(reservation, AttendanceWord::Present);
    QCOMPARE(second, first);
    const Outcome marked = outcomeOf(first);
    QTRY_VERIFY_WITH_TIMEOUT(marked->done, NetworkTimeoutMs);
    QVERIFY(marked->succeeded);
    QVERIFY(!commands->isMarking(reservation));
    QCOMPARE(serverMarks(Today).value(reservation), QStringLiteral("absent"));
    // An unknown word is refused before anything is sent.
    const Outcome refused = outcomeOf(commands->mark(reservation, QStringLiteral("late")));
    QTRY_VERIFY(refused->done);
    QVERIFY(!refused->succeeded);
    QCOMPARE(refused->error.fieldErrors.first().field, QStringLiteral("attendance"));
    QCOMPARE(serverMarks(Today).value(reservation), QStringLiteral("absent"));
}

void TestAttendanceFlow::anotherCommunesAgentDoesNotSeeTheService()
{
    QVERIFY(m_client);
    find<QPushButton>(QStringLiteral("signOutButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedOut, NetworkTimeoutMs);
    signIn(QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    openAttendance();
    auto* service = find<QComboBox>(QStringLiteral("attendanceServiceCombo"));
    QVERIFY(service);
    QTRY_VERIFY_WITH_TIMEOUT(service->count() > 0, NetworkTimeoutMs);
    for (int i = 0; i < service->count(); ++i)
        QVERIFY2(service->itemText(i).contains(QStringLiteral("Rosières")), qPrintable(service->itemText(i)));
    QCOMPARE(service->findData(Service), -1);
    // Asked anyway (an old link, a forged id): the server does not say who is booked.
    const Outcome load = outcomeOf(m_client->core()->scope()->attendanceCommands()->load(Service, Today));
    QTRY_VERIFY_WITH_TIMEOUT(load->done, NetworkTimeoutMs);
    QCOMPARE(load->error.httpStatus, 404);
    QCOMPARE(load->error.message, QStringLiteral("Ce service ou cette réservation n'est pas de vos communes."));
}

void TestAttendanceFlow::twoBookedItemsOfferTheChoice()
{
    QVERIFY(m_client);
    find<QPushButton>(QStringLiteral("signOutButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedOut, NetworkTimeoutMs);
    signIn(QStringLiteral("agent.allegre@example.org"), QStringLiteral("Guichet-Allegre-2026"));
    openAttendance();
    auto* service = find<QComboBox>(QStringLiteral("attendanceServiceCombo"));
    const QString children = QStringLiteral("allegre-reservation-pour-enfants");
    QTRY_VERIFY_WITH_TIMEOUT(service->findData(children) >= 0, NetworkTimeoutMs);
    service->setCurrentIndex(service->findData(children));
    find<QDateEdit>(QStringLiteral("attendanceDateEdit"))->setDate(Today);
    // The canteen and the garderie are booked apart: the item is chosen, the canteen first.
    auto* item = find<QComboBox>(QStringLiteral("attendanceItemCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(item->isVisible(), NetworkTimeoutMs);
    QCOMPARE(item->count(), 2);
    QCOMPARE(item->currentText(), QStringLiteral("Repas enfant"));
    auto* empty = find<QLabel>(QStringLiteral("attendanceEmptyLabel"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Repas enfant")), qPrintable(empty->text()));
    // Alt+P (its label's mnemonic), Down: the garderie's list is read.
    key(Qt::Key_P, Qt::AltModifier);
    QVERIFY(item->hasFocus());
    key(Qt::Key_Down);
    QCOMPARE(item->currentData().toString(), QStringLiteral("garderie-periscolaire"));
    QTRY_VERIFY_WITH_TIMEOUT(empty->text().contains(QStringLiteral("Garderie périscolaire")), NetworkTimeoutMs);
    QCOMPARE(item->currentData().toString(), QStringLiteral("garderie-periscolaire"));
    QVERIFY(!find<QLabel>(QStringLiteral("attendanceError"))->isVisible());
}

void TestAttendanceFlow::aMarkLostOnTheNetworkKeepsTheRow()
{
#ifdef Q_OS_UNIX
    // A window of its own whose calls give up after 5 s without a byte.
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150, 5000);
    m_client->window()->resize(1200, 800);
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    signIn(QStringLiteral("agent.bains@example.org"), QStringLiteral("Guichet-Bains-2026"));
    openAttendance();
    auto* service = find<QComboBox>(QStringLiteral("attendanceServiceCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(service->findData(Service) >= 0, NetworkTimeoutMs);
    service->setCurrentIndex(service->findData(Service));
    find<QDateEdit>(QStringLiteral("attendanceDateEdit"))->setDate(Today);
    auto* table = find<QTableView>(QStringLiteral("attendanceTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, NetworkTimeoutMs);
    QTRY_COMPARE(cell(1, AttendanceTableModel::Attendance), QStringLiteral("Présent"));
    table->setFocus(Qt::OtherFocusReason);
    key(Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);

    const qint64 pid = m_server->processId();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    key(Qt::Key_A);
    QCOMPARE(cell(1, AttendanceTableModel::Attendance), QStringLiteral("Enregistrement\u00A0: Absent…"));
    // Back on Hugo while his mark is in flight: A again is not sent twice.
    key(Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 1);
    key(Qt::Key_A);
    auto* error = find<QLabel>(QStringLiteral("attendanceError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Hugo Martin\u00A0: un pointage est déjà en cours d'enregistrement."));
    QCOMPARE(table->currentIndex().row(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("confirmé")), NetworkTimeoutMs);
    // Hugo's row says what it said before; the message names him and tells to mark again.
    QCOMPARE(cell(1, AttendanceTableModel::Attendance), QStringLiteral("Présent"));
    QVERIFY2(error->text().startsWith(QStringLiteral("Hugo Martin\u00A0: le pointage n'a pas pu être confirmé.")),
             qPrintable(error->text()));
    QVERIFY2(error->text().endsWith(QStringLiteral("Pointez à nouveau pour en être sûr.")), qPrintable(error->text()));
    QCOMPARE(page()->model()->counts(), (AttendanceCounts { 3, 1, 1, 1, 0 }));

    // Running again, the same mark once more: whatever the frozen request did, the server and the
    // page agree.
    resume.dismiss();
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    QCOMPARE(table->currentIndex().row(), 1);
    key(Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(cell(1, AttendanceTableModel::Attendance), QStringLiteral("Absent"), NetworkTimeoutMs);
    QCOMPARE(serverMarks(Today).value(m_reservations.value(m_families.at(1).childId + Today.toString(Qt::ISODate))),
             QStringLiteral("absent"));
#else
    QSKIP("Freezing the server's process needs SIGSTOP.");
#endif
}

// « Jour » takes a day typed as French people type it; a day still to come (on the server's clock,
// given to the page as its today) shows its list with P, A and J disabled and a line that says
// why, in words and to a screen reader; P in the table does nothing and sends nothing.
void TestAttendanceFlow::aDayTypedAndAFutureDayOffersNoMark()
{
    QVERIFY(m_client);
    AttendancePage* attendance = page();
    QVERIFY(attendance->isVisible());
    attendance->setToday([] { return Today; });
    auto* date = find<QDateEdit>(QStringLiteral("attendanceDateEdit"));
    auto* table = find<QTableView>(QStringLiteral("attendanceTable"));
    auto* future = find<QLabel>(QStringLiteral("attendanceFutureLabel"));
    QVERIFY(!future->isVisible());

    // Alt+J: the day's field; 12/03/2026 typed.
    keys::press(Qt::Key_J, Qt::AltModifier);
    QCOMPARE(keys::focusName(), QStringLiteral("attendanceDateEdit"));
    keys::type(QStringLiteral("12/03/2026"));
    QCOMPARE(date->date(), Ahead);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, NetworkTimeoutMs);
    QVERIFY(future->isVisible());
    QCOMPARE(future->text(),
             QStringLiteral("Pas encore : le jeudi 12 mars est à venir ; le pointage se fait le jour même ou après."));
    for (const char* name : { "attendancePresentButton", "attendanceAbsentButton", "attendanceExcusedButton" }) {
        auto* button = find<QPushButton>(QLatin1String(name));
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->accessibleDescription(), future->text());
    }
    QCOMPARE(table->accessibleDescription(), future->text());
    ClientFixture::screenshot(m_client->window(), QStringLiteral("attendance-future-day"));
    QVERIFY(keys::tabTo(QStringLiteral("attendanceTable")));
    keys::press(Qt::Key_P);
    QVERIFY(!find<QLabel>(QStringLiteral("attendanceError"))->isVisible());
    QCOMPARE(cell(0, AttendanceTableModel::Attendance), QStringLiteral("Non pointé"));
    QCOMPARE(serverMarks(Ahead).value(m_reservations.value(m_families.at(0).childId + Ahead.toString(Qt::ISODate))),
             QString());

    // With dashes: the day itself, marks offered again; eight digits and dots read the same day.
    keys::press(Qt::Key_J, Qt::AltModifier);
    keys::type(QStringLiteral("10-03-2026"));
    QCOMPARE(date->date(), Today);
    // (Tab out and Alt+J back: coming into the field selects its day part, as a person's click would.)
    const QList<std::pair<QString, QDate>> typed { { QStringLiteral("12032026"), Ahead },
                                                   { QStringLiteral("10.3.2026"), Today } };
    for (const auto& [text, day] : typed) {
        keys::press(Qt::Key_Tab);
        keys::press(Qt::Key_J, Qt::AltModifier);
        QCOMPARE(keys::focusName(), QStringLiteral("attendanceDateEdit"));
        keys::type(text);
        QCOMPARE(date->date(), day);
    }
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, NetworkTimeoutMs);
    QVERIFY(!future->isVisible());
    QVERIFY(find<QPushButton>(QStringLiteral("attendancePresentButton"))->isEnabled());
    const QStringList problems
        = keys::tabOrderProblems(attendance, find<QComboBox>(QStringLiteral("attendanceServiceCombo")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAttendanceFlow)
#include "tst_attendanceflow.moc"
