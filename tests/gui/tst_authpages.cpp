// The sign-in screens without a server: navigation (mouse and keyboard), local validation
// with the messages under the fields, the keyboard paths (Return submits, Escape goes back),
// object and accessible names on every interactive widget, and a layout check that no two
// visible widgets of a page overlap (word-wrapped labels, revealed sections).
#include "ClientFixture.h"

#include "auth/AuthWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace citoyens;

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
};

QTEST_MAIN(TestAuthPages)
#include "tst_authpages.moc"
