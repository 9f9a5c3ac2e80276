// The citizen's forms from the keyboard alone, against the real citoyens-server:
// creating an account (the focus read back at every step), signing in, adding a child whose birth
// date is typed « 14032019 », and a date the client cannot read (its French message, the focus on
// the field, the field scrolled into view, the input kept). Each page met checks its Tab order
// and its Alt+letters (keys::tabOrderProblems, keys::mnemonicClashes). Keys only: no mouse click,
// no setFocus, no slot called.
#include "ClientFixture.h"
#include "KeyboardSupport.h"
#include "TestServer.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"

#include "session/Session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

constexpr int NetworkTimeoutMs = 20000;
const QString MarieEmail = QStringLiteral("marie.dupont@example.org");
const QString MariePassword = QStringLiteral("Citoyens-2026!");

// True when `w` lies entirely inside the visible part of the scroll area it sits in.
bool inView(QWidget* w)
{
    QWidget* p = w->parentWidget();
    while (p && !qobject_cast<QScrollArea*>(p))
        p = p->parentWidget();
    if (!p)
        return false;
    QWidget* viewport = static_cast<QScrollArea*>(p)->viewport();
    return viewport->rect().contains(QRect(w->mapTo(viewport, QPoint(0, 0)), w->size()));
}

} // namespace

// A list of problems (keys::tabOrderProblems, keys::mnemonicClashes) that must be empty.
#define NO_PROBLEMS(expr)                                                                                              \
    do {                                                                                                               \
        const QStringList problems_ = (expr);                                                                          \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(QLatin1Char('\n'))));                                  \
    } while (false)

// One key, then where the focus is: appended to `seen`, compared at the end in one go.
#define STEP(seen, key, modifiers)                                                                                     \
    do {                                                                                                               \
        keys::press(key, modifiers);                                                                                   \
        (seen) << keys::focusName();                                                                                   \
    } while (false)

#define FIND(Type, var, name)                                                                                          \
    Type* var = m_client->find<Type>(QStringLiteral(name));                                                            \
    QVERIFY2(var, name " not found")

class TestKeyboardForms : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ClientFixture> m_client;

    QWidget* currentAuthPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("authStack"))->currentWidget();
    }
    QWidget* currentAccountPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("sidebarStack"))->currentWidget();
    }
    void openClient(bool withServices)
    {
        m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), withServices);
        m_client->window()->show();
        QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    }
    // Marie signs in: her address, Tab, her password, Return.
    void signInMarie()
    {
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("signInEmailEdit"));
        keys::type(MarieEmail);
        keys::press(Qt::Key_Tab);
        QCOMPARE(keys::focusName(), QStringLiteral("signInPasswordEdit"));
        keys::type(MariePassword);
        keys::press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
    }
    // From the home page to « Mes filiations » and its empty form, by Tab and Space.
    void openChildForm()
    {
        QVERIFY(keys::tabTo(QStringLiteral("homeBeneficiariesTile")));
        keys::press(Qt::Key_Space);
        QTRY_COMPARE(currentAccountPage()->objectName(), QStringLiteral("beneficiariesPage"));
        keys::press(Qt::Key_A, Qt::AltModifier); // « &Ajouter une filiation »
        QTRY_COMPARE(keys::focusName(), QStringLiteral("beneficiaryLastNameEdit"));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanup() { m_client.reset(); }
    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    // « Créer un compte » from the keyboard alone, every step's focus read back.
    void registerFromTheKeyboard()
    {
        openClient(false);
        const QString email = QStringLiteral("lea.martin.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
        QTRY_COMPARE(keys::focusName(), QStringLiteral("signInEmailEdit"));
        keys::press(Qt::Key_R, Qt::AltModifier); // « C&réer un compte »
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerEmailPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("registerEmailEdit"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        keys::type(email);
        keys::press(Qt::Key_Return);

        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerDetailsPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("registerCivilityMRadio"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        QStringList seen;
        STEP(seen, Qt::Key_Right, Qt::NoModifier); // Mme, checked by the arrow
        STEP(seen, Qt::Key_Tab, Qt::NoModifier);
        keys::type(QStringLiteral("Lea"));
        STEP(seen, Qt::Key_Tab, Qt::NoModifier);
        keys::type(QStringLiteral("Martin"));
        STEP(seen, Qt::Key_Tab, Qt::NoModifier);
        keys::type(QStringLiteral("Velay-Rosieres-2026#"));
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // « Afficher »
        STEP(seen, Qt::Key_Tab, Qt::NoModifier);
        keys::type(QStringLiteral("14071990"));
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // newsletter
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // société
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // the texts to read
        STEP(seen, Qt::Key_Tab, Qt::NoModifier);
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // the CGU box
        STEP(seen, Qt::Key_Space, Qt::NoModifier);
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // Retour
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // Enregistrer
        const QStringList expected {
            QStringLiteral("registerCivilityMmeRadio"),  QStringLiteral("registerFirstNameEdit"),
            QStringLiteral("registerLastNameEdit"),      QStringLiteral("registerPasswordEdit"),
            QStringLiteral("registerPasswordToggle"),    QStringLiteral("registerBirthDateEdit"),
            QStringLiteral("registerNewsletterCheck"),   QStringLiteral("registerCompanyCheck"),
            QStringLiteral("registerReadTermsButton"),   QStringLiteral("registerReadPrivacyButton"),
            QStringLiteral("registerTermsCheck"),        QStringLiteral("registerTermsCheck"),
            QStringLiteral("registerDetailsBackButton"), QStringLiteral("registerSaveButton"),
        };
        QCOMPARE(seen, expected);
        FIND(QRadioButton, mme, "registerCivilityMmeRadio");
        FIND(QCheckBox, terms, "registerTermsCheck");
        FIND(QLineEdit, birth, "registerBirthDateEdit");
        FIND(QLineEdit, password, "registerPasswordEdit");
        QVERIFY(mme->isChecked());
        QVERIFY(terms->isChecked());
        QCOMPARE(birth->text(), QStringLiteral("14/07/1990")); // read, and shown as read
        QCOMPARE(password->text(), QStringLiteral("Velay-Rosieres-2026#")); // the Space went to the box
        ClientFixture::screenshot(m_client->window(), QStringLiteral("k01-register-details-keys"));
        keys::press(Qt::Key_Return); // « Enregistrer », the default button

        QTRY_COMPARE_WITH_TIMEOUT(currentAuthPage()->objectName(), QStringLiteral("verifyCodePage"), NetworkTimeoutMs);
        QTRY_COMPARE(keys::focusName(), QStringLiteral("verifyCodeEdit"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        NO_PROBLEMS(keys::tabOrderProblems(currentAuthPage(), keys::focus()));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("verifyCodeEdit"));
        QString code;
        QTRY_VERIFY_WITH_TIMEOUT(!(code = m_server->latestCode(email)).isEmpty(), NetworkTimeoutMs);
        keys::type(code);
        keys::press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
        QCOMPARE(m_client->session()->account()->birthDate, QDate(1990, 7, 14));
    }

    // Signing in from the keyboard alone; the profile's form then reads in order, with no Alt+letter
    // twice (Alt+D is « Déconnexion » there: « Date de naissance » is Alt+T).
    void signInFromTheKeyboard()
    {
        openClient(false);
        signInMarie();
        QVERIFY(keys::tabTo(QStringLiteral("homeProfileTile")));
        keys::press(Qt::Key_Space);
        QTRY_COMPARE(currentAccountPage()->objectName(), QStringLiteral("profilePage"));
        QVERIFY(keys::tabTo(QStringLiteral("profileEditButton")));
        keys::press(Qt::Key_Space);
        // On Marie's « Mme », the checked button, as in any radio group.
        QTRY_COMPARE(keys::focusName(), QStringLiteral("profileCivilityMmeRadio"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        FIND(QWidget, editBox, "profileEdit");
        NO_PROBLEMS(keys::tabOrderProblems(editBox, keys::focus()));
        QVERIFY(keys::tabTo(QStringLiteral("profileFirstNameEdit")));
        QCOMPARE(keys::walk(1, true), QStringList { QStringLiteral("profileCivilityMmeRadio") });
        QVERIFY(keys::tabTo(QStringLiteral("profileCompanyCheck")));
        QCOMPARE(keys::walk(2),
                 (QStringList { QStringLiteral("profileCancelButton"), QStringLiteral("profileSaveButton") }));
        keys::press(Qt::Key_T, Qt::AltModifier); // « Da&te de naissance »
        QCOMPARE(keys::focusName(), QStringLiteral("profileBirthDateEdit"));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("k02-profile-edit"));
        keys::press(Qt::Key_Escape);
        QTRY_COMPARE(keys::focusName(), QStringLiteral("profileEditButton"));
    }

    // « Mot de passe oublié ? » then « Choisissez un nouveau mot de passe », from the keyboard: the
    // pages read in order and have one Alt+letter per control.
    void forgotAndResetPages()
    {
        openClient(false);
        QTRY_COMPARE(keys::focusName(), QStringLiteral("signInEmailEdit"));
        keys::type(MarieEmail);
        keys::press(Qt::Key_O, Qt::AltModifier); // « Mot de passe &oublié ? »
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("forgotPasswordPage"));
        QTRY_COMPARE(keys::focusName(), QStringLiteral("forgotEmailEdit"));
        keys::press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentAuthPage()->objectName(), QStringLiteral("resetPasswordPage"),
                                  NetworkTimeoutMs);
        QTRY_COMPARE(keys::focusName(), QStringLiteral("resetCodeEdit"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        NO_PROBLEMS(keys::tabOrderProblems(currentAuthPage(), keys::focus()));
        QVERIFY(keys::tabTo(QStringLiteral("resetCodeEdit")));
        QCOMPARE(keys::walk(4),
                 (QStringList { QStringLiteral("resetPasswordEdit"), QStringLiteral("resetPasswordToggle"),
                                QStringLiteral("resetBackButton"), QStringLiteral("resetPasswordButton") }));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("k05-reset-password"));
    }

    // A child added from the keyboard alone, the birth date typed « 14032019 »; the list then says
    // whose parent the person is.
    void addChildFromTheKeyboard()
    {
        openClient(true);
        signInMarie();
        openChildForm();
        QWidget* form = m_client->find<QWidget>(QStringLiteral("beneficiaryForm"));
        NO_PROBLEMS(keys::mnemonicClashes(m_client->window()));
        NO_PROBLEMS(keys::tabOrderProblems(form, keys::focus()));
        QVERIFY(keys::tabTo(QStringLiteral("beneficiaryLastNameEdit"), nullptr, true));
        QStringList seen;
        keys::type(QStringLiteral("Dupont"));
        STEP(seen, Qt::Key_Tab, Qt::NoModifier);
        keys::type(QStringLiteral("Lucas"));
        STEP(seen, Qt::Key_Tab, Qt::NoModifier);
        keys::type(QStringLiteral("14032019"));
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // « Type de filiation »: Père, Mère…
        keys::press(Qt::Key_Down);
        keys::press(Qt::Key_Down);
        STEP(seen, Qt::Key_Tab, Qt::NoModifier); // « Classe »
        keys::press(Qt::Key_Down);
        QCOMPARE(seen,
                 (QStringList { QStringLiteral("beneficiaryFirstNameEdit"), QStringLiteral("beneficiaryBirthDateEdit"),
                                QStringLiteral("beneficiaryRelationCombo"), QStringLiteral("beneficiaryClassCombo") }));
        FIND(QLineEdit, birth, "beneficiaryBirthDateEdit");
        QCOMPARE(birth->text(), QStringLiteral("14/03/2019"));
        FIND(QComboBox, relation, "beneficiaryRelationCombo");
        QCOMPARE(relation->currentText(), QStringLiteral("Mère"));
        FIND(QComboBox, schoolClass, "beneficiaryClassCombo");
        const QString className = schoolClass->currentText();
        QVERIFY(schoolClass->currentIndex() > 0);
        QVERIFY(keys::tabTo(QStringLiteral("beneficiarySaveButton")));
        keys::press(Qt::Key_Space);
        FIND(QLabel, saved, "beneficiarySavedNotice");
        QTRY_VERIFY_WITH_TIMEOUT(saved->isVisible(), NetworkTimeoutMs);
        QCOMPARE(keys::focusName(), QStringLiteral("beneficiaryLastNameEdit")); // ready for the next one

        FIND(QListView, list, "beneficiariesList");
        QString line;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QString text = list->model()->index(row, 0).data().toString();
            if (text.startsWith(QStringLiteral("Lucas Dupont")))
                line = text.section(QLatin1Char('\n'), 0, 0);
        }
        QCOMPARE(line, QStringLiteral("Lucas Dupont, né(e) le 14/03/2019 — %1 — vous êtes\u00a0: Mère").arg(className));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("k03-child-added"));
        keys::press(Qt::Key_Escape); // the form closes: the list with its lines
        QTRY_VERIFY(!m_client->find<QWidget>(QStringLiteral("beneficiaryForm"))->isVisible());
        ClientFixture::screenshot(m_client->window(), QStringLiteral("k03-child-list"));
    }

    // A birth date the client cannot read: the French message names the field and the form to
    // type, the focus is on the field, scrolled into view, and what was typed stays.
    void unreadableChildBirthDate()
    {
        openClient(true);
        m_client->window()->resize(m_client->window()->minimumSize()); // the smallest window
        signInMarie();
        openChildForm();
        keys::type(QStringLiteral("Dupont"));
        keys::press(Qt::Key_Tab);
        keys::type(QStringLiteral("Jade"));
        keys::press(Qt::Key_Tab);
        keys::type(QStringLiteral("31/02/2019"));
        // From the foot of the form, where « Enregistrer » is (tst_authpages::
        // formErrorsRevealTheField shows a field scrolled off brought back into view).
        QVERIFY(keys::tabTo(QStringLiteral("beneficiarySaveButton")));
        FIND(QLineEdit, birth, "beneficiaryBirthDateEdit");
        keys::press(Qt::Key_Space);
        FIND(QLabel, error, "beneficiaryBirthDateError");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Date de naissance\u00a0: Saisissez une date au format jj/mm/aaaa, par "
                                "exemple 14/03/2019."));
        QCOMPARE(keys::focusName(), QStringLiteral("beneficiaryBirthDateEdit"));
        QTRY_VERIFY(inView(birth));
        QTRY_VERIFY(inView(error));
        QCOMPARE(birth->text(), QStringLiteral("31/02/2019"));
        QCOMPARE(birth->placeholderText(), QStringLiteral("jj/mm/aaaa"));
        QVERIFY(!birth->accessibleDescription().isEmpty());
        ClientFixture::screenshot(m_client->window(), QStringLiteral("k04-child-date-error"));
        // Corrected as people type it: the message goes, the field's own description comes back.
        keys::press(Qt::Key_End);
        for (int i = 0; i < 10; ++i)
            keys::press(Qt::Key_Backspace);
        keys::type(QStringLiteral("14-03-2019"));
        QVERIFY(!error->isVisible());
        keys::press(Qt::Key_Tab);
        QCOMPARE(birth->text(), QStringLiteral("14/03/2019"));
        QCOMPARE(birth->accessibleDescription(), QStringLiteral("Facultative, au format jj/mm/aaaa"));
        keys::press(Qt::Key_Escape);
    }
};

QTEST_MAIN(TestKeyboardForms)
#include "tst_keyboardforms.moc"
