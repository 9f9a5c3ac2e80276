#include <QTest>

#include "models/PasswordPolicy.h"
#include "models/Validation.h"

using citoyens::PasswordPolicy;
using Rule = citoyens::PasswordPolicy::Rule;

Q_DECLARE_METATYPE(QList<citoyens::PasswordPolicy::Rule>)

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failures_data();
    void failures();
    void codesAreStableAndDistinct();
    void validationReportsEachRuleSeparately();
    void tooLongIsRejectedButLongIsFine();
};

void TestPasswordPolicy::failures_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QList<Rule>>("expected");

    QTest::newRow("meets every rule") << QStringLiteral("Citoyens-2026!") << QList<Rule> {};
    // Each seed rule failing alone.
    QTest::newRow("11 characters") << QStringLiteral("Citoyen-26!") << QList<Rule> { Rule::MinLength };
    QTest::newRow("no digit") << QStringLiteral("Citoyens-Puy!") << QList<Rule> { Rule::DigitAndLetter };
    QTest::newRow("no letter") << QStringLiteral("2026-1234-99!")
                               << QList<Rule> { Rule::DigitAndLetter, Rule::UpperAndLower };
    QTest::newRow("no upper-case") << QStringLiteral("citoyens-2026!") << QList<Rule> { Rule::UpperAndLower };
    QTest::newRow("no lower-case") << QStringLiteral("CITOYENS-2026!") << QList<Rule> { Rule::UpperAndLower };
    QTest::newRow("no special") << QStringLiteral("Citoyens2026ab") << QList<Rule> { Rule::Special };
    QTest::newRow("empty") << QString()
                           << QList<Rule> { Rule::MinLength, Rule::DigitAndLetter, Rule::UpperAndLower, Rule::Special };
    QTest::newRow("legacy demo password")
        << QStringLiteral("puyenvelay")
        << QList<Rule> { Rule::MinLength, Rule::DigitAndLetter, Rule::UpperAndLower, Rule::Special };
    // Unicode: accented letters count as letters and cases, a space as a special character.
    QTest::newRow("accented letters") << QStringLiteral("Élodie été 2026") << QList<Rule> {};
    QTest::newRow("accented upper only") << QStringLiteral("ÉLODIE-ÉTÉ-2026") << QList<Rule> { Rule::UpperAndLower };
    QTest::newRow("vietnamese") << QStringLiteral("Ngọc Ánh 1999 ok") << QList<Rule> {};
    QTest::newRow("greek letters") << QStringLiteral("Αθήνα-Πόλη-2024") << QList<Rule> {};
    // 12 code points, of which one is outside the BMP (two UTF-16 units): exactly long enough.
    QTest::newRow("emoji counts once") << QString::fromUtf8("Abcdefgh1-\xF0\x9F\x98\x80x") << QList<Rule> {};
    // 11 code points but 12 UTF-16 units: too short.
    QTest::newRow("emoji not double counted")
        << QString::fromUtf8("Abcdefg1-\xF0\x9F\x98\x80x") << QList<Rule> { Rule::MinLength };
    QTest::newRow("arabic digits are digits") << QStringLiteral("Motdepasse-٣٤٥") << QList<Rule> {};
    QTest::newRow("128 characters") << (QStringLiteral("Aa1!") + QString(124, QLatin1Char('x'))) << QList<Rule> {};
    QTest::newRow("1000 characters") << (QStringLiteral("Aa1!") + QString(996, QLatin1Char('x'))) << QList<Rule> {};
}

void TestPasswordPolicy::failures()
{
    QFETCH(QString, password);
    QFETCH(QList<Rule>, expected);
    QCOMPARE(PasswordPolicy::failures(password), expected);
    QCOMPARE(PasswordPolicy::isAcceptable(password), expected.isEmpty());
    for (Rule rule : PasswordPolicy::rules())
        QCOMPARE(PasswordPolicy::satisfies(password, rule), !expected.contains(rule));
}

void TestPasswordPolicy::codesAreStableAndDistinct()
{
    QStringList codes;
    for (Rule rule : PasswordPolicy::rules())
        codes << PasswordPolicy::code(rule);
    // These words travel in the API's problem+json: changing one breaks every client.
    QCOMPARE(codes,
             QStringList({ QStringLiteral("min_length"), QStringLiteral("digit_and_letter"),
                           QStringLiteral("upper_and_lower"), QStringLiteral("special_character") }));
}

void TestPasswordPolicy::validationReportsEachRuleSeparately()
{
    const citoyens::FieldErrors errors
        = citoyens::Validation::password(QStringLiteral("abc"), QStringLiteral("newPassword"));
    QCOMPARE(errors.size(), 4);
    for (const citoyens::FieldError& e : errors)
        QCOMPARE(e.field, QStringLiteral("newPassword"));
    QCOMPARE(errors.at(0).code, QStringLiteral("min_length"));
    QCOMPARE(errors.at(3).code, QStringLiteral("special_character"));
    QCOMPARE(citoyens::Validation::password({}).value(0).code, QStringLiteral("required"));
}

void TestPasswordPolicy::tooLongIsRejectedButLongIsFine()
{
    const QString atLimit = QStringLiteral("Aa1!") + QString(PasswordPolicy::MaxLength - 4, QLatin1Char('x'));
    QVERIFY(citoyens::Validation::password(atLimit).isEmpty());
    const QString over = atLimit + QLatin1Char('x');
    QCOMPARE(citoyens::Validation::password(over).value(0).code, QStringLiteral("too_long"));
}

QTEST_APPLESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
