#include <QTest>

#include "models/FieldCodes.h"
#include "models/IncomeRule.h"

using namespace citoyens;

// The income rule of a service request: what it asks, what it refuses, what it computes.
class TestIncomeRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void assessesQuotientAndBracket();
    void serviceWithoutIncomeAsksNothing();
};

static Service withIncome(bool needsIncome)
{
    Service s;
    s.id = QStringLiteral("svc");
    s.needsIncome = needsIncome;
    s.brackets = { { 399, QStringLiteral("inf 399") }, { std::nullopt, QStringLiteral("sup 399") } };
    return s;
}

void TestIncomeRule::check_data()
{
    QTest::addColumn<qint64>("income"); // -1: not given
    QTest::addColumn<int>("halves"); // -1: not given
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("valid") << qint64(23500) << 5 << QString() << QString();
    QTest::newRow("no income") << qint64(-1) << 4 << QStringLiteral("fiscalIncomeEuros") << FieldCode::Required;
    QTest::newRow("no parts") << qint64(1000) << -1 << QStringLiteral("fiscalPartsHalves") << FieldCode::Required;
    QTest::newRow("income too large") << qint64(10'000'001) << 4 << QStringLiteral("fiscalIncomeEuros")
                                      << FieldCode::TooLarge;
    QTest::newRow("parts below one") << qint64(1000) << 1 << QStringLiteral("fiscalPartsHalves")
                                     << FieldCode::InvalidParts;
}

void TestIncomeRule::check()
{
    QFETCH(qint64, income);
    QFETCH(int, halves);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const FieldErrors errors
        = IncomeRule::check(withIncome(true), income < 0 ? std::nullopt : std::optional<qint64>(income),
                            halves < 0 ? std::nullopt : std::optional<int>(halves));
    if (field.isEmpty()) {
        QVERIFY(errors.isEmpty());
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
}

void TestIncomeRule::assessesQuotientAndBracket()
{
    const IncomeAssessment a = IncomeRule::assess(withIncome(true), qint64(12000), 4);
    QCOMPARE(a.fiscalIncomeEuros, std::optional<qint64>(12000));
    QCOMPARE(a.fiscalPartsHalves, std::optional<int>(4));
    QCOMPARE(a.quotient, std::optional<int>(500)); // 12000 / 12 / 2
    QCOMPARE(a.bracketLabel, QStringLiteral("sup 399"));
    QCOMPARE(IncomeRule::assess(withIncome(true), qint64(4788), 2).bracketLabel, QStringLiteral("inf 399"));
}

void TestIncomeRule::serviceWithoutIncomeAsksNothing()
{
    QVERIFY(IncomeRule::check(withIncome(false), std::nullopt, std::nullopt).isEmpty());
    const IncomeAssessment a = IncomeRule::assess(withIncome(false), qint64(12000), 4);
    QVERIFY(!a.fiscalIncomeEuros && !a.fiscalPartsHalves && !a.quotient);
    QVERIFY(a.bracketLabel.isEmpty());
}

QTEST_GUILESS_MAIN(TestIncomeRule)
#include "tst_incomerule.moc"
