// « Pointage »'s wire types and table: the day's list read from the contract's JSON (and refused
// when it is not), the model under QAbstractItemModelTester through a list, a mark being recorded,
// the server's answer and a new day, and the counts above the list.
#include "itemmodels/AttendanceTableModel.h"
#include "models/Attendance.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace citoyens;

namespace {

QJsonObject child(const QString& id, const QString& first, const QString& last, const QJsonValue& attendance,
                  const QString& birth = QStringLiteral("2018-03-12"))
{
    return QJsonObject {
        { QStringLiteral("reservationId"), id },
        { QStringLiteral("beneficiaryId"), QStringLiteral("b-") + id },
        { QStringLiteral("firstName"), first },
        { QStringLiteral("lastName"), last },
        { QStringLiteral("birthDate"), birth },
        { QStringLiteral("citizenName"), QStringLiteral("Famille ") + last },
        { QStringLiteral("attendance"), attendance },
    };
}

QJsonObject dayList()
{
    return QJsonObject {
        { QStringLiteral("serviceId"), QStringLiteral("bains-reservation-repas-enfants") },
        { QStringLiteral("serviceName"), QStringLiteral("Réservation repas enfants") },
        { QStringLiteral("date"), QStringLiteral("2026-03-10") },
        { QStringLiteral("itemId"), QStringLiteral("repas-enfant") },
        { QStringLiteral("itemLabel"), QStringLiteral("Repas enfant") },
        { QStringLiteral("items"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("repas-enfant") },
                                     { QStringLiteral("label"), QStringLiteral("Repas enfant") } } } },
        { QStringLiteral("children"),
          QJsonArray {
              child(QStringLiteral("r1"), QStringLiteral("Léa"), QStringLiteral("Bernard"), QJsonValue::Null),
              child(QStringLiteral("r2"), QStringLiteral("Hugo"), QStringLiteral("Martin"), QStringLiteral("present")),
              child(QStringLiteral("r3"), QStringLiteral("Inès"), QStringLiteral("Petit"), QStringLiteral("absent"),
                    QStringLiteral("2019-03-10")),
              child(QStringLiteral("r4"), QStringLiteral("Noah"), QStringLiteral("Roux"), QStringLiteral("excused")),
          } },
    };
}

} // namespace

class TestAttendanceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDaysList();
    void refusesWhatIsNotTheContract_data();
    void refusesWhatIsNotTheContract();
    void ageOnTheDay();
    void countsOfEveryState_data();
    void countsOfEveryState();
    void countsInWords();
    void modelThroughADay();
};

void TestAttendanceModel::readsTheDaysList()
{
    FieldErrors errors;
    const auto list = AttendanceList::fromJson(dayList(), &errors);
    QVERIFY2(list, qPrintable(QJsonDocument(dayList()).toJson()));
    QVERIFY(errors.isEmpty());
    QCOMPARE(list->serviceId, QStringLiteral("bains-reservation-repas-enfants"));
    QCOMPARE(list->date, QDate(2026, 3, 10));
    QCOMPARE(list->itemLabel, QStringLiteral("Repas enfant"));
    QCOMPARE(list->items.size(), 1);
    QCOMPARE(list->items.first().id, QStringLiteral("repas-enfant"));
    QCOMPARE(list->children.size(), 4);
    QCOMPARE(list->children.at(0).attendance, QString()); // null: not marked yet
    QCOMPARE(list->children.at(1).attendance, AttendanceWord::Present);
    QCOMPARE(list->children.at(3).attendance, AttendanceWord::Excused);
    QCOMPARE(list->children.at(2).birthDate, QDate(2019, 3, 10));
    QCOMPARE(list->children.at(2).citizenName, QStringLiteral("Famille Petit"));
    // The PUT's answer: one child's row.
    const auto row = AttendanceChild::fromJson(
        child(QStringLiteral("r1"), QStringLiteral("Léa"), QStringLiteral("Bernard"), QStringLiteral("present")));
    QVERIFY(row);
    QCOMPARE(row->attendance, AttendanceWord::Present);
}

void TestAttendanceModel::refusesWhatIsNotTheContract_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown word") << "attendance" << QJsonValue(QStringLiteral("late")) << "children[1].attendance";
    QTest::newRow("no reservation") << "reservationId" << QJsonValue() << "children[1].reservationId";
    QTest::newRow("bad birth date") << "birthDate" << QJsonValue(QStringLiteral("10/03/2019"))
                                    << "children[1].birthDate";
    QTest::newRow("no last name") << "lastName" << QJsonValue(42) << "children[1].lastName";
}

void TestAttendanceModel::refusesWhatIsNotTheContract()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    QJsonObject json = dayList();
    QJsonArray children = json.value(QStringLiteral("children")).toArray();
    QJsonObject second = children.at(1).toObject();
    if (value.isUndefined())
        second.remove(field);
    else
        second.insert(field, value);
    children.replace(1, second);
    json.insert(QStringLiteral("children"), children);
    FieldErrors errors;
    QVERIFY(!AttendanceList::fromJson(json, &errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, named);
    // A list without children, or without its date, is not a day's list.
    json = dayList();
    json.remove(QStringLiteral("date"));
    QVERIFY(!AttendanceList::fromJson(json));
    json = dayList();
    json.remove(QStringLiteral("children"));
    QVERIFY(!AttendanceList::fromJson(json));
}

void TestAttendanceModel::ageOnTheDay()
{
    AttendanceChild c;
    QCOMPARE(c.ageOn(QDate(2026, 3, 10)), -1);
    c.birthDate = QDate(2019, 3, 10);
    QCOMPARE(c.ageOn(QDate(2026, 3, 9)), 6);
    QCOMPARE(c.ageOn(QDate(2026, 3, 10)), 7); // the birthday itself
    c.birthDate = QDate(2020, 2, 29);
    QCOMPARE(c.ageOn(QDate(2026, 2, 28)), 5);
    QCOMPARE(c.ageOn(QDate(2026, 3, 1)), 6);
    QCOMPARE(c.ageOn(QDate(2019, 1, 1)), -1); // before birth
}

void TestAttendanceModel::countsOfEveryState_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<int>>("expected"); // registered, present, absent, excused, unmarked
    QTest::newRow("none") << QStringList {} << QList<int> { 0, 0, 0, 0, 0 };
    QTest::newRow("all unmarked") << QStringList { QString(), QString() } << QList<int> { 2, 0, 0, 0, 2 };
    QTest::newRow("mixed") << QStringList { "present", "present", "absent", "excused", QString() }
                           << QList<int> { 5, 2, 1, 1, 1 };
    QTest::newRow("all present") << QStringList { "present", "present", "present" } << QList<int> { 3, 3, 0, 0, 0 };
}

void TestAttendanceModel::countsOfEveryState()
{
    QFETCH(QStringList, words);
    QFETCH(QList<int>, expected);
    QList<AttendanceChild> children;
    for (int i = 0; i < words.size(); ++i)
        children.append({ QString::number(i), {}, QStringLiteral("A"), QStringLiteral("B"), {}, {}, words.at(i) });
    const AttendanceCounts counts = AttendanceCounts::of(children);
    QCOMPARE((QList<int> { counts.registered, counts.present, counts.absent, counts.excused, counts.unmarked }),
             expected);
}

void TestAttendanceModel::countsInWords()
{
    // English source words (no translator here): the French ones are checked by tst_attendanceflow.
    QCOMPARE(AttendanceTableModel::countsText({ 12, 9, 2, 0, 1 }),
             QStringLiteral("12 registered · 9 present · 2 absent · 1 not marked"));
    QCOMPARE(AttendanceTableModel::countsText({ 12, 9, 1, 1, 1 }),
             QStringLiteral("12 registered · 9 present · 2 absent (1 justified) · 1 not marked"));
    QCOMPARE(AttendanceTableModel::attendanceText(QString()), QStringLiteral("Not marked"));
    QCOMPARE(AttendanceTableModel::attendanceText(AttendanceWord::Excused), QStringLiteral("Justified absence"));
}

void TestAttendanceModel::modelThroughADay()
{
    AttendanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AttendanceTableModel::ColumnCount));
    QCOMPARE(model.headerData(AttendanceTableModel::Attendance, Qt::Horizontal).toString(),
             QStringLiteral("Attendance"));

    const auto list = AttendanceList::fromJson(dayList());
    QVERIFY(list);
    model.setChildren(list->date, list->children);
    QCOMPARE(model.rowCount(), 4);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, AttendanceTableModel::LastName).toString(), QStringLiteral("Bernard"));
    QCOMPARE(cell(0, AttendanceTableModel::FirstName).toString(), QStringLiteral("Léa"));
    QCOMPARE(cell(0, AttendanceTableModel::Family).toString(), QStringLiteral("Famille Bernard"));
    QCOMPARE(cell(0, AttendanceTableModel::Attendance).toString(), QStringLiteral("Not marked"));
    QCOMPARE(cell(1, AttendanceTableModel::Attendance).toString(), QStringLiteral("Present"));
    QCOMPARE(cell(2, AttendanceTableModel::Attendance).toString(), QStringLiteral("Absent"));
    QCOMPARE(cell(3, AttendanceTableModel::Attendance).toString(), QStringLiteral("Justified absence"));
    // Inès turns 7 on the day itself.
    QVERIFY2(cell(2, AttendanceTableModel::Age).toString().startsWith(QStringLiteral("7 year")),
             qPrintable(cell(2, AttendanceTableModel::Age).toString()));
    QVERIFY2(cell(2, AttendanceTableModel::Age, Qt::AccessibleTextRole).toString().contains(QStringLiteral("born on")),
             qPrintable(cell(2, AttendanceTableModel::Age, Qt::AccessibleTextRole).toString()));
    QCOMPARE(cell(1, 0, AttendanceTableModel::ReservationIdRole).toString(), QStringLiteral("r2"));
    QCOMPARE(model.rowOf(QStringLiteral("r3")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.counts(), (AttendanceCounts { 4, 1, 1, 1, 1 }));

    // A mark being sent: said so in the row, the recorded state unchanged until the answer.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPending(QStringLiteral("r1"), AttendanceWord::Present);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().column(), AttendanceTableModel::ColumnCount - 1);
    QCOMPARE(cell(0, AttendanceTableModel::Attendance).toString(), QStringLiteral("Recording: Present…"));
    QCOMPARE(cell(0, 0, AttendanceTableModel::PendingRole).toString(), AttendanceWord::Present);
    QCOMPARE(cell(0, 0, AttendanceTableModel::AttendanceRole).toString(), QString());
    QCOMPARE(model.counts().unmarked, 1);
    // It failed: the previous state again.
    model.setPending(QStringLiteral("r1"), {});
    QCOMPARE(cell(0, AttendanceTableModel::Attendance).toString(), QStringLiteral("Not marked"));
    // The server's answer replaces the row in place.
    AttendanceChild lea = model.childAt(0);
    lea.attendance = AttendanceWord::Present;
    model.updateChild(lea);
    QCOMPARE(cell(0, AttendanceTableModel::Attendance).toString(), QStringLiteral("Present"));
    QCOMPARE(model.counts(), (AttendanceCounts { 4, 2, 1, 1, 0 }));
    // An answer for a child no longer listed (another day shown meanwhile) changes nothing.
    AttendanceChild stranger = lea;
    stranger.reservationId = QStringLiteral("elsewhere");
    changed.clear();
    model.updateChild(stranger);
    model.setPending(QStringLiteral("elsewhere"), AttendanceWord::Absent);
    QCOMPARE(changed.size(), 0);

    // Another day: a reset, pending marks forgotten.
    model.setPending(QStringLiteral("r2"), AttendanceWord::Absent);
    model.setChildren(QDate(2026, 3, 12), list->children.mid(0, 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.date(), QDate(2026, 3, 12));
    QCOMPARE(cell(1, 0, AttendanceTableModel::PendingRole).toString(), QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.date().isValid());
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestAttendanceModel)
#include "tst_attendancemodel.moc"
