// The sign-in screens without a server: navigation (mouse and keyboard), local validation
// with the messages under the fields, the keyboard paths (Return submits, Escape goes back),
// object and accessible names on every interactive widget, and a layout check that no two
// visible widgets of a page overlap (word-wrapped labels, revealed sections).
#include "ClientFixture.h"
#include "KeyboardSupport.h"

#include "auth/AuthWidget.h"
#include "widgets/DateField.h"
#include "widgets/FormErrors.h"
#include "widgets/PasswordRulesWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace citoyens;

// A list of problems (keys::tabOrderProblems, keys::mnemonicClashes) that must be empty, printed when not.
#define NO_PROBLEMS(expr)                                                                                              \
    do {                                                                                                               \
        const QStringList problems_ = (expr);                                                                          \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(QLatin1Char('\n'))));                                  \
    } while (false)

namespace {

// Widgets placed by `layout` and its nested layouts.
void collect(QLayout* layout, QList<QWidget*>& out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* w = item->widget())
            out.append(w);
        else if (QLayout* sub = item->layout())
            collect(sub, out);
    }
}

// Returns a description of the first overlap between two visible widgets laid out by the
// same layout, anywhere under `root`; empty when none.
QString findOverlap(QWidget* root)
{
    QList<QWidget*> todo { root };
    while (!todo.isEmpty()) {
        QWidget* w = todo.takeFirst();
        if (!w->isVisible())
            continue;
        if (QLayout* layout = w->layout()) {
            QList<QWidget*> placed;
            collect(layout, placed);
            QList<QWidget*> visible;
            for (QWidget* p : std::as_const(placed)) {
                if (p->isVisible() && !p->geometry().isEmpty())
                    visible.append(p);
            }
            for (int i = 0; i < visible.size(); ++i) {
                for (int j = i + 1; j < visible.size(); ++j) {
                    if (visible[i]->geometry().intersects(visible[j]->geometry()))
                        return QStringLiteral("%1 overlaps %2 in %3")
                            .arg(visible[i]->objectName() + QLatin1Char(':') + visible[i]->metaObject()->className(),
                                 visible[j]->objectName() + QLatin1Char(':') + visible[j]->metaObject()->className(),
                                 w->objectName());
                }
            }
        }
        for (QObject* child : w->children()) {
            if (auto* cw = qobject_cast<QWidget*>(child); cw && !cw->isWindow())
                todo.append(cw);
        }
    }
    return {};
}

// Every interactive widget has an object name (tests) and an accessible name (screen readers).
QString findUnnamed(QWidget* root)
{
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        const bool interactive = qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractButton*>(w);
        if (!interactive || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            return QStringLiteral("%1 '%2' text '%3'")
                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                     w->property("text").toString());
    }
    return {};
}

} // namespace

class TestAuthPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientFixture> m_client;

    QWidget* currentAuthPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("authStack"))->currentWidget();
    }
    void settle() { QCoreApplication::sendPostedEvents(); }
    // The window shown and active, as a person's keys need.
    bool activate()
    {
        m_client->window()->activateWindow();
        return QTest::qWaitForWindowActive(m_client->window());
    }
    // « Vos informations personnelles » reached from the sign-in page with the keyboard alone.
    void keysToRegisterDetails()
    {
        QVERIFY(activate());
        QTRY_COMPARE(keys::focusName(), QStringLiteral("signInEmailEdit"));
        keys::press(Qt::Key_R, Qt::AltModifier); // « C&réer un compte »
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerEmailPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("registerEmailEdit"));
        keys::type(QStringLiteral("lea.martin@example.org"));
        keys::press(Qt::Key_Return);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerDetailsPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("registerCivilityMRadio"));
    }
    // True when `w` is entirely inside the visible part of the scroll area it sits in.
    static bool inView(QWidget* w)
    {
        QWidget* p = w->parentWidget();
        while (p && !qobject_cast<QScrollArea*>(p))
            p = p->parentWidget();
        if (!p)
            return false;
        QWidget* viewport = static_cast<QScrollArea*>(p)->viewport();
        const QRect r(w->mapTo(viewport, QPoint(0, 0)), w->size());
        return viewport->rect().contains(r);
    }
    void checkPage(const QString& screenshot)
    {
        settle();
        QWidget* page = currentAuthPage();
        const QString overlap = findOverlap(page);
        QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
        ClientFixture::screenshot(m_client->window(), screenshot);
    }

private slots:
    void init()
    {
        // Nothing listens there: these tests never reach the network.
        m_client
            = std::make_unique<ClientFixture>(QUrl(QStringLiteral("https://127.0.0.1:9")), QList<QSslCertificate> {});
        m_client->window()->resize(1000, 680); // the minimum size
        m_client->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_client->window()));
    }
    void cleanup() { m_client.reset(); }

    void everyWidgetIsNamed()
    {
        const QString unnamed = findUnnamed(m_client->window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed));
    }

    void signInValidatesLocally()
    {
        QCOMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));
        auto* email = m_client->find<QLineEdit>(QStringLiteral("signInEmailEdit"));
        QTRY_VERIFY(email->hasFocus());
        QTest::keyClick(email, Qt::Key_Return); // nothing typed
        auto* emailError = m_client->find<QLabel>(QStringLiteral("signInEmailError"));
        auto* passwordError = m_client->find<QLabel>(QStringLiteral("signInPasswordError"));
        QTRY_VERIFY(emailError->isVisible());
        QVERIFY(passwordError->isVisible());
        QVERIFY(email->hasFocus()); // the first bad field
        QVERIFY(email->property("invalid").toBool());
        QVERIFY(!email->accessibleDescription().isEmpty());
        checkPage(QStringLiteral("20-sign-in-empty"));
        QTest::keyClicks(email, QStringLiteral("x"));
        QVERIFY(!emailError->isVisible()); // the message goes as soon as the field changes
    }

    void registrationPagesByKeyboard()
    {
        auto* create = m_client->find<QPushButton>(QStringLiteral("signInCreateAccountButton"));
        create->setFocus();
        QTest::keyClick(create, Qt::Key_Space);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerEmailPage"));
        checkPage(QStringLiteral("21-register-email"));
        auto* email = m_client->find<QLineEdit>(QStringLiteral("registerEmailEdit"));
        QTRY_VERIFY(email->hasFocus());
        QTest::keyClicks(email, QStringLiteral("lea.martin@example.org"));
        QTest::keyClick(email, Qt::Key_Return);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerDetailsPage"));

        // Tab follows the order of the form: the password comes right after the names.
        auto* lastName = m_client->find<QLineEdit>(QStringLiteral("registerLastNameEdit"));
        lastName->setFocus();
        QTest::keyClick(lastName, Qt::Key_Tab);
        QTRY_VERIFY(m_client->find<QLineEdit>(QStringLiteral("registerPasswordEdit"))->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("registerPasswordToggle"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("registerBirthDateEdit"));

        auto* company = m_client->find<QCheckBox>(QStringLiteral("registerCompanyCheck"));
        company->setFocus();
        QTest::keyClick(company, Qt::Key_Space);
        QTRY_VERIFY(m_client->find<QLineEdit>(QStringLiteral("registerCompanyNameEdit"))->isVisible());
        auto* siret = m_client->find<QLineEdit>(QStringLiteral("registerSiretEdit"));
        QTest::keyClicks(siret, QStringLiteral("123"));
        auto* save = m_client->find<QPushButton>(QStringLiteral("registerSaveButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(m_client->find<QLabel>(QStringLiteral("registerSiretError"))->isVisible());
        QVERIFY(m_client->find<QLabel>(QStringLiteral("registerCompanyNameError"))->isVisible());
        // The focus goes to the first bad field, in the order of the form.
        QTRY_VERIFY(m_client->find<QWidget>(QStringLiteral("registerCivilityMRadio"))->hasFocus());
        checkPage(QStringLiteral("22-register-details-errors"));

        // Escape goes back one step, twice to the sign-in page.
        QTest::keyClick(m_client->window(), Qt::Key_Escape);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerEmailPage"));
        QCOMPARE(email->text(), QStringLiteral("lea.martin@example.org")); // kept
        QTest::keyClick(m_client->window(), Qt::Key_Escape);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));
    }

    void forgotPasswordPage()
    {
        auto* email = m_client->find<QLineEdit>(QStringLiteral("signInEmailEdit"));
        QTest::keyClicks(email, QStringLiteral("lea.martin@example.org"));
        QTest::mouseClick(m_client->find<QPushButton>(QStringLiteral("signInForgotButton")), Qt::LeftButton);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("forgotPasswordPage"));
        QCOMPARE(m_client->find<QLineEdit>(QStringLiteral("forgotEmailEdit"))->text(),
                 QStringLiteral("lea.martin@example.org"));
        checkPage(QStringLiteral("23-forgot-password"));
    }

    // With no server, the error says so and the input stays.
    void networkErrorKeepsInput()
    {
        auto* email = m_client->find<QLineEdit>(QStringLiteral("signInEmailEdit"));
        auto* password = m_client->find<QLineEdit>(QStringLiteral("signInPasswordEdit"));
        QTest::keyClicks(email, QStringLiteral("lea.martin@example.org"));
        QTest::keyClicks(password, QStringLiteral("Un-mot-de-passe-2026"));
        QTest::keyClick(password, Qt::Key_Return);
        auto* error = m_client->find<QLabel>(QStringLiteral("signInError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(email->text(), QStringLiteral("lea.martin@example.org"));
        QVERIFY(m_client->find<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
        checkPage(QStringLiteral("24-sign-in-network-error"));
    }

    // Tab reads « Créer un compte » in order, reaches every control once and leaves
    // the page (it went round Prénom → … → société → Mot de passe, never reaching Civilité, the
    // box, Retour or Enregistrer).
    void registerDetailsTabOrder()
    {
        keysToRegisterDetails();
        QWidget* page = currentAuthPage();
        auto* civility = m_client->find<QWidget>(QStringLiteral("registerCivilityMRadio"));
        NO_PROBLEMS(keys::tabOrderProblems(page, civility));
        QVERIFY(keys::tabTo(QStringLiteral("registerCivilityMRadio")));
        const QStringList expected {
            QStringLiteral("registerFirstNameEdit"),     QStringLiteral("registerLastNameEdit"),
            QStringLiteral("registerPasswordEdit"),      QStringLiteral("registerPasswordToggle"),
            QStringLiteral("registerBirthDateEdit"),     QStringLiteral("registerNewsletterCheck"),
            QStringLiteral("registerCompanyCheck"),      QStringLiteral("registerReadTermsButton"),
            QStringLiteral("registerReadPrivacyButton"), QStringLiteral("registerTermsCheck"),
            QStringLiteral("registerDetailsBackButton"), QStringLiteral("registerSaveButton")
        };
        QCOMPARE(keys::walk(int(expected.size())), expected);
        QCOMPARE(keys::walk(int(expected.size()), true).mid(1, 3),
                 (QStringList { QStringLiteral("registerTermsCheck"), QStringLiteral("registerReadPrivacyButton"),
                                QStringLiteral("registerReadTermsButton") }));

        // With the company's fields shown, they come right after their box.
        QVERIFY(keys::tabTo(QStringLiteral("registerCompanyCheck")));
        keys::press(Qt::Key_Space);
        QTRY_VERIFY(m_client->find<QWidget>(QStringLiteral("registerSiretEdit"))->isVisible());
        QCOMPARE(keys::walk(3),
                 (QStringList { QStringLiteral("registerCompanyNameEdit"), QStringLiteral("registerSiretEdit"),
                                QStringLiteral("registerReadTermsButton") }));
        NO_PROBLEMS(keys::tabOrderProblems(page, civility));
        // One Alt+letter per control, the company's fields shown.
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("25-register-details-company"));
    }

    // A Space meant for the CGU box checks it, and never goes into the password.
    void spaceChecksTheTermsBox()
    {
        keysToRegisterDetails();
        QVERIFY(keys::tabTo(QStringLiteral("registerPasswordEdit")));
        keys::type(QStringLiteral("Velay-2026#abc"));
        QStringList passed;
        QVERIFY(keys::tabTo(QStringLiteral("registerTermsCheck"), &passed));
        QVERIFY2(!passed.contains(QStringLiteral("registerPasswordEdit")), qPrintable(passed.join(u',')));
        keys::press(Qt::Key_Space);
        auto* terms = m_client->find<QCheckBox>(QStringLiteral("registerTermsCheck"));
        QVERIFY(terms->isChecked());
        QCOMPARE(m_client->find<QLineEdit>(QStringLiteral("registerPasswordEdit"))->text(),
                 QStringLiteral("Velay-2026#abc"));
        keys::press(Qt::Key_Space);
        QVERIFY(!terms->isChecked());
    }

    // The arrows check the Civilité as in every radio group (they moved the focus
    // and checked nothing); Tab stops once on the group, on the checked one.
    void civilityChecksWithArrows()
    {
        keysToRegisterDetails();
        auto* m = m_client->find<QRadioButton>(QStringLiteral("registerCivilityMRadio"));
        auto* mme = m_client->find<QRadioButton>(QStringLiteral("registerCivilityMmeRadio"));
        QVERIFY(!m->isChecked() && !mme->isChecked());
        keys::press(Qt::Key_Right);
        QCOMPARE(keys::focusName(), QStringLiteral("registerCivilityMmeRadio"));
        QVERIFY(mme->isChecked());
        keys::press(Qt::Key_Left);
        QCOMPARE(keys::focusName(), QStringLiteral("registerCivilityMRadio"));
        QVERIFY(m->isChecked() && !mme->isChecked());
        keys::press(Qt::Key_Down);
        QVERIFY(mme->isChecked());
        QCOMPARE(keys::walk(1), QStringList { QStringLiteral("registerFirstNameEdit") });
        QCOMPARE(keys::walk(1, true), QStringList { QStringLiteral("registerCivilityMmeRadio") });
        // Alt+C (« &Civilité ») goes to the group too.
        QVERIFY(keys::tabTo(QStringLiteral("registerLastNameEdit")));
        keys::press(Qt::Key_C, Qt::AltModifier);
        QCOMPARE(keys::focusName(), QStringLiteral("registerCivilityMmeRadio")); // the checked one, still checked
        QVERIFY(mme->isChecked());
    }

    // The conditions générales and the privacy policy are read from the form, in
    // French, in a dialog that Escape closes, the focus back on the link that opened it.
    void legalTextsOpenFromTheForm_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("heading");
        QTest::newRow("terms") << QStringLiteral("registerReadTermsButton") << QStringLiteral("termsDialog")
                               << QStringLiteral("Conditions générales d'utilisation");
        QTest::newRow("privacy") << QStringLiteral("registerReadPrivacyButton") << QStringLiteral("privacyDialog")
                                 << QStringLiteral("Politique de confidentialité");
    }
    void legalTextsOpenFromTheForm()
    {
        QFETCH(QString, link);
        QFETCH(QString, dialog);
        QFETCH(QString, heading);
        keysToRegisterDetails();
        QVERIFY(keys::tabTo(link));
        keys::press(Qt::Key_Space);
        QTRY_VERIFY(QApplication::activeWindow() && QApplication::activeWindow()->objectName() == dialog);
        QWidget* window = QApplication::activeWindow();
        QCOMPARE(window->windowTitle(), heading);
        QTRY_COMPARE(keys::focusName(), QStringLiteral("legalTextBrowser"));
        auto* browser = window->findChild<QTextBrowser*>(QStringLiteral("legalTextBrowser"));
        QVERIFY(browser->toPlainText().contains(heading, Qt::CaseInsensitive));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Texte propre à la plateforme Citoyens")));
        QVERIFY(window->width() >= 600); // a readable line, not a message box
        NO_PROBLEMS(keys::clippedTexts(window));
        ClientFixture::screenshot(window, QStringLiteral("26-") + dialog);
        QCOMPARE(keys::walk(1), QStringList { QStringLiteral("legalTextCloseButton") });
        keys::press(Qt::Key_Escape);
        QTRY_VERIFY(QApplication::activeWindow() == m_client->window());
        QTRY_COMPARE(keys::focusName(), link);
        QCOMPARE(currentAuthPage()->objectName(), QStringLiteral("registerDetailsPage")); // not a step back
    }

    // A birth date the client cannot read says which field and the form to type,
    // with the focus on the field, scrolled into view, and the input kept.
    void unreadableBirthDateSaysTheFormat()
    {
        keysToRegisterDetails();
        keys::press(Qt::Key_Right); // Mme
        QCOMPARE(keys::walk(1), QStringList { QStringLiteral("registerFirstNameEdit") });
        keys::type(QStringLiteral("Lea"));
        keys::press(Qt::Key_Tab);
        keys::type(QStringLiteral("Martin"));
        keys::press(Qt::Key_Tab);
        QCOMPARE(keys::focusName(), QStringLiteral("registerPasswordEdit"));
        keys::type(QStringLiteral("Velay-Rosieres-2026#"));
        QVERIFY(keys::tabTo(QStringLiteral("registerBirthDateEdit")));
        keys::type(QStringLiteral("31/02/2019"));
        QVERIFY(keys::tabTo(QStringLiteral("registerTermsCheck")));
        keys::press(Qt::Key_Space);
        QVERIFY(keys::tabTo(QStringLiteral("registerSaveButton")));
        auto* birth = m_client->find<QLineEdit>(QStringLiteral("registerBirthDateEdit"));
        keys::press(Qt::Key_Return);
        auto* error = m_client->find<QLabel>(QStringLiteral("registerBirthDateError"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Date de naissance\u00a0: Saisissez une date au format jj/mm/aaaa, par "
                                "exemple 14/03/2019."));
        QCOMPARE(keys::focusName(), QStringLiteral("registerBirthDateEdit"));
        QTRY_VERIFY(inView(birth));
        QTRY_VERIFY(inView(error));
        QCOMPARE(birth->text(), QStringLiteral("31/02/2019"));
        QCOMPARE(birth->placeholderText(), QStringLiteral("jj/mm/aaaa"));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("27-register-date-error"));
        // Typed again as people type it: read, and shown as read once the field is left.
        birth->selectAll();
        keys::type(QStringLiteral("14032019"));
        QVERIFY(!error->isVisible());
        keys::press(Qt::Key_Tab);
        QCOMPARE(birth->text(), QStringLiteral("14/03/2019"));
    }

    // One Alt+letter per control on the sign-in, forgot-password and e-mail pages,
    // and Tab in reading order on each.
    void authPagesMnemonicsAndTabOrder()
    {
        QVERIFY(activate());
        QTRY_COMPARE(keys::focusName(), QStringLiteral("signInEmailEdit"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        NO_PROBLEMS(
            keys::tabOrderProblems(currentAuthPage(), m_client->find<QWidget>(QStringLiteral("signInEmailEdit"))));

        QVERIFY(keys::tabTo(QStringLiteral("signInForgotButton")));
        keys::press(Qt::Key_Space);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("forgotPasswordPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("forgotEmailEdit"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        NO_PROBLEMS(
            keys::tabOrderProblems(currentAuthPage(), m_client->find<QWidget>(QStringLiteral("forgotEmailEdit"))));
        QVERIFY(keys::tabTo(QStringLiteral("forgotEmailEdit")));
        QCOMPARE(keys::walk(2),
                 (QStringList { QStringLiteral("forgotBackButton"), QStringLiteral("forgotSendButton") }));
        keys::press(Qt::Key_Escape);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));

        keys::press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerEmailPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("registerEmailEdit"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        QCOMPARE(
            keys::tabOrderProblems(currentAuthPage(), m_client->find<QWidget>(QStringLiteral("registerEmailEdit"))),
            QStringList());
        QVERIFY(keys::tabTo(QStringLiteral("registerEmailEdit")));
        QCOMPARE(keys::walk(2),
                 (QStringList { QStringLiteral("registerEmailBackButton"), QStringLiteral("registerEmailButton") }));
        // « Uniquement si vous n'avez jamais eu de compte » is advice, not an error.
        auto* hint = m_client->find<QLabel>(QStringLiteral("registerEmailWarning"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->property("role").toString(), QStringLiteral("notice"));
        QVERIFY2(!hint->text().contains(QChar(0x2716)), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(QStringLiteral("uniquement si vous n'en avez jamais eu")),
                 qPrintable(hint->text()));
        checkPage(QStringLiteral("21-register-email-notice"));
    }

    // An error is scrolled into view with the focus on its field, in any form that
    // sits in a scroll area (here one taller than its window, « Enregistrer » at its foot).
    void formErrorsRevealTheField()
    {
        QScrollArea area;
        area.setObjectName(QStringLiteral("testScroll"));
        area.setWidgetResizable(true);
        auto* form = new QWidget;
        auto* layout = new QVBoxLayout(form);
        auto* date = new DateField(QStringLiteral("testDateEdit"), form);
        QLabel* message = FormErrors::createMessageLabel(QStringLiteral("testDateError"), form);
        layout->addWidget(new QLabel(QStringLiteral("Jour"), form));
        layout->addWidget(date);
        layout->addWidget(message);
        for (int i = 0; i < 30; ++i)
            layout->addWidget(new QLabel(QStringLiteral("Ligne %1").arg(i), form));
        auto* save = new QPushButton(QStringLiteral("Enregistrer"), form);
        save->setObjectName(QStringLiteral("testSaveButton"));
        layout->addWidget(save);
        area.setWidget(form);
        FormErrors errors(nullptr);
        errors.addField(QStringLiteral("day"), date, message, QStringLiteral("Jour"));
        connect(save, &QPushButton::clicked, &errors, [&] { errors.show(date->check(QStringLiteral("day"))); });
        area.resize(400, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        QVERIFY(keys::tabTo(QStringLiteral("testDateEdit")));
        keys::type(QStringLiteral("21/13/2026"));
        QVERIFY(keys::tabTo(QStringLiteral("testSaveButton")));
        QVERIFY(!inView(date)); // the foot of the form is shown
        keys::press(Qt::Key_Space);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(keys::focusName(), QStringLiteral("testDateEdit"));
        QTRY_VERIFY(inView(date));
        QTRY_VERIFY(inView(message));
        QVERIFY2(message->text().startsWith(QStringLiteral("Jour\u00a0: Saisissez une date au format jj/mm/aaaa")),
                 qPrintable(message->text()));
        QCOMPARE(date->text(), QStringLiteral("21/13/2026"));
    }

    // The forced password change (its own page of the sign-in screens): mnemonics and Tab.
    void forcedPasswordChangePage()
    {
        QVERIFY(activate());
        m_client->window()->findChild<AuthWidget*>()->showForcedPasswordChange();
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("forcedPasswordChangePage"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        NO_PROBLEMS(keys::tabOrderProblems(currentAuthPage(), keys::focus()));
        checkPage(QStringLiteral("28-forced-password-change"));
    }
};

QTEST_MAIN(TestAuthPages)
#include "tst_authpages.moc"
