// The real windows, offscreen, against the real citoyens-server over HTTPS: what a person
// gets wrong or changes after the walkthrough of tst_servicesflow. Bad input: unacceptable
// files (named field, other input kept), a cancelled transfer, a future birth date; a
// beneficiary edited then deleted; the server gone, the table kept as stored.
#include "ServicesFlowSupport.h"
#include "TestHttp.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryForm.h"
#include "notifications/NotificationBanner.h"
#include "notifications/NotificationsPage.h"
#include "services/ServicesWidget.h"
#include "widgets/BusyButton.h"
#include "widgets/Confirmation.h"
#include "widgets/DocumentField.h"
#include "widgets/FilePicker.h"
#include "widgets/Sidebar.h"
#include "widgets/SidebarModel.h"

#include "itemmodels/CatalogueModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "sync/BeneficiaryCommands.h"
#include "sync/SubscriptionCommands.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <memory>

using namespace citoyens;
using namespace servicesflow;

class TestServicesInput : public QObject, public ServicesFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase() { startServerAndWriteFiles(); }
    void init() { openClientAndSignIn(); }
    void cleanup() { m_client.reset(); }
    void cleanupTestCase() { stopServer(); }

    void enrolmentState(); // first: what the other tests build on
    void badInputKeepsTheRest();
    void editAndDeleteBeneficiary();
    void fileGoneDuringUploadEndsTheSending();
    void offlineKeepsWhatIsStored(); // last: stops the server
};

// What enrolmentWalkthrough leaves behind, the short way: Rosières' "Inscription accueil de
// loisirs" approved (its notification read), and Lucas, pending, with a photo, in class MS.
void TestServicesInput::enrolmentState()
{
    sendRosieresRequest(LoisirsService, QStringLiteral("4500"), 1.0);
    QVERIFY(!QTest::currentTestFailed());
    FIND(QTableView, table, "servicesTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), LoisirsRow);
    QStringList pending;
    agentPendingIds(&pending);
    QCOMPARE(pending.size(), 1);
    agentDecide(pending.at(0), { { QStringLiteral("decision"), QStringLiteral("approve") } });
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 2).data().toString(), QStringLiteral("Validé"),
                              NetworkTimeoutMs);
    markNotificationsRead();
    QVERIFY(!QTest::currentTestFailed());
    addChild(QStringLiteral("Lucas"), QStringLiteral("MS"));
    QVERIFY(!QTest::currentTestFailed());
    FIND(QListView, beneficiaries, "beneficiariesList");
    QTRY_COMPARE(beneficiaries->model()->rowCount(), 1);
}

void TestServicesInput::badInputKeepsTheRest()
{
    FIND(QTableView, table, "servicesTable");
    goToRosieresDocuments(QStringLiteral("RÉSERVATION CANTINE POUR ENFANTS"));
    FIND(DocumentField, proof, "documentProofOfAddress");
    FIND(DocumentField, income, "documentIncomeStatement");
    FIND(QLineEdit, incomeEdit, "justificatifsIncomeEdit");
    type(incomeEdit, QStringLiteral("4500"));
    FilePicker::setNextPath(m_png);
    click(income->browseButton());
    QTRY_VERIFY(income->isAcceptable());

    // Too large (10 MB and one byte), empty, not a PDF/JPEG/PNG: each named, the rest kept.
    const QString big = m_files.filePath(QStringLiteral("trop-gros.pdf"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        QVERIFY(f.resize(10 * 1024 * 1024 + 1));
    }
    const QString emptyFile = writeFile(m_files.filePath(QStringLiteral("vide.pdf")), QByteArray());
    const QString text = writeFile(m_files.filePath(QStringLiteral("notes.pdf")), "pas un PDF, du texte");
    FIND(QLabel, proofError, "documentProofOfAddressError");
    struct Case
    {
        QString path;
        QString words;
    } cases[] = { { big, QStringLiteral("10 Mo") },
                  { emptyFile, QStringLiteral("vide") },
                  { text, QStringLiteral("PDF, JPEG") } };
    for (const Case& c : cases) {
        FilePicker::setNextPath(c.path);
        click(proof->browseButton());
        QTRY_VERIFY(proofError->isVisible());
        QVERIFY2(proofError->text().startsWith(QStringLiteral("Justificatif de domicile")),
                 qPrintable(proofError->text()));
        QVERIFY2(proofError->text().contains(c.words), qPrintable(proofError->text()));
        QCOMPARE(incomeEdit->text(), QStringLiteral("4500"));
        QCOMPARE(income->path(), m_png);
    }
    shot(QStringLiteral("s09-bad-file"));
    // "Valider" refuses while the file is wrong, and says so on that field; nothing is lost.
    FIND(QPushButton, submit, "justificatifsSubmitButton");
    click(submit);
    QTRY_VERIFY(proofError->isVisible());
    QVERIFY(proofError->text().startsWith(QStringLiteral("Justificatif de domicile")));
    QCOMPARE(currentServicesPage()->objectName(), QStringLiteral("justificatifsPage"));
    QCOMPARE(incomeEdit->text(), QStringLiteral("4500"));
    QCOMPARE(income->path(), m_png);
    // A missing income names its field.
    FilePicker::setNextPath(m_pdf);
    click(proof->browseButton());
    QTRY_VERIFY(!proofError->isVisible());
    type(incomeEdit, QStringLiteral("quatre mille"));
    click(submit);
    FIND(QLabel, incomeError, "justificatifsIncomeError");
    // (Tab order of this page: the documents, then the income and the parts.)
    QTRY_VERIFY(incomeError->isVisible());
    QVERIFY(incomeEdit->hasFocus());
    QTest::keyClick(incomeEdit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("justificatifsPartsSpin"));
    incomeEdit->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(incomeError->isVisible());
    QVERIFY2(incomeError->text().startsWith(QStringLiteral("Revenu fiscal de référence")),
             qPrintable(incomeError->text()));
    QCOMPARE(proof->path(), m_pdf);
    // A file dropped on the field is taken like a chosen one.
    {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(m_png) });
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(proof, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(proof, &drop);
        QCOMPARE(proof->path(), m_png);
        QVERIFY(proof->isAcceptable());
    }
    // "Annuler" during the transfer (a 9 MB PDF): the input stays, the page says what happened.
    const QString large = m_files.filePath(QStringLiteral("gros-mais-valide.pdf"));
    {
        QFile f(large);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        QVERIFY(f.resize(9 * 1024 * 1024));
    }
    FilePicker::setNextPath(large);
    click(proof->browseButton());
    QTRY_VERIFY(proof->isAcceptable());
    type(incomeEdit, QStringLiteral("4500"));
    click(submit);
    FIND(QPushButton, cancel, "justificatifsCancelButton");
    FIND(QProgressBar, progress, "justificatifsProgress");
    QVERIFY(cancel->isVisible());
    QVERIFY(progress->isVisible());
    click(cancel);
    FIND(QLabel, formError, "justificatifsFormError");
    QTRY_VERIFY_WITH_TIMEOUT(formError->isVisible(), NetworkTimeoutMs);
    QVERIFY2(formError->text().contains(QStringLiteral("annulé")), qPrintable(formError->text()));
    QVERIFY(!cancel->isVisible());
    QCOMPARE(proof->path(), large);
    QCOMPARE(income->path(), m_png);
    QCOMPARE(incomeEdit->text(), QStringLiteral("4500"));
    FilePicker::setNextPath(m_pdf);
    click(proof->browseButton());
    QTRY_COMPARE(proof->path(), m_pdf);

    type(incomeEdit, QStringLiteral("4 500"));
    click(submit);
    QTRY_COMPARE_WITH_TIMEOUT(currentServicesPage()->objectName(), QStringLiteral("servicesPage"), NetworkTimeoutMs);
    QTRY_COMPARE(table->model()->rowCount(), 2); // with the one approved in enrolmentState
    FIND(QPushButton, withdraw, "servicesWithdrawButton");
    QTRY_VERIFY(withdraw->isEnabled());
    // "Annuler": the question was asked and no withdrawal started (a withdrawal sets the
    // command busy at once, before any network answer).
    SubscriptionCommands* commands = m_client->services()->subscriptionCommands();
    Confirmation::setNextAnswer(false);
    click(withdraw);
    QVERIFY(!Confirmation::hasPendingAnswers());
    QVERIFY(!commands->isBusy());
    QCOMPARE(table->model()->rowCount(), 2);
    Confirmation::setNextAnswer(true);
    click(withdraw);
    QVERIFY(commands->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, NetworkTimeoutMs);
    FIND(QLabel, notice, "servicesNotice");
    QTRY_VERIFY(notice->isVisible());
    shot(QStringLiteral("s10-withdrawn"));

    // Escape steps back, one page at a time.
    FIND(QPushButton, add, "servicesAddButton");
    click(add);
    QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("addServicePage"));
    FIND(QLineEdit, filter, "addServiceFilterEdit");
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("servicesPage"));

    // A birth date in the future names the field; what was typed stays.
    AccountWidget* account = m_client->window()->accountWidget();
    FIND(QPushButton, tile, "homeBeneficiariesTile");
    account->showHome();
    click(tile);
    QTRY_COMPARE(currentAccountPage(), account->beneficiariesPage());
    FIND(QPushButton, addBeneficiary, "beneficiariesAddButton");
    click(addBeneficiary);
    FIND(QLineEdit, lastName, "beneficiaryLastNameEdit");
    FIND(QLineEdit, firstName, "beneficiaryFirstNameEdit");
    FIND(QLineEdit, birth, "beneficiaryBirthDateEdit");
    QTRY_VERIFY(lastName->isVisible());
    // Keyboard-complete: Tab goes down the form in reading order.
    QTRY_VERIFY(lastName->hasFocus());
    QTest::keyClick(lastName, Qt::Key_Tab);
    QVERIFY(firstName->hasFocus());
    QTest::keyClick(firstName, Qt::Key_Tab);
    QVERIFY(birth->hasFocus());
    QTest::keyClick(birth, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("beneficiaryRelationCombo"));
    type(lastName, QStringLiteral("Dupont"));
    type(firstName, QStringLiteral("Hugo"));
    type(birth, QDate::currentDate().addDays(3).toString(QStringLiteral("dd/MM/yyyy")));
    QTest::keyClick(birth, Qt::Key_Return); // Return = save
    FIND(QLabel, birthError, "beneficiaryBirthDateError");
    QTRY_VERIFY(birthError->isVisible());
    QVERIFY2(birthError->text().startsWith(QStringLiteral("Date de naissance")), qPrintable(birthError->text()));
    QVERIFY(birth->hasFocus());
    QCOMPARE(lastName->text(), QStringLiteral("Dupont"));
    QCOMPARE(firstName->text(), QStringLiteral("Hugo"));
    // A photo that is not an image names the field.
    FilePicker::setNextPath(m_pdf);
    FIND(QPushButton, photoBrowse, "beneficiaryPhotoBrowseButton");
    click(photoBrowse);
    FIND(QLabel, photoError, "beneficiaryPhotoError");
    QTRY_VERIFY(photoError->isVisible());
    QVERIFY2(photoError->text().startsWith(QStringLiteral("Photo d'identité")), qPrintable(photoError->text()));
    shot(QStringLiteral("s11-beneficiary-errors"));
    // Escape closes the form.
    QTest::keyClick(lastName, Qt::Key_Escape);
    QTRY_VERIFY(!lastName->isVisible());
}

// A pending beneficiary is edited, then deleted after a confirmation.
void TestServicesInput::editAndDeleteBeneficiary()
{
    AccountWidget* account = m_client->window()->accountWidget();
    FIND(QPushButton, tile, "homeBeneficiariesTile");
    click(tile);
    QTRY_COMPARE(currentAccountPage(), account->beneficiariesPage());
    FIND(QListView, list, "beneficiariesList");
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, NetworkTimeoutMs); // Lucas, from enrolmentState
    list->setFocus(Qt::OtherFocusReason);
    list->selectionModel()->setCurrentIndex(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    FIND(QPushButton, edit, "beneficiariesEditButton");
    QTRY_VERIFY(edit->isEnabled());
    click(edit);
    FIND(QLineEdit, firstName, "beneficiaryFirstNameEdit");
    QTRY_COMPARE(firstName->text(), QStringLiteral("Lucas"));
    FIND(QLabel, photoPreview, "beneficiaryPhotoPreview");
    QTRY_VERIFY_WITH_TIMEOUT(photoPreview->isVisible(), NetworkTimeoutMs); // the photo on file
    // Another first name is another child for the communes that validated this one: the form
    // says so before saving, there and on « Enregistrer »; back to the name on file, it does not.
    FIND(QLabel, identityNotice, "beneficiaryIdentityNotice");
    FIND(QPushButton, save, "beneficiarySaveButton");
    QVERIFY(!identityNotice->isVisible());
    FIND(QLineEdit, lastName, "beneficiaryLastNameEdit");
    QTRY_VERIFY(lastName->hasFocus());
    QTest::keyClick(lastName, Qt::Key_Tab);
    QVERIFY(firstName->hasFocus());
    QTest::keyClick(firstName, Qt::Key_End);
    QTest::keyClicks(firstName, QStringLiteral("-Lou"));
    QVERIFY(identityNotice->isVisible());
    QVERIFY(identityNotice->text().startsWith(QStringLiteral("Vous modifiez l'identité de l'enfant")));
    QCOMPARE(save->accessibleDescription(), identityNotice->text());
    shot(QStringLiteral("s12-beneficiary-identity-notice"));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(firstName, Qt::Key_Backspace);
    QCOMPARE(firstName->text(), QStringLiteral("Lucas"));
    QVERIFY(!identityNotice->isVisible());
    QVERIFY(save->accessibleDescription().isEmpty());
    FIND(QComboBox, schoolClass, "beneficiaryClassCombo");
    schoolClass->setCurrentIndex(schoolClass->findText(QStringLiteral("GS")));
    QVERIFY(!identityNotice->isVisible()); // a class is not who the child is
    QCOMPARE(save->text(), QStringLiteral("&Enregistrer"));
    shot(QStringLiteral("s13-beneficiary-edit"));
    click(save);
    FIND(QLabel, notice, "beneficiariesNotice");
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), NetworkTimeoutMs);
    QTRY_VERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("GS")));
    QVERIFY(!firstName->isVisible()); // the form closed

    list->selectionModel()->setCurrentIndex(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    FIND(QPushButton, remove, "beneficiariesDeleteButton");
    QTRY_VERIFY(remove->isEnabled());
    // "Annuler" removes nothing: exactly one removal (the confirmed one) reaches the server.
    BeneficiaryCommands* beneficiaries = m_client->services()->beneficiaryCommands();
    const auto running = [beneficiaries] {
        QList<BeneficiaryOperation*> operations;
        for (BeneficiaryOperation* operation : beneficiaries->findChildren<BeneficiaryOperation*>()) {
            if (operation->isRunning())
                operations.append(operation);
        }
        return operations;
    };
    Confirmation::setNextAnswer(false);
    click(remove);
    QVERIFY(!Confirmation::hasPendingAnswers());
    QVERIFY(running().isEmpty());
    QCOMPARE(list->model()->rowCount(), 1);
    Confirmation::setNextAnswer(true);
    click(remove);
    QCOMPARE(running().size(), 1);
    BeneficiaryOperation* removal = running().constFirst();
    QSignalSpy removed(removal, &Operation::finished);
    QVERIFY(removed.wait(NetworkTimeoutMs));
    QVERIFY2(removal->succeeded(), qPrintable(removal->error().message));
    FIND(QLabel, none, "beneficiariesEmptyLabel");
    QTRY_VERIFY_WITH_TIMEOUT(none->isVisible(), NetworkTimeoutMs);
    QCOMPARE(list->model()->rowCount(), 0);
}

// The server goes away: the table stays as stored and the page says so, with "Actualiser".
void TestServicesInput::fileGoneDuringUploadEndsTheSending()
{
    goToRosieresDocuments(QStringLiteral("RÉSERVATION CANTINE POUR ENFANTS"));
    FIND(DocumentField, proof, "documentProofOfAddress");
    FIND(DocumentField, income, "documentIncomeStatement");
    FIND(QLineEdit, incomeEdit, "justificatifsIncomeEdit");
    type(incomeEdit, QStringLiteral("4500"));
    QFile pdfSource(m_pdf);
    QFile pngSource(m_png);
    QVERIFY(pdfSource.open(QIODevice::ReadOnly));
    QVERIFY(pngSource.open(QIODevice::ReadOnly));
    const QString pdf = writeFile(m_files.filePath(QStringLiteral("edf-copie.pdf")), pdfSource.readAll());
    const QString png = writeFile(m_files.filePath(QStringLiteral("avis-copie.png")), pngSource.readAll());
    FilePicker::setNextPath(pdf);
    click(proof->browseButton());
    QTRY_VERIFY(proof->isAcceptable());
    FilePicker::setNextPath(png);
    click(income->browseButton());
    QTRY_VERIFY(income->isAcceptable());

    // Both files were checked; the one not yet sent disappears once the first is on the server.
    QString removed;
    FIND(BusyButton, submit, "justificatifsSubmitButton");
    click(submit);
    // The submission the page started, observed as it goes.
    SubscriptionCommands* commands = m_client->services()->subscriptionCommands();
    QVERIFY(commands->isBusy());
    SubscriptionOperation* submission = nullptr;
    for (SubscriptionOperation* operation : commands->findChildren<SubscriptionOperation*>()) {
        if (operation->isRunning())
            submission = operation;
    }
    QVERIFY(submission);
    connect(submission, &SubscriptionOperation::documentUploaded, this, [&removed, pdf, png](const QString& kind) {
        if (!removed.isEmpty())
            return;
        removed = kind == DocumentRequirement::KindProofOfAddress ? DocumentRequirement::KindIncomeStatement
                                                                  : DocumentRequirement::KindProofOfAddress;
        QFile::remove(kind == DocumentRequirement::KindProofOfAddress ? png : pdf);
    });
    QTRY_VERIFY(!removed.isEmpty());
    // "Envoi…" ends: the button is back, the field of the vanished file says what happened,
    // and everything typed is still there.
    QTRY_VERIFY(!submit->isBusy());
    QVERIFY(submit->isEnabled());
    const QString errorName = removed == DocumentRequirement::KindProofOfAddress
        ? QStringLiteral("documentProofOfAddressError")
        : QStringLiteral("documentIncomeStatementError");
    auto* error = m_client->find<QLabel>(errorName);
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), qPrintable(errorName));
    FIND(QProgressBar, progress, "justificatifsProgress");
    QVERIFY(!progress->isVisible());
    QCOMPARE(currentServicesPage()->objectName(), QStringLiteral("justificatifsPage"));
    QCOMPARE(incomeEdit->text(), QStringLiteral("4500"));
    QVERIFY(!m_client->services()->subscriptionCommands()->isBusy());
}

void TestServicesInput::offlineKeepsWhatIsStored()
{
    // A second request on file, as the walkthrough leaves it (tst_servicesflow's order).
    sendRosieresRequest(QStringLiteral("RÉSERVATION CANTINE POUR ADULTES"), QStringLiteral("30000"), 2.5);
    QVERIFY(!QTest::currentTestFailed());
    m_client->window()->accountWidget()->showHome();
    FIND(QPushButton, tile, "homeServicesTile");
    click(tile);
    FIND(QTableView, table, "servicesTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, NetworkTimeoutMs);
    const int rows = table->model()->rowCount();
    m_server->stop();
    m_client->services()->sync()->syncAll();
    FIND(QLabel, problem, "servicesSyncProblem");
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), NetworkTimeoutMs);
    FIND(QPushButton, refresh, "servicesRefreshButton");
    QVERIFY(refresh->isVisible());
    QCOMPARE(table->model()->rowCount(), rows);
    shot(QStringLiteral("s14-offline"));
}

QTEST_MAIN(TestServicesInput)
#include "tst_servicesinput.moc"
