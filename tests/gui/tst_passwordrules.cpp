// The live checklist of the password rules: each rule turns green (with a tick and an
// accessible "met") as soon as the password typed meets it, and back when it no longer does.
#include "widgets/PasswordField.h"
#include "widgets/PasswordRulesWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using citoyens::PasswordField;
using citoyens::PasswordPolicy;
using citoyens::PasswordRulesWidget;

Q_DECLARE_METATYPE(PasswordPolicy::Rule)

class TestPasswordRules : public QObject
{
    Q_OBJECT

private:
    static bool looksMet(const PasswordRulesWidget& w, PasswordPolicy::Rule rule)
    {
        const QLabel* label = w.ruleLabel(rule);
        return label->property("ruleMet").toBool()
            && label->palette().color(QPalette::WindowText) == PasswordRulesWidget::metColor()
            && label->text().startsWith(QChar(0x2714));
    }

private slots:
    void startsUnmet()
    {
        PasswordRulesWidget w;
        for (PasswordPolicy::Rule rule : PasswordPolicy::rules()) {
            QVERIFY(!w.isRuleMet(rule));
            QVERIFY(!looksMet(w, rule));
            QVERIFY(w.ruleLabel(rule)->palette().color(QPalette::WindowText) != PasswordRulesWidget::metColor());
            QVERIFY(!w.ruleLabel(rule)->objectName().isEmpty());
            QVERIFY(!w.ruleLabel(rule)->accessibleName().isEmpty());
        }
    }

    void eachRuleTurnsGreen_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<PasswordPolicy::Rule>("rule");
        QTest::newRow("12 characters") << QStringLiteral("aaaaaaaaaaaa") << PasswordPolicy::Rule::MinLength;
        QTest::newRow("digit and letter") << QStringLiteral("a1") << PasswordPolicy::Rule::DigitAndLetter;
        QTest::newRow("upper and lower") << QStringLiteral("aB") << PasswordPolicy::Rule::UpperAndLower;
        QTest::newRow("special") << QStringLiteral("!") << PasswordPolicy::Rule::Special;
    }

    // Typing into the real field drives the checklist, one rule at a time.
    void eachRuleTurnsGreen()
    {
        QFETCH(QString, password);
        QFETCH(PasswordPolicy::Rule, rule);
        QWidget window;
        auto* field = new PasswordField(QStringLiteral("pw"), QStringLiteral("Mot de passe"), &window);
        auto* rules = new PasswordRulesWidget(&window);
        connect(field, &PasswordField::textChanged, rules, &PasswordRulesWidget::setPassword);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(field->lineEdit(), password);
        QTRY_VERIFY(rules->isRuleMet(rule));
        QVERIFY(looksMet(*rules, rule));
        QVERIFY(rules->ruleLabel(rule)->accessibleName().contains(rules->ruleLabel(rule)->text().mid(3)));
        for (PasswordPolicy::Rule other : PasswordPolicy::rules()) {
            if (other != rule)
                QVERIFY2(!rules->isRuleMet(other), qPrintable(PasswordPolicy::code(other)));
        }
        // Deleting what was typed turns the rule back.
        field->lineEdit()->selectAll();
        QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
        QTRY_VERIFY(!rules->isRuleMet(rule));
        QVERIFY(!looksMet(*rules, rule));
    }

    void allRulesForAStrongPassword()
    {
        PasswordRulesWidget w;
        w.setPassword(QStringLiteral("Citoyens-2026!"));
        for (PasswordPolicy::Rule rule : PasswordPolicy::rules())
            QVERIFY(looksMet(w, rule));
    }

    void showHideToggle()
    {
        PasswordField field(QStringLiteral("pw"), QStringLiteral("Mot de passe"));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(field.lineEdit()->objectName(), QStringLiteral("pwEdit"));
        QVERIFY(!field.toggleButton()->accessibleName().isEmpty());
        QTest::mouseClick(field.toggleButton(), Qt::LeftButton);
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Normal);
        field.toggleButton()->setFocus();
        QTest::keyClick(field.toggleButton(), Qt::Key_Space);
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestPasswordRules)
#include "tst_passwordrules.moc"
