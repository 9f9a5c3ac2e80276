#include <QTest>

#include "models/Money.h"

using namespace citoyens;

// Amounts in integer cents: written and read the French way, arithmetic that refuses to overflow.
class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toFrench_data();
    void toFrench();
    void parse_data();
    void parse();
    void parseReadsBackWhatItWrites();
    void arithmeticStopsAtTheBound();
    void topUpAmounts();
};

static const QString Nbsp = QString(QChar(0x00A0));
static const QString Nnbsp = QString(QChar(0x202F));

void TestMoney::toFrench_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00") + Nbsp + QStringLiteral("€");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("0,01") + Nbsp + QStringLiteral("€");
    QTest::newRow("ten cents") << qint64(10) << QStringLiteral("0,10") + Nbsp + QStringLiteral("€");
    QTest::newRow("25 euros") << qint64(2500) << QStringLiteral("25,00") + Nbsp + QStringLiteral("€");
    QTest::newRow("meal") << qint64(320) << QStringLiteral("3,20") + Nbsp + QStringLiteral("€");
    QTest::newRow("999,99") << qint64(99999) << QStringLiteral("999,99") + Nbsp + QStringLiteral("€");
    QTest::newRow("thousands") << qint64(123450)
                               << QStringLiteral("1") + Nnbsp + QStringLiteral("234,50") + Nbsp + QStringLiteral("€");
    QTest::newRow("millions") << qint64(123456789)
                              << QStringLiteral("1") + Nnbsp + QStringLiteral("234") + Nnbsp + QStringLiteral("567,89")
            + Nbsp + QStringLiteral("€");
    QTest::newRow("refund shown negative") << qint64(-320) << QStringLiteral("-3,20") + Nbsp + QStringLiteral("€");
}

void TestMoney::toFrench()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).toFrench(), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("euros") << QStringLiteral("25") << qint64(2500);
    QTest::newRow("one decimal") << QStringLiteral("25,5") << qint64(2550);
    QTest::newRow("two decimals") << QStringLiteral("25,05") << qint64(2505);
    QTest::newRow("point") << QStringLiteral("3.20") << qint64(320);
    QTest::newRow("euro sign") << QStringLiteral("25,00 €") << qint64(2500);
    QTest::newRow("euro sign glued") << QStringLiteral("25€") << qint64(2500);
    QTest::newRow("surrounding spaces") << QStringLiteral("  7,5  ") << qint64(750);
    QTest::newRow("grouped") << QStringLiteral("1 234,50") << qint64(123450);
    QTest::newRow("grouped nbsp") << QStringLiteral("1") + Nbsp + QStringLiteral("234") << qint64(123400);
    QTest::newRow("grouped narrow") << QStringLiteral("12") + Nnbsp + QStringLiteral("345,67") << qint64(1234567);
    QTest::newRow("ungrouped thousands") << QStringLiteral("1234") << qint64(123400);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("the bound") << QStringLiteral("10 000 000") << Money::MaxCents;
    QTest::newRow("beyond the bound") << QStringLiteral("10000000,01") << qint64(-1);
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("only euro") << QStringLiteral("€") << qint64(-1);
    QTest::newRow("three decimals") << QStringLiteral("1,234") << qint64(-1);
    QTest::newRow("trailing comma") << QStringLiteral("12,") << qint64(-1);
    QTest::newRow("leading comma") << QStringLiteral(",50") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
    QTest::newRow("plus sign") << QStringLiteral("+5") << qint64(-1);
    QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(-1);
    QTest::newRow("two separators") << QStringLiteral("1,2,3") << qint64(-1);
    QTest::newRow("bad grouping") << QStringLiteral("12 34") << qint64(-1);
    QTest::newRow("group too long first") << QStringLiteral("1234 567") << qint64(-1);
    QTest::newRow("space after decimals") << QStringLiteral("1,2 3") << qint64(-1);
    QTest::newRow("letters") << QStringLiteral("dix") << qint64(-1);
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662") << qint64(-1);
    QTest::newRow("euro then text") << QStringLiteral("5 € 50") << qint64(-1);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<Money> money = Money::parse(text);
    if (expected < 0) {
        QVERIFY2(!money, qPrintable(text));
    } else {
        QVERIFY2(money.has_value(), qPrintable(text));
        QCOMPARE(money->cents(), expected);
    }
}

void TestMoney::parseReadsBackWhatItWrites()
{
    for (qint64 cents : { qint64(0), qint64(5), qint64(99), qint64(100), qint64(123456), Money::MaxCents }) {
        const Money m = Money::fromCents(cents);
        QCOMPARE(Money::parse(m.toFrench()), std::optional<Money>(m));
        QCOMPARE(Money::parse(m.toFrenchNumber()), std::optional<Money>(m));
    }
}

void TestMoney::arithmeticStopsAtTheBound()
{
    const Money meal = Money::fromCents(320);
    QCOMPARE(meal.times(5), std::optional<Money>(Money::fromCents(1600)));
    QCOMPARE(meal.times(0), std::optional<Money>(Money()));
    QCOMPARE(meal.times(-2), std::optional<Money>(Money::fromCents(-640)));
    QVERIFY(!meal.times(std::numeric_limits<qint64>::max()));
    QVERIFY(!meal.times(std::numeric_limits<qint64>::min()));
    QVERIFY(!Money::fromCents(Money::MaxCents).times(2));
    QCOMPARE(Money::fromCents(Money::MaxCents).times(1), std::optional<Money>(Money::fromCents(Money::MaxCents)));
    QVERIFY(!Money::fromCents(Money::MaxCents).plus(Money::fromCents(1)));
    QCOMPARE(Money::fromCents(500).minus(meal), std::optional<Money>(Money::fromCents(180)));
    QCOMPARE(meal.minus(Money::fromCents(500))->isNegative(), true);
    QVERIFY(!Money::checked(Money::MaxCents + 1));
    QVERIFY(!Money::checked(-Money::MaxCents - 1));
}

void TestMoney::topUpAmounts()
{
    QVERIFY(WalletRules::isTopUpAmount(100));
    QVERIFY(WalletRules::isTopUpAmount(5000));
    QVERIFY(!WalletRules::isTopUpAmount(0));
    QVERIFY(!WalletRules::isTopUpAmount(200));
    QVERIFY(!WalletRules::isTopUpAmount(-100));
    QCOMPARE(WalletRules::topUpCovering(1), qint64(100));
    QCOMPARE(WalletRules::topUpCovering(100), qint64(100));
    QCOMPARE(WalletRules::topUpCovering(101), qint64(500));
    QCOMPARE(WalletRules::topUpCovering(2501), qint64(5000));
    QCOMPARE(WalletRules::topUpCovering(9999), qint64(5000));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
