// The month of a child's days (BookingMonthModel) under QAbstractItemModelTester, on days written
// as the booking contract writes them: the grid of weeks, every state's cell words and its
// accessible sentence in French, choosing days, the nearest deadline and its countdown, and the
// weekly pattern's preview from the days the client holds.
#include "ClientFixture.h"
#include "FrenchText.h"

#include "itemmodels/BookingMonthModel.h"
#include "models/Reservation.h"
#include "reservations/BookingText.h"
#include "reservations/PatternDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace citoyens;

namespace {

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

BookingDay day(const QDate& date, BookingDay::State state, const QString& reason, qint64 price = 330)
{
    BookingDay d;
    d.date = date;
    d.state = state;
    d.reason = reason;
    d.priceCents = price;
    return d;
}

// May 2026 at Allègre as the server would send it on Monday 4 May, 11:59 Paris.
QList<BookingDay> may()
{
    QList<BookingDay> days;
    for (QDate d(2026, 5, 1); d.month() == 5; d = d.addDays(1)) {
        BookingDay b = day(d, BookingDay::State::Bookable, QStringLiteral("bookable"));
        b.bookBy = utc(QStringLiteral("2026-05-07T07:00:00Z"));
        b.cancelBy = utc(QStringLiteral("2026-05-07T16:00:00Z"));
        if (d.dayOfWeek() == 3 || d.dayOfWeek() > 5)
            b = day(d, BookingDay::State::Closed, QStringLiteral("weekday_not_served"), 0);
        days.append(b);
    }
    days[0] = day(QDate(2026, 5, 1), BookingDay::State::Closed, QStringLiteral("public_holiday"), 0);
    days[3] = day(QDate(2026, 5, 4), BookingDay::State::Past, QStringLiteral("past"));
    days[3].reservationId = QStringLiteral("r0");
    days[3].attendance = QStringLiteral("excused");
    days[4] = day(QDate(2026, 5, 5), BookingDay::State::DeadlinePassed, QStringLiteral("booking_deadline_passed"));
    days[4].bookBy = utc(QStringLiteral("2026-04-30T07:00:00Z"));
    days[6] = day(QDate(2026, 5, 7), BookingDay::State::Bookable, QStringLiteral("late_booking"));
    days[6].bookBy = utc(QStringLiteral("2026-05-06T08:00:00Z"));
    days[6].surchargeCents = 150;
    days[11] = day(QDate(2026, 5, 12), BookingDay::State::Booked, QStringLiteral("cancellable"));
    days[11].reservationId = QStringLiteral("r1");
    days[11].cancelBy = utc(QStringLiteral("2026-05-07T16:00:00Z"));
    days[7] = day(QDate(2026, 5, 8), BookingDay::State::Closed, QStringLiteral("public_holiday"), 0);
    days[10] = day(QDate(2026, 5, 11), BookingDay::State::Booked, QStringLiteral("cancel_deadline_passed"));
    days[10].reservationId = QStringLiteral("r2");
    days[10].cancelBy = utc(QStringLiteral("2026-05-04T08:00:00Z"));
    days[14] = day(QDate(2026, 5, 15), BookingDay::State::Full, QStringLiteral("waiting_list_open"));
    days[17] = day(QDate(2026, 5, 18), BookingDay::State::WaitingList, QStringLiteral("cancellable"));
    days[17].reservationId = QStringLiteral("r3");
    days[17].cancelBy = utc(QStringLiteral("2026-05-14T16:00:00Z"));
    days[13] = day(QDate(2026, 5, 14), BookingDay::State::Closed, QStringLiteral("school_holidays"), 0);
    return days;
}

} // namespace

class TestBookingMonthModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gridOfWeeks();
    void cellsSayEveryState();
    void choosingDays();
    void nextDeadlineAndCountdown();
    void anotherMonthForgetsTheChoice();
    void patternPreview();

private:
    BookingMonthModel m_model;
};

void TestBookingMonthModel::initTestCase()
{
    ClientFixture::applyStyle(); // the French translator and locale, as the client runs
    new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestBookingMonthModel::gridOfWeeks()
{
    m_model.setMonth(QDate(2026, 5, 20), may());
    QCOMPARE(m_model.month(), QDate(2026, 5, 1));
    // Friday 1 May to Sunday 31 May: weeks of 27 April .. 25 May.
    QCOMPARE(m_model.rowCount(), 5);
    QCOMPARE(m_model.columnCount(), 7);
    QCOMPARE(m_model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("lundi"));
    QCOMPARE(m_model.headerData(6, Qt::Horizontal).toString(), QStringLiteral("dimanche"));
    QCOMPARE(m_model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Semaine 18"));
    QVERIFY(!m_model.dateAt(m_model.index(0, 0)).isValid()); // 27 April
    QCOMPARE(m_model.index(0, 0).data().toString(), QString());
    QCOMPARE(m_model.dateAt(m_model.index(0, 4)), QDate(2026, 5, 1));
    QCOMPARE(m_model.indexOf(QDate(2026, 5, 31)), m_model.index(4, 6));
    QVERIFY(!m_model.indexOf(QDate(2026, 6, 1)).isValid());
    // June 2026 starts on a Monday and takes 5 rows; August 2026 (Saturday 1st) takes 6.
    m_model.setMonth(QDate(2026, 8, 1), {});
    QCOMPARE(m_model.rowCount(), 6);
    m_model.setMonth(QDate(2026, 6, 1), {});
    QCOMPARE(m_model.rowCount(), 5);
    QCOMPARE(m_model.index(0, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("lundi 1 juin 2026, aucune information"));
}

void TestBookingMonthModel::cellsSayEveryState()
{
    m_model.setMonth(QDate(2026, 5, 1), may());
    const auto cell = [this](int dayOfMonth, int role) {
        return m_model.indexOf(QDate(2026, 5, dayOfMonth)).data(role).toString();
    };
    QCOMPARE(cell(12, Qt::DisplayRole), fr(QStringLiteral("12\n✓ Réservé\n3,30 €")));
    QCOMPARE(cell(12, Qt::AccessibleTextRole),
             fr(QStringLiteral("mardi 12 mai 2026, réservé, annulable jusqu'au jeudi 7 mai à 18 h, 3,30 €")));
    QCOMPARE(cell(12, Qt::ToolTipRole), cell(12, Qt::AccessibleTextRole));
    QCOMPARE(cell(11, Qt::AccessibleTextRole),
             fr(QStringLiteral("lundi 11 mai 2026, réservé, plus annulable (depuis le lundi 4 mai à 10 h), 3,30 €")));
    QCOMPARE(cell(19, Qt::DisplayRole), fr(QStringLiteral("19\n○ Libre\n3,30 €")));
    QCOMPARE(cell(19, Qt::AccessibleTextRole),
             fr(QStringLiteral("mardi 19 mai 2026, réservable jusqu'au jeudi 7 mai à 9 h, 3,30 €")));
    QCOMPARE(cell(7, Qt::DisplayRole), fr(QStringLiteral("7\n○ Majoré\n4,80 €")));
    QCOMPARE(cell(7, Qt::AccessibleTextRole),
             fr(QStringLiteral("jeudi 7 mai 2026, réservable avec majoration de 1,50 € jusqu'au mercredi 6 mai à 10 h, "
                               "4,80 €")));
    QCOMPARE(cell(13, Qt::DisplayRole), fr(QStringLiteral("13\n— Fermé")));
    QCOMPARE(cell(13, Qt::AccessibleTextRole),
             fr(QStringLiteral("mercredi 13 mai 2026, fermé : ")) + m_model.day(QDate(2026, 5, 13))->reasonText());
    QVERIFY(cell(1, Qt::AccessibleTextRole).startsWith(fr(QStringLiteral("vendredi 1 mai 2026, fermé : "))));
    QVERIFY(cell(1, Qt::AccessibleTextRole).contains(QStringLiteral("1er mai"), Qt::CaseInsensitive)
            || cell(1, Qt::AccessibleTextRole).contains(QStringLiteral("Fête du travail"), Qt::CaseInsensitive));
    QCOMPARE(cell(5, Qt::DisplayRole), fr(QStringLiteral("5\n✕ Trop tard\n3,30 €")));
    QCOMPARE(cell(5, Qt::AccessibleTextRole),
             QStringLiteral("mardi 5 mai 2026, délai de réservation dépassé (jeudi 30 avril à 9 h)"));
    QCOMPARE(cell(15, Qt::DisplayRole), fr(QStringLiteral("15\n● Complet\n3,30 €")));
    QVERIFY(cell(15, Qt::AccessibleTextRole).startsWith(fr(QStringLiteral("vendredi 15 mai 2026, complet : "))));
    QCOMPARE(cell(18, Qt::DisplayRole), fr(QStringLiteral("18\n⧗ Attente\n3,30 €")));
    QCOMPARE(cell(18, Qt::AccessibleTextRole),
             fr(QStringLiteral("lundi 18 mai 2026, en liste d'attente, peut être retiré jusqu'au jeudi 14 mai à 18 h, "
                               "3,30 €")));
    QCOMPARE(cell(4, Qt::DisplayRole), QStringLiteral("4\nJustifiée"));
    QCOMPARE(cell(4, Qt::AccessibleTextRole),
             fr(QStringLiteral("lundi 4 mai 2026, passé, présence : Absence justifiée")));

    const QModelIndex booked = m_model.indexOf(QDate(2026, 5, 12));
    QCOMPARE(booked.data(BookingMonthModel::StateRole).toString(), QStringLiteral("booked"));
    QCOMPARE(booked.data(BookingMonthModel::ReservationIdRole).toString(), QStringLiteral("r1"));
    QVERIFY(booked.data(BookingMonthModel::CancellableRole).toBool());
    QVERIFY(!m_model.indexOf(QDate(2026, 5, 11)).data(BookingMonthModel::CancellableRole).toBool());
    QVERIFY(m_model.indexOf(QDate(2026, 5, 18)).data(BookingMonthModel::CancellableRole).toBool());
    QCOMPARE(m_model.indexOf(QDate(2026, 5, 7)).data(BookingMonthModel::PriceCentsRole).toLongLong(), 480);
}

void TestBookingMonthModel::choosingDays()
{
    m_model.setMonth(QDate(2026, 5, 1), may());
    m_model.clearChosen();
    QSignalSpy chosen(&m_model, &BookingMonthModel::chosenChanged);
    QVERIFY(!m_model.toggleChosen(m_model.indexOf(QDate(2026, 5, 12)))); // booked
    QVERIFY(!m_model.toggleChosen(m_model.indexOf(QDate(2026, 5, 13)))); // closed
    QVERIFY(!m_model.toggleChosen(m_model.index(0, 0))); // April
    QCOMPARE(chosen.size(), 0);
    QVERIFY(m_model.toggleChosen(m_model.indexOf(QDate(2026, 5, 19))));
    QVERIFY(m_model.toggleChosen(m_model.indexOf(QDate(2026, 5, 7))));
    QCOMPARE(m_model.chosen(), (QList<QDate> { QDate(2026, 5, 7), QDate(2026, 5, 19) }));
    QCOMPARE(m_model.chosenTotalCents(), 330 + 480);
    QCOMPARE(m_model.indexOf(QDate(2026, 5, 19)).data().toString(), fr(QStringLiteral("19\n☑ Choisi\n3,30 €")));
    QCOMPARE(m_model.indexOf(QDate(2026, 5, 19)).data(Qt::AccessibleTextRole).toString(),
             fr(QStringLiteral("mardi 19 mai 2026, réservable jusqu'au jeudi 7 mai à 9 h, 3,30 €, choisi pour "
                               "réservation")));
    QVERIFY(m_model.toggleChosen(m_model.indexOf(QDate(2026, 5, 19))));
    QCOMPARE(m_model.chosen(), QList<QDate> { QDate(2026, 5, 7) });
    QCOMPARE(chosen.size(), 3);

    // The server's new days: 7 May booked meanwhile, so no longer chosen.
    QList<BookingDay> days = may();
    days[6] = day(QDate(2026, 5, 7), BookingDay::State::Booked, QStringLiteral("cancellable"));
    m_model.setMonth(QDate(2026, 5, 1), days);
    QVERIFY(m_model.chosen().isEmpty());
}

void TestBookingMonthModel::nextDeadlineAndCountdown()
{
    m_model.setMonth(QDate(2026, 5, 1), may());
    const QDateTime now = utc(QStringLiteral("2026-05-04T09:59:00Z"));
    const auto next = m_model.nextDeadline(now);
    QVERIFY(next);
    // The late booking of Thursday 7 May closes first: Wednesday 6 May at 10:00 Paris.
    QCOMPARE(next->kind, BookingMonthModel::Deadline::Kind::Book);
    QCOMPARE(next->day, QDate(2026, 5, 7));
    QCOMPARE(next->at, utc(QStringLiteral("2026-05-06T08:00:00Z")));
    QCOMPARE(BookingText::countdown(now, next->at), QStringLiteral("dans 1 jour 22 heures"));
    QCOMPARE(BookingText::countdown(now, now.addSecs(45 * 60)), QStringLiteral("dans 45 minutes"));
    QCOMPARE(BookingText::countdown(now, now.addSecs(3 * 3600 + 60)), QStringLiteral("dans 3 heures 1 minute"));
    QCOMPARE(BookingText::countdown(now, now.addDays(2)), QStringLiteral("dans 2 jours"));
    // After every deadline of the month.
    QVERIFY(!m_model.nextDeadline(utc(QStringLiteral("2026-05-31T00:00:00Z"))));
}

void TestBookingMonthModel::anotherMonthForgetsTheChoice()
{
    m_model.setMonth(QDate(2026, 5, 1), may());
    QVERIFY(m_model.toggleChosen(m_model.indexOf(QDate(2026, 5, 19))));
    m_model.setMonth(QDate(2026, 6, 1), {});
    QVERIFY(m_model.chosen().isEmpty());
    QCOMPARE(m_model.chosenTotalCents(), 0);
}

void TestBookingMonthModel::patternPreview()
{
    const QList<BookingDay> days = may();
    PatternDialog dialog(QDate(2026, 5, 4), QDate(2026, 5, 31),
                         [&days](const QDate& date) -> std::optional<BookingDay> {
                             for (const BookingDay& d : days) {
                                 if (d.date == date)
                                     return d;
                             }
                             return std::nullopt;
                         });
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("patternPreview"));
    auto* next = dialog.findChild<QPushButton*>(QStringLiteral("patternContinueButton"));
    QVERIFY(preview && next);
    QVERIFY(!next->isEnabled()); // no weekday yet
    // No error before the person acted: a weekday ticked then unticked says it.
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("patternError"));
    QVERIFY(error->isHidden());
    dialog.weekdayBox(1)->setChecked(true);
    dialog.weekdayBox(1)->setChecked(false);
    QVERIFY(!error->isHidden() && error->text().contains(QStringLiteral("Jours")));
    dialog.weekdayBox(2)->setChecked(true); // Tuesdays
    dialog.weekdayBox(3)->setChecked(true); // Wednesdays: closed
    // Tuesdays 5 (deadline passed), 12 (booked), 19, 26 (bookable); Wednesdays all closed.
    QCOMPARE(dialog.expectedCents(), 660);
    QCOMPARE(dialog.expectedLines(),
             (QStringList { fr(QStringLiteral("mardi 19 mai 2026, 3,30 €")),
                            fr(QStringLiteral("mardi 26 mai 2026, 3,30 €")) }));
    QVERIFY(preview->text().startsWith(fr(QStringLiteral("Seraient réservés (2 jours, 6,60 €) :"))));
    QVERIFY(preview->text().contains(fr(QStringLiteral("mercredi 13 mai 2026, fermé : "))));
    QVERIFY(preview->text().contains(QStringLiteral("mardi 12 mai 2026, réservé")));
    QVERIFY(next->isEnabled());
    dialog.findChild<QRadioButton*>(QStringLiteral("patternOddWeeks"))->setChecked(true);
    // ISO weeks 19 (4 May), 21 (18 May): Tuesday 5 and 19 May.
    QCOMPARE(dialog.expectedCents(), 330);
    QCOMPARE(dialog.pattern().weeks, BookingPattern::Weeks::Odd);
    QCOMPARE(dialog.pattern().weekdays, (QList<int> { 2, 3 }));
    QCOMPARE(ClientFixture::unnamedControls(&dialog), QStringList());
}

QTEST_MAIN(TestBookingMonthModel)
#include "tst_bookingmonthmodel.moc"
