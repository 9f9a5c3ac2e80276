// Dates typed as French people type them: the forms' birth dates and Pointage's day.
#include "models/FrenchDate.h"

#include <QTest>

using namespace citoyens;

class TestFrenchDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void TestFrenchDate::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QDate d(2019, 3, 14);
    QTest::newRow("slashes") << QStringLiteral("14/03/2019") << d;
    QTest::newRow("eight digits") << QStringLiteral("14032019") << d;
    QTest::newRow("dashes") << QStringLiteral("14-03-2019") << d;
    QTest::newRow("dots") << QStringLiteral("14.03.2019") << d;
    QTest::newRow("spaces") << QStringLiteral("14 03 2019") << d;
    QTest::newRow("short month") << QStringLiteral("14/3/2019") << d;
    QTest::newRow("short day") << QStringLiteral("1/3/2019") << QDate(2019, 3, 1);
    QTest::newRow("padded") << QStringLiteral("  21/12/2026 ") << QDate(2026, 12, 21);
    QTest::newRow("leap day") << QStringLiteral("29/02/2024") << QDate(2024, 2, 29);
}

void TestFrenchDate::accepted()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto date = parseFrenchDate(text);
    QVERIFY(date.has_value());
    QCOMPARE(*date, expected);
}

void TestFrenchDate::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("two-digit year") << QStringLiteral("14/03/19");
    QTest::newRow("american order") << QStringLiteral("03/14/2019");
    QTest::newRow("no such day") << QStringLiteral("31/02/2019");
    QTest::newRow("not a leap year") << QStringLiteral("29/02/2023");
    QTest::newRow("mixed separators") << QStringLiteral("14/03-2019");
    QTest::newRow("iso") << QStringLiteral("2019-03-14");
    QTest::newRow("seven digits") << QStringLiteral("1432019");
    QTest::newRow("letters") << QStringLiteral("14 mars 2019");
}

void TestFrenchDate::refused()
{
    QFETCH(QString, text);
    QVERIFY(!parseFrenchDate(text).has_value());
}

QTEST_APPLESS_MAIN(TestFrenchDate)
#include "tst_frenchdate.moc"
