// The real windows, offscreen, against the real citoyens-server over HTTPS, along the web
// platform's walkthrough from "Mes Services" to its end: choose ROSIÈRES / Inscription accueil
// de loisirs résident commune, attach two real files, the income and parts (quotient 375,
// "inf 399"), send; the row "En attente" and the reminder; "Mes filiations": a child with a
// photo, "Enregistrer +" and a fresh form; then the Rosières agent approves through the API
// and the client shows the new status, the unread badge, the banner and "Mes notifications".
// Then the agent asks for a document ("Pièces à compléter") and the person sends it.
// Bad input, editing and the offline case are in tst_servicesinput.
#include "ServicesFlowSupport.h"
#include "TestHttp.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryForm.h"
#include "notifications/NotificationBanner.h"
#include "notifications/NotificationsPage.h"
#include "services/ServicesWidget.h"
#include "widgets/Confirmation.h"
#include "widgets/DocumentField.h"
#include "widgets/FilePicker.h"
#include "widgets/Sidebar.h"
#include "widgets/SidebarModel.h"

#include "itemmodels/CatalogueModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <memory>

using namespace citoyens;
using namespace servicesflow;

class TestServicesFlow : public QObject, public ServicesFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase() { startServerAndWriteFiles(); }
    void init() { openClientAndSignIn(); }
    void cleanup() { m_client.reset(); }
    void cleanupTestCase() { stopServer(); }

    void enrolmentWalkthrough();
    void incompleteThenCompleted();
};

void TestServicesFlow::enrolmentWalkthrough()
{
    AccountWidget* account = m_client->window()->accountWidget();
    QVERIFY(account->servicesWidget());
    FIND(QListView, sidebar, "sidebarList");
    // Accueil, Mes commandes, Mes réservations, Mes services, infos, Mon porte-monnaie, Mes
    // filiations, Mes notifications
    QCOMPARE(sidebar->model()->rowCount(), 8);
    shot(QStringLiteral("s00-home"));
    FIND(QPushButton, servicesTile, "homeServicesTile");
    click(servicesTile);
    FIND(QLabel, empty, "servicesEmptyLabel");
    QTRY_VERIFY(empty->isVisible());
    shot(QStringLiteral("s01-services-empty"));

    goToRosieresDocuments();
    FIND(QLabel, serviceLabel, "justificatifsServiceLabel");
    QCOMPARE(serviceLabel->text(), QStringLiteral("Rosières / Inscription Accueil de Loisirs Résident Commune"));
    FIND(DocumentField, proof, "documentProofOfAddress");
    FIND(DocumentField, income, "documentIncomeStatement");
    QCOMPARE(proof->label(), QStringLiteral("Justificatif de domicile"));
    QCOMPARE(income->label(), QStringLiteral("Attestation de quotient familial ou déclaration de revenus"));
    FilePicker::setNextPath(m_pdf);
    click(proof->browseButton());
    QTRY_COMPARE(proof->path(), m_pdf);
    QVERIFY(proof->isAcceptable());
    FilePicker::setNextPath(m_png);
    click(income->browseButton());
    QTRY_COMPARE(income->path(), m_png);
    QVERIFY(income->isAcceptable());
    FIND(QLabel, pngPreview, "documentIncomeStatementPreview");
    QVERIFY(pngPreview->isVisible() && !pngPreview->pixmap().isNull());

    FIND(QLineEdit, incomeEdit, "justificatifsIncomeEdit");
    FIND(QDoubleSpinBox, parts, "justificatifsPartsSpin");
    FIND(QLabel, quotient, "justificatifsQuotientLabel");
    type(incomeEdit, QStringLiteral("4500"));
    parts->setValue(1.0);
    QTRY_VERIFY(quotient->text().contains(QStringLiteral("375")));
    QVERIFY(quotient->text().contains(QStringLiteral("inf 399")));
    parts->setValue(1.5); // live: 4500 / 12 / 1.5 = 250
    QTRY_VERIFY(quotient->text().contains(QStringLiteral("250")));
    parts->setValue(1.0);
    QTRY_VERIFY(quotient->text().contains(QStringLiteral("375")));
    shot(QStringLiteral("s03-justificatifs-filled"));
    incomeEdit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(incomeEdit, Qt::Key_Return); // Return = "Valider"

    // Back to the table: the web platform's row, "En attente", and the reminder.
    QTRY_COMPARE_WITH_TIMEOUT(currentServicesPage()->objectName(), QStringLiteral("servicesPage"), NetworkTimeoutMs);
    FIND(QTableView, table, "servicesTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), LoisirsRow);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Rosières"));
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("En attente"));
    FIND(QPushButton, reminder, "servicesBeneficiariesReminder");
    QVERIFY(reminder->isVisible());
    QCOMPARE(reminder->text(),
             QStringLiteral("Une fois vos demandes d'inscription effectuées, n'oubliez pas de saisir "
                            "vos filiations en cliquant ici >"));
    FIND(QPushButton, withdraw, "servicesWithdrawButton");
    QTRY_VERIFY(withdraw->isEnabled()); // the new row is selected and pending
    shot(QStringLiteral("s04-services-pending"));

    // "Mes filiations": empty, then a child with a photo, "Enregistrer +", a fresh form.
    click(reminder);
    QTRY_COMPARE(currentAccountPage(), account->beneficiariesPage());
    FIND(QLabel, none, "beneficiariesEmptyLabel");
    QTRY_VERIFY(none->isVisible());
    QCOMPARE(none->text(), QStringLiteral("Il n'y a pas de filiation associée à votre compte usager."));
    FIND(QPushButton, addBeneficiary, "beneficiariesAddButton");
    click(addBeneficiary);
    FIND(QLineEdit, lastName, "beneficiaryLastNameEdit");
    QTRY_VERIFY(lastName->isVisible() && lastName->hasFocus());
    QTest::keyClicks(lastName, QStringLiteral("Dupont"));
    FIND(QLineEdit, firstName, "beneficiaryFirstNameEdit");
    type(firstName, QStringLiteral("Lucas"));
    FIND(QLineEdit, birth, "beneficiaryBirthDateEdit");
    type(birth, QStringLiteral("01/01/2020"));
    FIND(QComboBox, relation, "beneficiaryRelationCombo");
    FIND(QComboBox, schoolClass, "beneficiaryClassCombo");
    QTRY_VERIFY(relation->findText(QStringLiteral("Enfant")) > 0);
    relation->setCurrentIndex(relation->findText(QStringLiteral("Enfant")));
    schoolClass->setCurrentIndex(schoolClass->findText(QStringLiteral("MS")));
    QVERIFY(schoolClass->currentIndex() > 0);
    FilePicker::setNextPath(m_photo);
    FIND(QPushButton, photoBrowse, "beneficiaryPhotoBrowseButton");
    click(photoBrowse);
    FIND(QLabel, photoPreview, "beneficiaryPhotoPreview");
    QTRY_VERIFY(photoPreview->isVisible());
    QCOMPARE(photoPreview->pixmap().size(), QSize(350, 450)); // the identity format, cropped
    FIND(QLabel, closing, "beneficiariesClosingNotice");
    QCOMPARE(closing->text(),
             QStringLiteral("Une notification vous parviendra dès validation de la part de la mairie. "
                            "Vous pourrez ensuite procéder à la commande de services."));
    FIND(QPushButton, save, "beneficiarySaveButton");
    QCOMPARE(save->text(), QStringLiteral("&Enregistrer +"));
    shot(QStringLiteral("s05-beneficiary-form"));
    click(save);
    FIND(QLabel, saved, "beneficiarySavedNotice");
    QTRY_VERIFY_WITH_TIMEOUT(saved->isVisible(), NetworkTimeoutMs);
    QVERIFY(lastName->text().isEmpty() && firstName->text().isEmpty()); // a fresh form for the next
    QVERIFY(!photoPreview->isVisible());
    QVERIFY(lastName->hasFocus());
    FIND(QListView, beneficiaries, "beneficiariesList");
    QTRY_COMPARE(beneficiaries->model()->rowCount(), 1);
    QVERIFY(beneficiaries->model()->index(0, 0).data().toString().contains(QStringLiteral("En attente de validation")));
    shot(QStringLiteral("s06-beneficiary-saved"));
    // The server holds the child and the cropped identity photo (350 x 450 JPEG).
    {
        TestHttp marie(*m_server);
        signInOverHttp(marie, MarieEmail, MariePassword);
        QVERIFY(!QTest::currentTestFailed());
        const QJsonArray list
            = marie.get(QStringLiteral("/me/beneficiaries")).json().value(QStringLiteral("beneficiaries")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject child = list.at(0).toObject();
        QCOMPARE(child.value(QStringLiteral("firstName")).toString(), QStringLiteral("Lucas"));
        QCOMPARE(child.value(QStringLiteral("schoolClass")).toString(), QStringLiteral("MS"));
        const TestReply photo
            = marie.get(QStringLiteral("/me/beneficiaries/%1/photo").arg(child.value(QStringLiteral("id")).toString()));
        QCOMPARE(photo.status, 200);
        QCOMPARE(QImage::fromData(photo.body).size(), QSize(350, 450));
    }

    // The Rosières agent approves the request through the API.
    QStringList pending;
    agentPendingIds(&pending);
    QCOMPARE(pending.size(), 1);
    agentDecide(pending.at(0), { { QStringLiteral("decision"), QStringLiteral("approve") } });
    QVERIFY(!QTest::currentTestFailed());

    // The poller brings the notification: badge, banner, new status.
    SidebarModel* sidebarModel = account->sidebar()->model();
    const int notificationsRow = 7;
    QTRY_VERIFY_WITH_TIMEOUT(sidebarModel->index(notificationsRow).data(SidebarModel::BadgeRole).toInt() == 1,
                             NetworkTimeoutMs);
    NotificationBanner* banner = account->notificationBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!banner->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 2).data().toString(), QStringLiteral("Validé"),
                              NetworkTimeoutMs);
    openSidebarPage(account->servicesWidget());
    QTRY_VERIFY(table->isVisible());
    QVERIFY(!withdraw->isEnabled()); // no longer pending
    shot(QStringLiteral("s07-approved-banner"));

    FIND(QPushButton, view, "notificationBannerOpenButton");
    click(view);
    QTRY_COMPARE(currentAccountPage(), account->notificationsPage());
    FIND(QListView, notifications, "notificationsList");
    QTRY_COMPARE(notifications->model()->rowCount(), 1);
    QVERIFY(notifications->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // unread
    shot(QStringLiteral("s08-notifications"));
    notifications->setFocus(Qt::OtherFocusReason);
    notifications->selectionModel()->setCurrentIndex(notifications->model()->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect);
    FIND(QPushButton, markRead, "notificationsMarkReadButton");
    QTRY_VERIFY(markRead->isEnabled());
    click(markRead);
    QTRY_COMPARE_WITH_TIMEOUT(sidebarModel->index(notificationsRow).data(SidebarModel::BadgeRole).toInt(), 0,
                              NetworkTimeoutMs);
    QTRY_VERIFY(!notifications->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
}

// The agent asks for a document ("Pièces à compléter"); the person sends it from the table.
void TestServicesFlow::incompleteThenCompleted()
{
    goToRosieresDocuments(QStringLiteral("RÉSERVATION CANTINE POUR ADULTES"));
    FIND(DocumentField, proof, "documentProofOfAddress");
    FIND(DocumentField, income, "documentIncomeStatement");
    FilePicker::setNextPath(m_pdf);
    click(proof->browseButton());
    FilePicker::setNextPath(m_png);
    click(income->browseButton());
    FIND(QLineEdit, incomeEdit, "justificatifsIncomeEdit");
    type(incomeEdit, QStringLiteral("30000"));
    FIND(QDoubleSpinBox, parts, "justificatifsPartsSpin");
    parts->setValue(2.5); // 30000 / 12 / 2.5 = 1000
    FIND(QLabel, quotient, "justificatifsQuotientLabel");
    QTRY_VERIFY(quotient->text().contains(QStringLiteral("sup 999")));
    QTest::keyClick(incomeEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentServicesPage()->objectName(), QStringLiteral("servicesPage"), NetworkTimeoutMs);

    QStringList pending;
    agentPendingIds(&pending);
    QVERIFY(!pending.isEmpty());
    const QString id = pending.last();
    agentDecide(id,
                { { QStringLiteral("decision"), QStringLiteral("incomplete") },
                  { QStringLiteral("reason"), QStringLiteral("Justificatif illisible") } });
    QVERIFY(!QTest::currentTestFailed());

    FIND(QTableView, table, "servicesTable");
    auto rowOf = [table](const QString& subscriptionId) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(SubscriptionTableModel::IdRole).toString() == subscriptionId)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0
                                 && table->model()->index(rowOf(id), 0).data(SubscriptionTableModel::StatusRole)
                                     == QStringLiteral("incomplete"),
                             NetworkTimeoutMs);
    QVERIFY(table->model()->index(rowOf(id), 2).data().toString().contains(QStringLiteral("Justificatif illisible")));
    table->setFocus(Qt::OtherFocusReason);
    table->selectRow(rowOf(id));
    FIND(QWidget, missingBox, "servicesMissingBox");
    QTRY_VERIFY(missingBox->isVisible());
    FIND(QComboBox, kind, "servicesMissingKindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("proof_of_address")));
    FIND(QPushButton, send, "servicesSendMissingButton");
    click(send); // no file yet: the field says so
    FIND(QLabel, missingError, "missingDocumentError");
    QTRY_VERIFY(missingError->isVisible());
    FIND(DocumentField, missing, "missingDocument");
    FilePicker::setNextPath(m_pdf);
    click(missing->browseButton());
    QTRY_VERIFY(missing->isAcceptable());
    shot(QStringLiteral("s12-missing-document"));
    click(send);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(rowOf(id), 0).data(SubscriptionTableModel::StatusRole).toString(),
                              QStringLiteral("pending"), NetworkTimeoutMs);
    QCOMPARE(table->model()->index(rowOf(id), 2).data().toString(), QStringLiteral("En attente"));
    QTRY_VERIFY(!missingBox->isVisible());
}

QTEST_MAIN(TestServicesFlow)
#include "tst_servicesflow.moc"
