// The real windows, offscreen, against the real citoyens-server over HTTPS, along the web
// platform's walkthrough from "Mes Services" to its end: choose ROSIÈRES / Inscription accueil
// de loisirs résident commune, attach two real files, the income and parts (quotient 375,
// "inf 399"), send; the row "En attente" and the reminder; "Mes filiations": a child with a
// photo, "Enregistrer +" and a fresh form; then the Rosières agent approves through the API
// and the client shows the new status, the unread badge, the banner and "Mes notifications".
// Bad input: unacceptable files (named field, other input kept), a future birth date.
#include "ClientFixture.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryForm.h"
#include "notifications/NotificationBanner.h"
#include "notifications/NotificationsPage.h"
#include "services/DocumentField.h"
#include "services/ServicesWidget.h"
#include "widgets/Confirmation.h"
#include "widgets/FilePicker.h"
#include "widgets/Sidebar.h"
#include "widgets/SidebarModel.h"

#include "itemmodels/CatalogueModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "session/Session.h"
#include "sync/ServicesContext.h"
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

namespace {

constexpr int NetworkTimeoutMs = 20000;
const QString MarieEmail = QStringLiteral("marie.dupont@example.org");
const QString MariePassword = QStringLiteral("Citoyens-2026!");
const QString SeedRow = QStringLiteral("Rosières / Inscription Accueil de Loisirs Résident Commune / inf 399");

} // namespace

#define FIND(Type, var, name)                                                                                          \
    Type* var = m_client->find<Type>(QStringLiteral(name));                                                            \
    QVERIFY2(var, name " not found")

class TestServicesFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ClientFixture> m_client;
    QTemporaryDir m_files;
    QString m_pdf;
    QString m_png;
    QString m_photo;

    QWidget* currentAccountPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("sidebarStack"))->currentWidget();
    }
    QWidget* currentServicesPage() const
    {
        return m_client->find<QStackedWidget>(QStringLiteral("servicesStack"))->currentWidget();
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
    void shot(const QString& name) { ClientFixture::screenshot(m_client->window(), name); }

    bool signInMarie()
    {
        auto* email = m_client->find<QLineEdit>(QStringLiteral("signInEmailEdit"));
        auto* password = m_client->find<QLineEdit>(QStringLiteral("signInPasswordEdit"));
        if (!email || !password)
            return false;
        type(email, MarieEmail);
        type(password, MariePassword);
        QTest::keyClick(password, Qt::Key_Return);
        return QTest::qWaitFor([this] { return m_client->session()->state() == Session::State::SignedIn; },
                               NetworkTimeoutMs);
    }
    void openSidebarPage(QWidget* page) { m_client->window()->accountWidget()->sidebar()->setCurrentPage(page); }
    static QModelIndex findRow(const QAbstractItemModel* model, const QString& text, const QModelIndex& parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            if (index.data().toString() == text)
                return index;
        }
        return {};
    }
    static QString writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }
    // From "Mes services" to the documents page of a service of ROSIÈRES, as a person does it:
    // filter "ros", pick the service, Return.
    void goToRosieresDocuments(const QString& serviceText
                               = QStringLiteral("INSCRIPTION ACCUEIL DE LOISIRS RÉSIDENT COMMUNE"))
    {
        AccountWidget* account = m_client->window()->accountWidget();
        FIND(QPushButton, tile, "homeServicesTile");
        click(tile);
        QTRY_COMPARE(currentAccountPage(), account->servicesWidget());
        QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("servicesPage"));
        FIND(QPushButton, add, "servicesAddButton");
        click(add);
        QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("addServicePage"));
        FIND(QTreeView, tree, "addServiceTree");
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 4, NetworkTimeoutMs); // the catalogue arrived
        FIND(QLineEdit, filter, "addServiceFilterEdit");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("ros"));
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        const QModelIndex commune = findRow(tree->model(), QStringLiteral("ROSIÈRES"));
        QVERIFY(commune.isValid());
        QCOMPARE(tree->model()->rowCount(commune), 4); // the commune matched: all its services
        const QModelIndex service = findRow(tree->model(), serviceText, commune);
        QVERIFY(service.isValid());
        QVERIFY(!(tree->model()->flags(commune) & Qt::ItemIsSelectable)); // only services are chosen
        tree->setFocus(Qt::OtherFocusReason);
        tree->selectionModel()->setCurrentIndex(service, QItemSelectionModel::ClearAndSelect);
        shot(QStringLiteral("s02-add-service-filtered"));
        QTest::keyClick(tree, Qt::Key_Return); // Return = "Valider"
        QTRY_COMPARE(currentServicesPage()->objectName(), QStringLiteral("justificatifsPage"));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(m_files.isValid());
        m_pdf = writeFile(m_files.filePath(QStringLiteral("justificatif-domicile.pdf")),
                          "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
                          "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        QImage avis(120, 160, QImage::Format_RGB32);
        avis.fill(QColor(230, 240, 245));
        m_png = m_files.filePath(QStringLiteral("avis-imposition.png"));
        QVERIFY(avis.save(m_png, "PNG"));
        QImage photo(800, 600, QImage::Format_RGB32);
        photo.fill(QColor(200, 170, 140));
        m_photo = m_files.filePath(QStringLiteral("photo-lea.png"));
        QVERIFY(photo.save(m_photo, "PNG"));
        QVERIFY(!m_pdf.isEmpty());
    }

    void init()
    {
        m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150);
        m_client->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_client->window()));
        QVERIFY(signInMarie());
    }

    void cleanup() { m_client.reset(); }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    void seedWalkthrough();
    void badInputKeepsTheRest();
    void incompleteThenCompleted();
    void editAndDeleteBeneficiary();
    void offlineKeepsWhatIsStored(); // last: stops the server
};

void TestServicesFlow::seedWalkthrough()
{
    AccountWidget* account = m_client->window()->accountWidget();
    QVERIFY(account->servicesWidget());
    FIND(QListView, sidebar, "sidebarList");
    QCOMPARE(sidebar->model()->rowCount(), 5); // Accueil, Mes services, infos, Mes filiations, Mes notifications
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

    // Back to the table: the seed's row, "En attente", and the reminder.
    QTRY_COMPARE_WITH_TIMEOUT(currentServicesPage()->objectName(), QStringLiteral("servicesPage"), NetworkTimeoutMs);
    FIND(QTableView, table, "servicesTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), SeedRow);
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
        const TestReply login = marie.post(QStringLiteral("/auth/login"),
                                           { { QStringLiteral("email"), MarieEmail },
                                             { QStringLiteral("password"), MariePassword },
                                             { QStringLiteral("remember"), false } });
        QCOMPARE(login.status, 200);
        marie.setBearer(login.json().value(QStringLiteral("accessToken")).toString().toUtf8());
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
    TestHttp agent(*m_server);
    const TestReply login = agent.post(QStringLiteral("/auth/login"),
                                       { { QStringLiteral("email"), QStringLiteral("agent.rosieres@example.org") },
                                         { QStringLiteral("password"), QStringLiteral("Guichet-Rosieres-2026") },
                                         { QStringLiteral("remember"), false } });
    QCOMPARE(login.status, 200);
    agent.setBearer(login.json().value(QStringLiteral("accessToken")).toString().toUtf8());
    const TestReply queue = agent.get(QStringLiteral("/agent/queue"));
    QCOMPARE(queue.status, 200);
    const QJsonArray pending = queue.json().value(QStringLiteral("subscriptions")).toArray();
    QCOMPARE(pending.size(), 1);
    const QString id = pending.at(0).toObject().value(QStringLiteral("id")).toString();
    const TestReply decision = agent.post(QStringLiteral("/agent/subscriptions/%1/decision").arg(id),
                                          { { QStringLiteral("decision"), QStringLiteral("approve") } });
    QCOMPARE(decision.status, 200);

    // The poller brings the notification: badge, banner, new status.
    SidebarModel* sidebarModel = account->sidebar()->model();
    const int notificationsRow = 4;
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

void TestServicesFlow::badInputKeepsTheRest()
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
    QTRY_COMPARE(table->model()->rowCount(), 2); // with the one approved in seedWalkthrough
    FIND(QPushButton, withdraw, "servicesWithdrawButton");
    QTRY_VERIFY(withdraw->isEnabled());
    Confirmation::setNextAnswer(false); // "Annuler": nothing happens
    click(withdraw);
    QTest::qWait(200);
    QCOMPARE(table->model()->rowCount(), 2);
    Confirmation::setNextAnswer(true);
    click(withdraw);
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

    TestHttp agent(*m_server);
    const TestReply login = agent.post(QStringLiteral("/auth/login"),
                                       { { QStringLiteral("email"), QStringLiteral("agent.rosieres@example.org") },
                                         { QStringLiteral("password"), QStringLiteral("Guichet-Rosieres-2026") },
                                         { QStringLiteral("remember"), false } });
    QCOMPARE(login.status, 200);
    agent.setBearer(login.json().value(QStringLiteral("accessToken")).toString().toUtf8());
    const QJsonArray pending
        = agent.get(QStringLiteral("/agent/queue")).json().value(QStringLiteral("subscriptions")).toArray();
    QString id;
    for (const QJsonValue& v : pending) {
        if (v.toObject().value(QStringLiteral("status")).toString() == u"pending")
            id = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!id.isEmpty());
    const TestReply decision = agent.post(QStringLiteral("/agent/subscriptions/%1/decision").arg(id),
                                          { { QStringLiteral("decision"), QStringLiteral("incomplete") },
                                            { QStringLiteral("reason"), QStringLiteral("Justificatif illisible") } });
    QCOMPARE(decision.status, 200);

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

// A pending beneficiary is edited, then deleted after a confirmation.
void TestServicesFlow::editAndDeleteBeneficiary()
{
    AccountWidget* account = m_client->window()->accountWidget();
    FIND(QPushButton, tile, "homeBeneficiariesTile");
    click(tile);
    QTRY_COMPARE(currentAccountPage(), account->beneficiariesPage());
    FIND(QListView, list, "beneficiariesList");
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, NetworkTimeoutMs); // Lucas, from seedWalkthrough
    list->setFocus(Qt::OtherFocusReason);
    list->selectionModel()->setCurrentIndex(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    FIND(QPushButton, edit, "beneficiariesEditButton");
    QTRY_VERIFY(edit->isEnabled());
    click(edit);
    FIND(QLineEdit, firstName, "beneficiaryFirstNameEdit");
    QTRY_COMPARE(firstName->text(), QStringLiteral("Lucas"));
    FIND(QLabel, photoPreview, "beneficiaryPhotoPreview");
    QTRY_VERIFY_WITH_TIMEOUT(photoPreview->isVisible(), NetworkTimeoutMs); // the photo on file
    FIND(QComboBox, schoolClass, "beneficiaryClassCombo");
    schoolClass->setCurrentIndex(schoolClass->findText(QStringLiteral("GS")));
    FIND(QPushButton, save, "beneficiarySaveButton");
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
    Confirmation::setNextAnswer(false);
    click(remove);
    QTest::qWait(200);
    QCOMPARE(list->model()->rowCount(), 1);
    Confirmation::setNextAnswer(true);
    click(remove);
    FIND(QLabel, none, "beneficiariesEmptyLabel");
    QTRY_VERIFY_WITH_TIMEOUT(none->isVisible(), NetworkTimeoutMs);
    QCOMPARE(list->model()->rowCount(), 0);
}

// The server goes away: the table stays as stored and the page says so, with "Actualiser".
void TestServicesFlow::offlineKeepsWhatIsStored()
{
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

QTEST_MAIN(TestServicesFlow)
#include "tst_servicesflow.moc"
