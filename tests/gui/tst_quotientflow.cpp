// The family quotient from the CAF / MSA, offscreen, against the real citoyens-server over HTTPS
// configured with a local stand-in of API Particulier (its own CA, a bearer token in a file, the
// commune's SIRET). With the keyboard alone, Marie asks for the ROSIÈRES accueil de loisirs,
// chooses « Récupérer mon quotient auprès de la CAF / MSA », finds her identity prefilled from
// her account, types her birth date, chooses her commune of birth by its name. A birth name the
// CAF does not know gives the French message, keeps everything typed (the form and the income
// typed before) and leaves the upload; corrected, the quotient (512 €, bracket « 400 à 699 »)
// stands for the income and the income statement, and the request is sent with it. The
// Rosières agent then reads « Quotient CAF de … : 512 €, obtenu le … » in the request instead of
// a document.
#include "ApiParticulierStandIn.h"
#include "KeyboardSupport.h"
#include "ServicesFlowSupport.h"
#include "TestHttp.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "queue/QueuePage.h"
#include "queue/RequestView.h"
#include "services/ServicesWidget.h"
#include "services/SupportingDocumentsPage.h"
#include "widgets/DocumentField.h"
#include "widgets/FamilyQuotientForm.h"
#include "widgets/FilePicker.h"

#include "ClientCore.h"
#include "itemmodels/QueueTableModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "scope/AccountScope.h"
#include "session/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace citoyens;
using namespace servicesflow;

namespace {

const QString Prefix = QStringLiteral("justificatifsQuotient");

QString name(const QString& suffix)
{
    return Prefix + suffix;
}

// A key where a person's key goes: the completer's open list takes it first, as the window
// system gives it the keyboard; otherwise the focus widget.
void pressInList(int key)
{
    if (QWidget* popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key(key));
    else
        keys::press(key);
}

} // namespace

class TestQuotientFlow : public QObject, public ServicesFlowSupport
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { openClientAndSignIn(); }
    void cleanup() { m_client.reset(); }
    void cleanupTestCase() { stopServer(); }

    void notFoundKeepsEverythingThenFoundPricesTheRequest();
    void theAgentReadsTheQuotientInTheRequest();

private:
    // From the home page to the justificatifs page of the Rosières accueil de loisirs, by keys.
    void openLoisirsDocuments();

    ApiParticulierStandIn m_standIn;
    QString m_subscriptionId;
};

void TestQuotientFlow::initTestCase()
{
    ClientFixture::applyStyle();
    QVERIFY2(m_standIn.start(), qPrintable(m_standIn.errorString()));
    // Marie as her CAF knows her (her account has no birth date: she types it).
    m_standIn.addFamily({ QStringLiteral("Dupont"), QStringLiteral("Marie"), QDate(1985, 3, 14), 512 });
    startServerAndWriteFiles(m_standIn.serverArguments());
}

void TestQuotientFlow::openLoisirsDocuments()
{
    QVERIFY(keys::tabTo(QStringLiteral("homeServicesTile")));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("servicesPage"));
    QVERIFY(keys::tabTo(QStringLiteral("servicesAddButton")));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(keys::focusName(), QStringLiteral("addServiceFilterEdit"));
    FIND(QTreeView, tree, "addServiceTree");
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 4, NetworkTimeoutMs);
    keys::type(QStringLiteral("ros"));
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("addServiceTree"));
    for (int i = 0; i < 4 && tree->currentIndex().data().toString() != LoisirsService; ++i)
        keys::press(Qt::Key_Down);
    QCOMPARE(tree->currentIndex().data().toString(), LoisirsService);
    QVERIFY(keys::tabTo(QStringLiteral("addServiceValidateButton")));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("justificatifsPage"));
}

void TestQuotientFlow::notFoundKeepsEverythingThenFoundPricesTheRequest()
{
    openLoisirsDocuments();
    if (QTest::currentTestFailed())
        return;
    auto* page = qobject_cast<SupportingDocumentsPage*>(currentServicesPage());
    QVERIFY(page);
    DocumentField* statement = page->documentField(QStringLiteral("income_statement"));
    DocumentField* proof = page->documentField(QStringLiteral("proof_of_address"));
    QVERIFY(statement && proof);
    FIND(QPushButton, choice, "justificatifsQuotientChoiceButton");
    QVERIFY(choice->isVisible());
    QCOMPARE(choice->text(), QStringLiteral("Récupérer mon &quotient auprès de la CAF / MSA"));

    // The income first, as a person hesitating would: it must survive what follows.
    QVERIFY(keys::tabTo(QStringLiteral("justificatifsIncomeEdit")));
    keys::type(QStringLiteral("4500"));
    QVERIFY(keys::tabTo(QStringLiteral("justificatifsQuotientChoiceButton"), nullptr, true));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(keys::focusName(), name(QStringLiteral("BirthNameEdit")));
    FIND(QLineEdit, birthName, "justificatifsQuotientBirthNameEdit");
    FIND(QLineEdit, firstNames, "justificatifsQuotientFirstNamesEdit");
    FIND(QRadioButton, female, "justificatifsQuotientFemaleRadio");
    // Prefilled from Marie's account (Mme Marie Dupont; no birth date on it).
    QTRY_COMPARE_WITH_TIMEOUT(birthName->text(), QStringLiteral("Dupont"), NetworkTimeoutMs);
    QCOMPARE(firstNames->text(), QStringLiteral("Marie"));
    QVERIFY(female->isChecked());
    QVERIFY(!statement->isHidden());

    // A birth name the CAF does not know.
    keys::press(Qt::Key_A, Qt::ControlModifier);
    keys::type(QStringLiteral("Inconnue"));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), name(QStringLiteral("FirstNamesEdit")));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), name(QStringLiteral("FemaleRadio"))); // the group: one stop
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), name(QStringLiteral("BirthDateEdit")));
    keys::type(QStringLiteral("14031985"));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), name(QStringLiteral("CountryCombo")));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), name(QStringLiteral("CommuneEdit")));
    keys::type(QStringLiteral("le puy en"));
    QTRY_VERIFY(QApplication::activePopupWidget());
    shot(QStringLiteral("q01-commune-list"));
    pressInList(Qt::Key_Down);
    pressInList(Qt::Key_Return);
    FIND(QLineEdit, commune, "justificatifsQuotientCommuneEdit");
    QTRY_COMPARE(commune->text(), QStringLiteral("Le Puy-en-Velay (43)"));
    QCOMPARE(keys::focusName(), name(QStringLiteral("CommuneEdit")));
    QVERIFY(!QApplication::activePopupWidget()); // chosen: the list does not open again
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), name(QStringLiteral("ConsentCheck")));
    keys::press(Qt::Key_Space);
    FIND(QCheckBox, consent, "justificatifsQuotientConsentCheck");
    QVERIFY(consent->isChecked());
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), name(QStringLiteral("SubmitButton")));
    shot(QStringLiteral("q02-identity-filled"));
    keys::press(Qt::Key_Return);

    FIND(QLabel, formError, "justificatifsQuotientFormError");
    QTRY_VERIFY_WITH_TIMEOUT(formError->isVisible(), NetworkTimeoutMs);
    QVERIFY2(formError->text().contains(QStringLiteral("aucun dossier")), qPrintable(formError->text()));
    QVERIFY(formError->text().contains(QStringLiteral("joindre le justificatif")));
    // Everything typed is there, and the upload too.
    QCOMPARE(birthName->text(), QStringLiteral("Inconnue"));
    QCOMPARE(commune->text(), QStringLiteral("Le Puy-en-Velay (43)"));
    QVERIFY(consent->isChecked());
    QVERIFY(statement->isVisible());
    FIND(QLineEdit, income, "justificatifsIncomeEdit");
    QVERIFY(income->isVisible());
    QCOMPARE(income->text(), QStringLiteral("4500"));
    QVERIFY(!page->familyQuotient());
    shot(QStringLiteral("q03-not-found"));

    // The right birth name: the quotient stands for the income and the statement.
    // Back to the birth name. The offscreen platform makes the commune list's popup the active
    // window again once it has been shown (no window manager gives the activation back): the
    // window is activated as a person's click on it would.
    if (QApplication::activeWindow() != m_client->window()) {
        m_client->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    }
    QVERIFY(keys::tabTo(name(QStringLiteral("BirthNameEdit"))));
    keys::press(Qt::Key_A, Qt::ControlModifier);
    keys::type(QStringLiteral("Dupont"));
    keys::press(Qt::Key_Return); // Return in a field: « Récupérer mon quotient »
    FIND(QLabel, result, "justificatifsQuotientResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), NetworkTimeoutMs);
    QVERIFY(page->familyQuotient());
    QCOMPARE(page->familyQuotient()->valeur, 512);
    QVERIFY2(result->text().startsWith(FamilyQuotientForm::summary(*page->familyQuotient())
                                       + QStringLiteral(" — tranche « 400 à 699 »")),
             qPrintable(result->text()));
    QVERIFY2(result->text().startsWith(QStringLiteral("Quotient CAF de ")), qPrintable(result->text()));
    QVERIFY(!statement->isVisible());
    QVERIFY(!income->isVisible());
    QVERIFY(!page->quotientForm()->isVisible());
    QCOMPARE(keys::focusName(), QStringLiteral("justificatifsQuotientUndoButton"));
    shot(QStringLiteral("q04-quotient-obtained"));
    const QStringList order = keys::tabOrderProblems(page, proof->browseButton());
    QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
    QCOMPARE(keys::mnemonicClashes(m_client->window()), QStringList());

    // The proof of address, then « Valider »: sent with the quotient, priced from it.
    QVERIFY(keys::tabTo(proof->browseButton()->objectName()));
    FilePicker::setNextPath(m_pdf);
    keys::press(Qt::Key_Return);
    QTRY_COMPARE(proof->path(), m_pdf);
    QVERIFY(keys::tabTo(QStringLiteral("justificatifsSubmitButton")));
    keys::press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentServicesPage()->objectName(), QStringLiteral("servicesPage"), NetworkTimeoutMs);
    FIND(QTableView, table, "servicesTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QString row = table->model()->index(0, 0).data().toString();
    QVERIFY2(row.endsWith(QStringLiteral("400 à 699")), qPrintable(row));
    m_subscriptionId = table->model()->index(0, 0).data(SubscriptionTableModel::IdRole).toString();
    QVERIFY(!m_subscriptionId.isEmpty());
    // Only the proof of address went up: the quotient stands for the statement.
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    const TestReply mine = marie.get(QStringLiteral("/me/subscriptions"));
    const QJsonObject sent = mine.json().value(QStringLiteral("subscriptions")).toArray().at(0).toObject();
    QCOMPARE(sent.value(QStringLiteral("documents")).toArray().size(), 1);
    QCOMPARE(sent.value(QStringLiteral("familyQuotient")).toObject().value(QStringLiteral("valeur")).toInt(), 512);
    // The server asked the stand-in twice, by its protocol.
    QCOMPARE(m_standIn.requests().size(), 2);
    QCOMPARE(m_standIn.violations(), QStringList());
}

void TestQuotientFlow::theAgentReadsTheQuotientInTheRequest()
{
    if (m_subscriptionId.isEmpty())
        QSKIP("needs the request of the test before");
    // This test signs in the agent instead of Marie.
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150);
    m_client->window()->resize(1200, 800);
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    FIND(QLineEdit, email, "signInEmailEdit");
    QTRY_COMPARE(keys::focusName(), QStringLiteral("signInEmailEdit"));
    keys::type(AgentEmail);
    QVERIFY(keys::tabTo(QStringLiteral("signInPasswordEdit")));
    keys::type(AgentPassword);
    keys::press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
    AccountScope* scope = m_client->core()->scope();
    const QString key = QStringLiteral("subscription:") + m_subscriptionId;
    QTRY_VERIFY_WITH_TIMEOUT(scope->queueModel()->rowOf(key) >= 0, NetworkTimeoutMs);
    QVERIFY(keys::tabTo(QStringLiteral("homeQueueTile")));
    keys::press(Qt::Key_Return);
    FIND(QTableView, table, "deskQueueTable");
    QTRY_COMPARE(keys::focusName(), QStringLiteral("deskQueueTable"));
    keys::press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 50 && table->currentIndex().data(QueueTableModel::KeyRole).toString() != key; ++i)
        keys::press(Qt::Key_Down);
    QCOMPARE(table->currentIndex().data(QueueTableModel::KeyRole).toString(), key);
    keys::press(Qt::Key_Return);
    FIND(QLabel, line, "deskRequestFamilyQuotient");
    QTRY_VERIFY(line->isVisible());
    QVERIFY2(line->text().startsWith(QStringLiteral("Quotient CAF de ")), qPrintable(line->text()));
    QVERIFY2(line->text().contains(QStringLiteral(" : 512 €, obtenu le ")), qPrintable(line->text()));
    QCOMPARE(m_client->find<QLabel>(QStringLiteral("deskRequestBracket"))->text(), QStringLiteral("400 à 699"));
    QVERIFY(!m_client->find<QLabel>(QStringLiteral("deskRequestIncome")));
    shot(QStringLiteral("q05-agent-request"));
}

QTEST_MAIN(TestQuotientFlow)
#include "tst_quotientflow.moc"
