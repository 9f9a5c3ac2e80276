#include <QTest>

#include "models/Quotient.h"
#include "models/Validation.h"

using namespace citoyens;

// The quotient familial and the brackets of the web platform, case by case.
class TestQuotient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familial_data();
    void familial();
    void bracket_data();
    void bracket();
    void bracketWithoutOpenEnd();
    void incomeText_data();
    void incomeText();
    void partsText_data();
    void partsText();
};

static QList<TariffBracket> demoBrackets()
{
    return { { 399, QStringLiteral("inf 399") },
             { 699, QStringLiteral("400 à 699") },
             { 999, QStringLiteral("700 à 999") },
             { std::nullopt, QStringLiteral("sup 999") } };
}

void TestQuotient::familial_data()
{
    QTest::addColumn<qint64>("income");
    QTest::addColumn<int>("halves");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::newRow("48000 / 2 parts") << qint64(48000) << 4 << 2000;
    QTest::newRow("rounded down") << qint64(10000) << 2 << 833; // 833.33
    QTest::newRow("just below next euro") << qint64(11999) << 2 << 999; // 999.92
    QTest::newRow("2.5 parts") << qint64(30000) << 5 << 1000;
    QTest::newRow("1.5 parts, down") << qint64(10000) << 3 << 555; // 555.55
    QTest::newRow("zero income") << qint64(0) << 2 << 0;
    QTest::newRow("boundary 399") << qint64(399 * 12) << 2 << 399;
    QTest::newRow("boundary 400") << qint64(400 * 12) << 2 << 400;
    QTest::newRow("max income") << Quotient::MaxIncomeEuros << 2 << 833333;
    QTest::newRow("20 parts") << qint64(24000) << 40 << 100;
    QTest::newRow("negative income") << qint64(-1) << 2 << -1;
    QTest::newRow("income too large") << (Quotient::MaxIncomeEuros + 1) << 2 << -1;
    QTest::newRow("zero parts") << qint64(1000) << 0 << -1;
    QTest::newRow("half a part") << qint64(1000) << 1 << -1;
    QTest::newRow("20.5 parts") << qint64(1000) << 41 << -1;
    QTest::newRow("negative parts") << qint64(1000) << -4 << -1;
}

void TestQuotient::familial()
{
    QFETCH(qint64, income);
    QFETCH(int, halves);
    QFETCH(int, expected);
    const std::optional<int> q = Quotient::familial(income, halves);
    if (expected < 0) {
        QVERIFY(!q.has_value());
        return;
    }
    QVERIFY(q.has_value());
    QCOMPARE(*q, expected);
}

void TestQuotient::bracket_data()
{
    QTest::addColumn<int>("quotient");
    QTest::addColumn<QString>("label");
    QTest::newRow("0") << 0 << QStringLiteral("inf 399");
    QTest::newRow("399") << 399 << QStringLiteral("inf 399");
    QTest::newRow("400") << 400 << QStringLiteral("400 à 699");
    QTest::newRow("699") << 699 << QStringLiteral("400 à 699");
    QTest::newRow("700") << 700 << QStringLiteral("700 à 999");
    QTest::newRow("999") << 999 << QStringLiteral("700 à 999");
    QTest::newRow("1000") << 1000 << QStringLiteral("sup 999");
    QTest::newRow("huge") << 833333 << QStringLiteral("sup 999");
    QTest::newRow("negative") << -1 << QString();
}

void TestQuotient::bracket()
{
    QFETCH(int, quotient);
    QFETCH(QString, label);
    const QList<TariffBracket> brackets = demoBrackets();
    const TariffBracket* b = Quotient::bracketFor(brackets, quotient);
    QCOMPARE(b ? b->label : QString(), label);
}

void TestQuotient::bracketWithoutOpenEnd()
{
    const QList<TariffBracket> closed { { 399, QStringLiteral("inf 399") } };
    QVERIFY(Quotient::bracketFor(closed, 399));
    QVERIFY(!Quotient::bracketFor(closed, 400));
    QVERIFY(!Quotient::bracketFor({}, 0));
}

void TestQuotient::incomeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("euros");
    QTest::newRow("plain") << QStringLiteral("23500") << QString() << qint64(23500);
    QTest::newRow("spaced") << QStringLiteral("23 500") << QString() << qint64(23500);
    QTest::newRow("nbsp") << QStringLiteral("23\u00A0500") << QString() << qint64(23500);
    QTest::newRow("zero") << QStringLiteral("0") << QString() << qint64(0);
    QTest::newRow("empty") << QString() << QStringLiteral("required") << qint64(-1);
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("not_a_number") << qint64(-1);
    QTest::newRow("decimals") << QStringLiteral("100,50") << QStringLiteral("not_a_number") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("negative") << qint64(-1);
    QTest::newRow("too large") << QStringLiteral("10000001") << QStringLiteral("too_large") << qint64(-1);
    QTest::newRow("max") << QStringLiteral("10000000") << QString() << qint64(10000000);
}

void TestQuotient::incomeText()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(qint64, euros);
    qint64 out = -1;
    const FieldErrors errors = Validation::fiscalIncomeText(text, &out);
    QCOMPARE(errors.isEmpty() ? QString() : errors.first().code, code);
    QCOMPARE(out, euros);
    if (!errors.isEmpty())
        QCOMPARE(errors.first().field, QStringLiteral("fiscalIncomeEuros"));
}

void TestQuotient::partsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("halves");
    QTest::newRow("1") << QStringLiteral("1") << QString() << 2;
    QTest::newRow("2,5") << QStringLiteral("2,5") << QString() << 5;
    QTest::newRow("2.5") << QStringLiteral("2.5") << QString() << 5;
    QTest::newRow("3.0") << QStringLiteral("3.0") << QString() << 6;
    QTest::newRow("20") << QStringLiteral("20") << QString() << 40;
    QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("invalid_parts") << -1;
    QTest::newRow("0,5") << QStringLiteral("0,5") << QStringLiteral("invalid_parts") << -1;
    QTest::newRow("2,25") << QStringLiteral("2,25") << QStringLiteral("invalid_parts") << -1;
    QTest::newRow("20,5") << QStringLiteral("20,5") << QStringLiteral("invalid_parts") << -1;
    QTest::newRow("text") << QStringLiteral("deux") << QStringLiteral("not_a_number") << -1;
    QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("required") << -1;
}

void TestQuotient::partsText()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, halves);
    int out = -1;
    const FieldErrors errors = Validation::fiscalPartsText(text, &out);
    QCOMPARE(errors.isEmpty() ? QString() : errors.first().code, code);
    QCOMPARE(out, halves);
    QCOMPARE(Validation::fiscalPartsHalves(1).value(0).code, QStringLiteral("invalid_parts"));
    QVERIFY(Validation::fiscalPartsHalves(2).isEmpty());
}

QTEST_APPLESS_MAIN(TestQuotient)
#include "tst_quotient.moc"
