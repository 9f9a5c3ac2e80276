// The keyboard checks the GUI tests rely on find what they claim to find: a form whose
// Tab order is not its reading order, a control Tab never reaches, a table that keeps Tab, two
// controls on one mnemonic, a label cut by a window too small for it; and it types French.
#include "KeyboardSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

class TestKeyboardSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingOrderIsAccepted();
    void orderAgainstReadingIsFound();
    void unreachableControlIsFound();
    void tableThatKeepsTabIsFound();
    void mnemonicClashIsFound();
    void cutLabelIsFound();
    void typesAccentedLetters();

private:
    struct Form
    {
        QWidget window;
        QWidget* page = nullptr;
        QLineEdit* last = nullptr;
        QLineEdit* first = nullptr;
        QCheckBox* terms = nullptr;
        QPushButton* save = nullptr;
    };
    // A window with a page of a form: « Nom », « Prénom », a check box, « Enregistrer », and a
    // button outside the page.
    static void build(Form& f);
};

void TestKeyboardSupport::build(Form& f)
{
    auto* outer = new QVBoxLayout(&f.window);
    f.page = new QWidget;
    f.page->setObjectName(QStringLiteral("page"));
    auto* form = new QFormLayout(f.page);
    f.last = new QLineEdit;
    f.last->setObjectName(QStringLiteral("last"));
    f.first = new QLineEdit;
    f.first->setObjectName(QStringLiteral("first"));
    f.terms = new QCheckBox(QStringLiteral("&Accepter"));
    f.terms->setObjectName(QStringLiteral("terms"));
    f.save = new QPushButton(QStringLiteral("&Enregistrer"));
    f.save->setObjectName(QStringLiteral("save"));
    auto* lastLabel = new QLabel(QStringLiteral("&Nom"));
    lastLabel->setBuddy(f.last);
    form->addRow(lastLabel, f.last);
    form->addRow(QStringLiteral("&Prénom"), f.first);
    form->addRow(f.terms);
    form->addRow(f.save);
    outer->addWidget(f.page);
    auto* outside = new QPushButton(QStringLiteral("Dehors"));
    outside->setObjectName(QStringLiteral("outside"));
    outer->addWidget(outside);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    f.last->setFocus(); // the test's own set-up; the checks under test use keys only
}

void TestKeyboardSupport::readingOrderIsAccepted()
{
    Form f;
    build(f);
    QCOMPARE(keys::tabOrderProblems(f.page, f.last), QStringList());
    QCOMPARE(keys::focusName(), QStringLiteral("outside"));
    QVERIFY(keys::tabTo(QStringLiteral("save"), nullptr, true));
}

void TestKeyboardSupport::orderAgainstReadingIsFound()
{
    Form f;
    build(f);
    QWidget::setTabOrder(f.last, f.terms);
    QWidget::setTabOrder(f.terms, f.first);
    QWidget::setTabOrder(f.first, f.save);
    const QStringList problems = keys::tabOrderProblems(f.page, f.last);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QLatin1String("Tab order is not the reading order")),
             qPrintable(problems.first()));
}

void TestKeyboardSupport::unreachableControlIsFound()
{
    Form f;
    build(f);
    f.terms->setFocusPolicy(Qt::ClickFocus); // a mouse-only control
    f.terms->setFocusPolicy(Qt::StrongFocus);
    f.save->setFocusPolicy(Qt::StrongFocus);
    // The chain skips the check box: last → first → save, the box out of the chain.
    QWidget::setTabOrder(f.first, f.save);
    QWidget::setTabOrder(f.save, f.window.findChild<QPushButton*>(QStringLiteral("outside")));
    QWidget::setTabOrder(f.window.findChild<QPushButton*>(QStringLiteral("outside")), f.terms);
    QWidget::setTabOrder(f.terms, f.last);
    const QStringList problems = keys::tabOrderProblems(f.page, f.last);
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("never reached by Tab: QCheckBox terms")),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardSupport::tableThatKeepsTabIsFound()
{
    Form f;
    build(f);
    QStandardItemModel model(3, 2);
    auto* table = new QTableView;
    table->setObjectName(QStringLiteral("table"));
    table->setModel(&model);
    f.page->layout()->addWidget(table);
    QWidget::setTabOrder(f.save, table);
    QTRY_VERIFY(table->isVisible());
    QStringList problems = keys::tabOrderProblems(f.page, f.last);
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("Tab stays on QTableView table")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    table->setTabKeyNavigation(false);
    f.last->setFocus();
    QCOMPARE(keys::tabOrderProblems(f.page, f.last), QStringList());
}

void TestKeyboardSupport::mnemonicClashIsFound()
{
    Form f;
    build(f);
    QCOMPARE(keys::mnemonicClashes(&f.window), QStringList());
    f.terms->setText(QStringLiteral("&Notifications"));
    const QStringList clashes = keys::mnemonicClashes(&f.window);
    QCOMPARE(clashes.size(), 1);
    QVERIFY2(clashes.first().startsWith(QLatin1String("Alt+N: ")), qPrintable(clashes.first()));
}

void TestKeyboardSupport::cutLabelIsFound()
{
    QWidget window;
    auto* label = new QLabel(QStringLiteral("Une phrase bien trop longue pour la fenêtre"), &window);
    label->setObjectName(QStringLiteral("long"));
    label->resize(label->sizeHint());
    window.resize(label->sizeHint().width() / 2, label->sizeHint().height() * 2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList cut = keys::clippedTexts(&window);
    QCOMPARE(cut.size(), 1);
    QVERIFY2(cut.first().contains(QLatin1String("is cut by its parent")), qPrintable(cut.first()));
    window.resize(label->sizeHint().width() + 10, label->sizeHint().height() * 2);
    QTRY_COMPARE(keys::clippedTexts(&window), QStringList());
    label->resize(label->sizeHint().width() / 2, label->height());
    QCOMPARE(keys::clippedTexts(&window).size(), 1);
}

void TestKeyboardSupport::typesAccentedLetters()
{
    Form f;
    build(f);
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.first->setFocus();
    QTRY_VERIFY(f.first->hasFocus());
    keys::type(QStringLiteral("Hélène Çà-Œuvre"));
    QCOMPARE(f.first->text(), QStringLiteral("Hélène Çà-Œuvre"));
}

QTEST_MAIN(TestKeyboardSupport)
#include "tst_keyboardsupport.moc"
