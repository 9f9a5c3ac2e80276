// The real windows, offscreen, against the real citoyens-server over HTTPS: creating an
// account through every screen (the code read from the mail drop), signing in, the forced
// password change, the inactivity warning and sign-out (typed text kept for the same person,
// cleared for another), the forgotten password, and signing out.
#include "ClientFixture.h"
#include "TestServer.h"

#include "InactivityWarningDialog.h"
#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/HomePage.h"
#include "auth/AuthWidget.h"
#include "widgets/PasswordRulesWidget.h"

#include "models/Account.h"
#include "session/InactivityMonitor.h"
#include "session/ManualClock.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTest>

#include <chrono>
#include <memory>

using namespace citoyens;
using namespace std::chrono_literals;

namespace {

constexpr int NetworkTimeoutMs = 20000;
const QString MarieEmail = QStringLiteral("marie.dupont@example.org");
const QString MariePassword = QStringLiteral("Citoyens-2026!");
const QString AgentEmail = QStringLiteral("agent.rosieres@example.org");
const QString AgentPassword = QStringLiteral("Guichet-Rosieres-2026");

} // namespace

#define FIND(Type, var, name)                                                                                          \
    Type* var = m_client->find<Type>(QStringLiteral(name));                                                            \
    QVERIFY2(var, name " not found")

class TestAccountFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ClientFixture> m_client;
    QString m_newEmail;
    QString m_newPassword = QStringLiteral("Velay-Rosieres-2026#");

    QWidget* currentMainPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("mainStack"))->currentWidget();
    }
    QWidget* currentAuthPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("authStack"))->currentWidget();
    }
    QWidget* currentAccountPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("sidebarStack"))->currentWidget();
    }
    void click(QWidget* w) { QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center()); }
    void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        if (!edit->text().isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    // Check boxes and radio buttons are toggled from the keyboard, as a person would.
    void toggle(QAbstractButton* button)
    {
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
    }

    // Every page of the sidebar in turn, chosen from the keyboard; the controls of each that
    // lack an objectName or an accessible name.
    QStringList unnamedOnEveryPage()
    {
        auto* sidebar = m_client->find<QListView>(QStringLiteral("sidebarList"));
        QStringList unnamed;
        sidebar->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(sidebar, Qt::Key_Home);
        for (int row = 0; row < sidebar->model()->rowCount(); ++row) {
            if (row > 0)
                QTest::keyClick(sidebar, Qt::Key_Down);
            QCoreApplication::processEvents();
            const QString page = sidebar->model()->index(row, 0).data().toString();
            int checked = 0;
            for (const QString& control : ClientFixture::unnamedControls(m_client->window(), &checked))
                unnamed << page + QStringLiteral(": ") + control;
            if (checked < 10)
                unnamed << page + QStringLiteral(": only %1 controls found").arg(checked);
        }
        unnamed.removeDuplicates();
        return unnamed;
    }

    void signIn(const QString& email, const QString& password)
    {
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));
        FIND(QLineEdit, emailEdit, "signInEmailEdit");
        FIND(QLineEdit, passwordEdit, "signInPasswordEdit");
        type(emailEdit, email);
        type(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return); // Return submits
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_newEmail = QStringLiteral("camille.roux.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
    }

    void init()
    {
        m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates());
        m_client->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_client->window()));
    }

    void cleanup() { m_client.reset(); }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    // An agent who signs in gets the desk's pages, not a citizen's empty account; the next
    // citizen on the same window gets the citizen's pages again.
    void agentSeesTheDeskPages()
    {
        m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true);
        m_client->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_client->window()));
        signIn(AgentEmail, AgentPassword);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        AccountWidget* account = m_client->window()->accountWidget();
        QTRY_COMPARE(account->role(), Account::RoleAgent);
        FIND(QListView, sidebar, "sidebarList");
        QCOMPARE(sidebar->model()->rowCount(), 7);
        QCOMPARE(sidebar->model()->index(0, 0).data().toString(), QStringLiteral("Accueil"));
        QCOMPARE(sidebar->model()->index(1, 0).data().toString(), QStringLiteral("File d'attente"));
        QCOMPARE(sidebar->model()->index(2, 0).data().toString(), QStringLiteral("Pointage"));
        QCOMPARE(sidebar->model()->index(6, 0).data().toString(), QStringLiteral("Ce poste"));
        QCOMPARE(sidebar->model()->index(3, 0).data().toString(), QStringLiteral("Mes informations personnelles"));
        QCOMPARE(sidebar->model()->index(4, 0).data().toString(), QStringLiteral("Usagers"));
        QCOMPARE(sidebar->model()->index(5, 0).data().toString(), QStringLiteral("Nouvel usager"));
        QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeQueueTile")));
        QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeAttendanceTile")));
        FIND(QLabel, header, "sidebarHeader");
        QCOMPARE(header->text(), QStringLiteral("GUICHET"));
        QVERIFY(!account->homePage()->findChild<QPushButton*>(QStringLiteral("homeServicesTile")));
        QVERIFY(!account->homePage()->findChild<QPushButton*>(QStringLiteral("homeBeneficiariesTile")));
        // The desk's words on its home page, not the citizen's.
        FIND(QLabel, homeTitle, "homePageTitle");
        QCOMPARE(homeTitle->text(), QStringLiteral("Guichet"));
        FIND(QLabel, welcome, "homeWelcome");
        QVERIFY2(welcome->text().contains(QStringLiteral("ROSIÈRES")), qPrintable(welcome->text()));
        FIND(QPushButton, reminder, "homeDocumentsReminder");
        QVERIFY(reminder->isHidden());
        FIND(QPushButton, profileTile, "homeProfileTile");
        click(profileTile);
        QTRY_COMPARE(currentAccountPage()->objectName(), QStringLiteral("profilePage"));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("20-agent-desk"));
        const QStringList agentUnnamed = unnamedOnEveryPage();
        QVERIFY2(agentUnnamed.isEmpty(), qPrintable(agentUnnamed.join(QLatin1Char('\n'))));

        FIND(QPushButton, signOut, "signOutButton");
        click(signOut);
        signIn(MarieEmail, MariePassword);
        QTRY_COMPARE_WITH_TIMEOUT(account->role(), Account::RoleCitizen, NetworkTimeoutMs);
        QTRY_COMPARE(currentMainPage()->objectName(), QStringLiteral("accountWidget"));
        QCOMPARE(sidebar->model()->rowCount(), 8);
        QCOMPARE(header->text(), QStringLiteral("MON COMPTE"));
        QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeServicesTile")));
        QVERIFY(account->homePage()->findChild<QPushButton*>(QStringLiteral("homeReservationsTile")));
        QCOMPARE(homeTitle->text(), QStringLiteral("Mon compte"));
        const QStringList citizenUnnamed = unnamedOnEveryPage();
        QVERIFY2(citizenUnnamed.isEmpty(), qPrintable(citizenUnnamed.join(QLatin1Char('\n'))));
        QVERIFY(!reminder->isHidden());
    }

    void createAccountThroughEveryScreen()
    {
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("01-sign-in"));
        FIND(QPushButton, create, "signInCreateAccountButton");
        click(create);

        // "Créez votre compte": an invalid address is refused with a message under the field.
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerEmailPage"));
        FIND(QLineEdit, email, "registerEmailEdit");
        QTRY_VERIFY(email->hasFocus());
        QTest::keyClicks(email, QStringLiteral("pas-une-adresse"));
        QTest::keyClick(email, Qt::Key_Return);
        FIND(QLabel, emailError, "registerEmailError");
        QTRY_VERIFY(emailError->isVisible());
        QVERIFY(!emailError->text().isEmpty());
        QCOMPARE(email->text(), QStringLiteral("pas-une-adresse")); // input kept
        type(email, m_newEmail);
        ClientFixture::screenshot(m_client->window(), QStringLiteral("02-register-email"));
        QTest::keyClick(email, Qt::Key_Return);

        // "Vos informations personnelles".
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("registerDetailsPage"));
        FIND(QPushButton, save, "registerSaveButton");
        click(save); // empty form: every required field says so, the first one gets the focus
        FIND(QLabel, firstNameError, "registerFirstNameError");
        FIND(QLabel, passwordError, "registerPasswordError");
        FIND(QLabel, termsError, "registerTermsError");
        QTRY_VERIFY(firstNameError->isVisible());
        QVERIFY(passwordError->isVisible());
        QVERIFY(termsError->isVisible());
        FIND(QRadioButton, mme, "registerCivilityMmeRadio");
        FIND(QRadioButton, m, "registerCivilityMRadio");
        QVERIFY(m->hasFocus() || mme->hasFocus());

        toggle(mme);
        QVERIFY(mme->isChecked());
        FIND(QLineEdit, firstName, "registerFirstNameEdit");
        FIND(QLineEdit, lastName, "registerLastNameEdit");
        FIND(QLineEdit, password, "registerPasswordEdit");
        FIND(QLineEdit, birthDate, "registerBirthDateEdit");
        FIND(PasswordRulesWidget, rules, "registerPasswordRules");
        type(firstName, QStringLiteral("Camille"));
        type(lastName, QStringLiteral("Roux"));
        type(password, QStringLiteral("court"));
        QVERIFY(!rules->isRuleMet(PasswordPolicy::Rule::MinLength));
        type(password, m_newPassword);
        for (PasswordPolicy::Rule rule : PasswordPolicy::rules())
            QTRY_VERIFY(rules->isRuleMet(rule));
        type(birthDate, QStringLiteral("14/07/1990"));
        FIND(QCheckBox, newsletter, "registerNewsletterCheck");
        toggle(newsletter);
        QVERIFY(newsletter->isChecked());
        FIND(QCheckBox, company, "registerCompanyCheck");
        FIND(QLineEdit, companyName, "registerCompanyNameEdit");
        QVERIFY(!companyName->isVisible());
        toggle(company);
        QTRY_VERIFY(companyName->isVisible());
        type(companyName, QStringLiteral("Roux Menuiserie"));
        FIND(QLineEdit, siret, "registerSiretEdit");
        type(siret, QStringLiteral("73282932000074"));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("03-register-details"));
        click(save); // terms not accepted yet
        QTRY_VERIFY(termsError->isVisible());
        QVERIFY(!firstNameError->isVisible());
        FIND(QCheckBox, terms, "registerTermsCheck");
        QTRY_VERIFY(terms->hasFocus());
        QTest::keyClick(terms, Qt::Key_Space);
        QVERIFY(terms->isChecked());
        click(save);

        // The code mailed by the server.
        QTRY_COMPARE_WITH_TIMEOUT(currentAuthPage()->objectName(), QStringLiteral("verifyCodePage"), NetworkTimeoutMs);
        QString code;
        QTRY_VERIFY_WITH_TIMEOUT(!(code = m_server->latestCode(m_newEmail)).isEmpty(), NetworkTimeoutMs);
        FIND(QLineEdit, codeEdit, "verifyCodeEdit");
        const QString wrong = code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
        type(codeEdit, wrong);
        QTest::keyClick(codeEdit, Qt::Key_Return);
        FIND(QLabel, codeError, "verifyCodeError");
        QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible(), NetworkTimeoutMs);
        ClientFixture::screenshot(m_client->window(), QStringLiteral("04-verify-code-wrong"));
        // "Send a new code": the server mails another one, which is the one that counts.
        const int mailsBefore = m_server->mailsTo(m_newEmail).size();
        FIND(QPushButton, resend, "verifyResendButton");
        click(resend);
        FIND(QLabel, resendInfo, "verifyResendInfo");
        QTRY_VERIFY_WITH_TIMEOUT(resendInfo->isVisible(), NetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->mailsTo(m_newEmail).size() > mailsBefore, NetworkTimeoutMs);
        code = m_server->latestCode(m_newEmail);
        QVERIFY(!code.isEmpty());
        type(codeEdit, code);
        QTest::keyClick(codeEdit, Qt::Key_Return);

        // Signed in, on "Mon compte", with "Votre compte est maintenant créé."
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        QCOMPARE(m_client->session()->state(), Session::State::SignedIn);
        QCOMPARE(currentAccountPage()->objectName(), QStringLiteral("homePage"));
        FIND(QLabel, created, "homeCreatedNotice");
        QTRY_VERIFY(created->isVisible());
        FIND(QListView, sidebar, "sidebarList");
        QCOMPARE(sidebar->model()->rowCount(), 2); // only pages that work
        ClientFixture::screenshot(m_client->window(), QStringLiteral("05-home-created"));

        FIND(QPushButton, tile, "homeProfileTile");
        click(tile);
        QTRY_COMPARE(currentAccountPage()->objectName(), QStringLiteral("profilePage"));
        FIND(QLabel, nameValue, "profileFirstNameValue");
        QTRY_COMPARE(nameValue->text(), QStringLiteral("Camille"));
        FIND(QLabel, companyValue, "profileCompanyValue");
        QVERIFY(companyValue->text().contains(QStringLiteral("Roux Menuiserie")));
        FIND(QLabel, birthValue, "profileBirthDateValue");
        QCOMPARE(birthValue->text(), QStringLiteral("14/07/1990"));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("06-profile"));
    }

    void signInWrongThenRightAndEditProfile()
    {
        signIn(MarieEmail, QStringLiteral("Mauvais-mot-2026!"));
        FIND(QLabel, error, "signInError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
        FIND(QLineEdit, emailEdit, "signInEmailEdit");
        FIND(QLineEdit, passwordEdit, "signInPasswordEdit");
        QCOMPARE(emailEdit->text(), MarieEmail); // kept
        QVERIFY(passwordEdit->text().isEmpty());
        QVERIFY(passwordEdit->hasFocus());
        ClientFixture::screenshot(m_client->window(), QStringLiteral("07-sign-in-error"));
        // "Se souvenir de moi" without a keychain: the client says the session is not kept.
        FIND(QCheckBox, remember, "signInRememberCheck");
        toggle(remember);
        QVERIFY(remember->isChecked());
        QTest::keyClicks(passwordEdit, MariePassword);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        QVERIFY(passwordEdit->text().isEmpty()); // no password left in a widget
        FIND(QLabel, homeNotice, "homeNotice");
        QTRY_VERIFY(homeNotice->isVisible());
        QVERIFY(!homeNotice->text().isEmpty());

        // Edit and save the profile.
        FIND(QListView, sidebar, "sidebarList");
        sidebar->setCurrentIndex(sidebar->model()->index(1, 0));
        QTRY_COMPARE(currentAccountPage()->objectName(), QStringLiteral("profilePage"));
        FIND(QPushButton, edit, "profileEditButton");
        click(edit);
        FIND(QLineEdit, firstName, "profileFirstNameEdit");
        QTRY_VERIFY(firstName->isVisible());
        QCOMPARE(firstName->text(), QStringLiteral("Marie"));
        type(firstName, QString());
        FIND(QPushButton, save, "profileSaveButton");
        click(save);
        FIND(QLabel, firstNameError, "profileFirstNameError");
        QTRY_VERIFY(firstNameError->isVisible());
        type(firstName, QStringLiteral("Marie-Anne"));
        FIND(QLineEdit, birth, "profileBirthDateEdit");
        type(birth, QStringLiteral("02/03/1985"));
        ClientFixture::screenshot(m_client->window(), QStringLiteral("08-profile-edit"));
        QTest::keyClick(birth, Qt::Key_Return);
        FIND(QLabel, saved, "profileSavedNotice");
        QTRY_VERIFY_WITH_TIMEOUT(saved->isVisible(), NetworkTimeoutMs);
        FIND(QLabel, nameValue, "profileFirstNameValue");
        QTRY_COMPARE(nameValue->text(), QStringLiteral("Marie-Anne"));
        QCOMPARE(m_client->session()->account()->firstName, QStringLiteral("Marie-Anne"));

        // Escape leaves the edit mode without saving.
        click(edit);
        QTRY_VERIFY(firstName->isVisible());
        type(firstName, QStringLiteral("Pas-enregistre"));
        QTest::keyClick(firstName, Qt::Key_Escape);
        QTRY_VERIFY(!firstName->isVisible());
        QCOMPARE(nameValue->text(), QStringLiteral("Marie-Anne"));
    }

    void forcedPasswordChange()
    {
        signIn(QStringLiteral("jean.martin@example.org"), QStringLiteral("puyenvelay"));
        QTRY_COMPARE_WITH_TIMEOUT(currentAuthPage()->objectName(), QStringLiteral("forcedPasswordChangePage"),
                                  NetworkTimeoutMs);
        QCOMPARE(m_client->session()->state(), Session::State::PasswordChangeRequired);
        QCOMPARE(currentMainPage()->objectName(), QStringLiteral("authWidget"));
        FIND(QLineEdit, current, "forcedPasswordCurrentEdit");
        FIND(QLineEdit, next, "forcedPasswordNewEdit");
        FIND(QPushButton, button, "forcedPasswordButton");
        QTRY_VERIFY(current->hasFocus());
        // A wrong current password is reported on that field.
        type(current, QStringLiteral("pas-le-bon"));
        type(next, QStringLiteral("Martin-Jean-2026!"));
        click(button);
        FIND(QLabel, currentError, "forcedPasswordCurrentError");
        QTRY_VERIFY_WITH_TIMEOUT(currentError->isVisible(), NetworkTimeoutMs);
        type(current, QStringLiteral("puyenvelay"));
        type(next, QStringLiteral("faible"));
        click(button);
        FIND(QLabel, nextError, "forcedPasswordNewError");
        QTRY_VERIFY(nextError->isVisible());
        ClientFixture::screenshot(m_client->window(), QStringLiteral("09-forced-password-change"));
        type(next, QStringLiteral("Martin-Jean-2026!"));
        click(button);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        QCOMPARE(m_client->session()->state(), Session::State::SignedIn);
    }

    void inactivityWarningThenStay()
    {
        signIn(MarieEmail, MariePassword);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        QTRY_VERIFY(m_client->monitor()->isRunning());
        auto* dialog = m_client->window()->inactivityDialog();
        QVERIFY(!dialog->isVisible());
        m_client->clock()->advance(115min + 1s);
        QTRY_VERIFY(dialog->isVisible());
        FIND(QLabel, countdown, "inactivityCountdownLabel");
        QVERIFY(countdown->text().contains(QStringLiteral("4:59"))
                || countdown->text().contains(QStringLiteral("5:00")));
        ClientFixture::screenshot(dialog, QStringLiteral("10-inactivity-warning"));
        FIND(QPushButton, stay, "inactivityStayButton");
        click(stay);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(m_client->monitor()->isRunning());
        // Escape also means "I am here".
        m_client->clock()->advance(115min + 1s);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        m_client->clock()->advance(119min); // a fresh idle period started with the key press
        QCoreApplication::processEvents();
        QCOMPARE(m_client->session()->state(), Session::State::SignedIn);
    }

    void inactivitySignOutKeepsTypedText()
    {
        signIn(MarieEmail, MariePassword);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        FIND(QListView, sidebar, "sidebarList");
        sidebar->setCurrentIndex(sidebar->model()->index(1, 0));
        FIND(QPushButton, edit, "profileEditButton");
        QTRY_VERIFY(edit->isVisible());
        click(edit);
        FIND(QLineEdit, lastName, "profileLastNameEdit");
        QTRY_VERIFY(lastName->isVisible());
        type(lastName, QStringLiteral("Dupont-Texte-Garde"));
        FIND(QLineEdit, currentPassword, "profilePasswordCurrentEdit");
        type(currentPassword, QStringLiteral("un-secret"));

        m_client->clock()->advance(115min + 1s);
        QTRY_VERIFY(m_client->window()->inactivityDialog()->isVisible());
        m_client->clock()->advance(5min);
        QTRY_COMPARE(m_client->session()->state(), Session::State::SignedOut);
        QTRY_COMPARE(currentMainPage()->objectName(), QStringLiteral("authWidget"));
        QCOMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));
        QVERIFY(!m_client->window()->inactivityDialog()->isVisible());
        FIND(QLabel, notice, "signInNotice");
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->text().isEmpty());
        FIND(QLineEdit, emailEdit, "signInEmailEdit");
        QCOMPARE(emailEdit->text(), MarieEmail); // prefilled for the same person
        ClientFixture::screenshot(m_client->window(), QStringLiteral("11-signed-out-inactivity"));

        // The same person signs in again: the form is where it was, with the typed text.
        FIND(QLineEdit, passwordEdit, "signInPasswordEdit");
        type(passwordEdit, MariePassword);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        QCOMPARE(currentAccountPage()->objectName(), QStringLiteral("profilePage"));
        QVERIFY(lastName->isVisible());
        QCOMPARE(lastName->text(), QStringLiteral("Dupont-Texte-Garde"));
        QVERIFY(currentPassword->text().isEmpty()); // but never a password

        // Idle again; this time someone else signs in: nothing of the first person is left.
        m_client->clock()->advance(120min + 1s);
        QTRY_COMPARE(m_client->session()->state(), Session::State::SignedOut);
        signIn(m_newEmail, m_newPassword);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        QCOMPARE(currentAccountPage()->objectName(), QStringLiteral("homePage"));
        QVERIFY(!lastName->isVisible());
        QVERIFY(lastName->text().isEmpty());
        FIND(QLabel, nameValue, "profileFirstNameValue");
        QTRY_COMPARE(nameValue->text(), QStringLiteral("Camille"));
    }

    void signOut()
    {
        signIn(m_newEmail, m_newPassword);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
        FIND(QPushButton, signOutButton, "signOutButton");
        click(signOutButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedOut, NetworkTimeoutMs);
        QTRY_COMPARE(currentMainPage()->objectName(), QStringLiteral("authWidget"));
        QCOMPARE(currentAuthPage()->objectName(), QStringLiteral("signInPage"));
        FIND(QLineEdit, emailEdit, "signInEmailEdit");
        QVERIFY(emailEdit->text().isEmpty()); // an explicit sign-out leaves nothing behind
        QVERIFY(!m_client->monitor()->isRunning());
        ClientFixture::screenshot(m_client->window(), QStringLiteral("12-signed-out"));
    }

    void forgottenPassword()
    {
        FIND(QPushButton, forgot, "signInForgotButton");
        FIND(QLineEdit, emailEdit, "signInEmailEdit");
        type(emailEdit, m_newEmail);
        click(forgot);
        QTRY_COMPARE(currentAuthPage()->objectName(), QStringLiteral("forgotPasswordPage"));
        FIND(QLineEdit, forgotEmail, "forgotEmailEdit");
        QCOMPARE(forgotEmail->text(), m_newEmail);
        const int mailsBefore = m_server->mailsTo(m_newEmail).size();
        QTest::keyClick(forgotEmail, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentAuthPage()->objectName(), QStringLiteral("resetPasswordPage"),
                                  NetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->mailsTo(m_newEmail).size() > mailsBefore, NetworkTimeoutMs);
        const QString code = m_server->latestCode(m_newEmail);
        QVERIFY(!code.isEmpty());
        FIND(QLineEdit, codeEdit, "resetCodeEdit");
        FIND(QLineEdit, passwordEdit, "resetPasswordEdit");
        type(codeEdit, code);
        m_newPassword = QStringLiteral("Nouveau-Velay-2027!");
        type(passwordEdit, m_newPassword);
        ClientFixture::screenshot(m_client->window(), QStringLiteral("13-reset-password"));
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentAuthPage()->objectName(), QStringLiteral("signInPage"), NetworkTimeoutMs);
        FIND(QLabel, notice, "signInNotice");
        QVERIFY(notice->isVisible());
        QCOMPARE(emailEdit->text(), m_newEmail);
        FIND(QLineEdit, signInPassword, "signInPasswordEdit");
        type(signInPassword, m_newPassword);
        QTest::keyClick(signInPassword, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentMainPage()->objectName(), QStringLiteral("accountWidget"), NetworkTimeoutMs);
    }
};

QTEST_MAIN(TestAccountFlow)
#include "tst_accountflow.moc"
