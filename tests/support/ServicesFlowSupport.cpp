#include "ServicesFlowSupport.h"

#include "ServerTestSupport.h"
#include "TestHttp.h"

#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "services/ServicesWidget.h"
#include "widgets/DocumentField.h"
#include "widgets/FilePicker.h"
#include "widgets/Sidebar.h"

#include "session/Session.h"

#include <QColor>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace citoyens;
using namespace servicesflow;

void ServicesFlowSupport::startServerAndWriteFiles(const QStringList& extraArgs)
{
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") } + extraArgs);
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

void ServicesFlowSupport::openClientAndSignIn()
{
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150);
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_client->window()));
    QVERIFY(signInMarie());
}

void ServicesFlowSupport::stopServer()
{
    if (m_server)
        m_server->stop();
}

QWidget* ServicesFlowSupport::currentAccountPage() const
{
    return m_client->find<QStackedWidget>(QStringLiteral("sidebarStack"))->currentWidget();
}

QWidget* ServicesFlowSupport::currentServicesPage() const
{
    return m_client->find<QStackedWidget>(QStringLiteral("servicesStack"))->currentWidget();
}

void ServicesFlowSupport::click(QWidget* w)
{
    QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
}

void ServicesFlowSupport::type(QLineEdit* edit, const QString& text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    if (!edit->text().isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void ServicesFlowSupport::shot(const QString& name)
{
    ClientFixture::screenshot(m_client->window(), name);
}

bool ServicesFlowSupport::signInMarie()
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

void ServicesFlowSupport::openSidebarPage(QWidget* page)
{
    m_client->window()->accountWidget()->sidebar()->setCurrentPage(page);
}

QModelIndex ServicesFlowSupport::findRow(const QAbstractItemModel* model, const QString& text,
                                         const QModelIndex& parent)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (index.data().toString() == text)
            return index;
    }
    return {};
}

QString ServicesFlowSupport::writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void ServicesFlowSupport::goToRosieresDocuments(const QString& serviceText)
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

void ServicesFlowSupport::sendRosieresRequest(const QString& serviceText, const QString& income, double parts)
{
    goToRosieresDocuments(serviceText);
    if (QTest::currentTestFailed())
        return;
    FIND(DocumentField, proof, "documentProofOfAddress");
    FIND(DocumentField, incomeDocument, "documentIncomeStatement");
    FilePicker::setNextPath(m_pdf);
    click(proof->browseButton());
    QTRY_COMPARE(proof->path(), m_pdf);
    FilePicker::setNextPath(m_png);
    click(incomeDocument->browseButton());
    QTRY_COMPARE(incomeDocument->path(), m_png);
    FIND(QLineEdit, incomeEdit, "justificatifsIncomeEdit");
    type(incomeEdit, income);
    FIND(QDoubleSpinBox, partsSpin, "justificatifsPartsSpin");
    partsSpin->setValue(parts);
    incomeEdit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(incomeEdit, Qt::Key_Return); // Return = "Valider"
    QTRY_COMPARE_WITH_TIMEOUT(currentServicesPage()->objectName(), QStringLiteral("servicesPage"), NetworkTimeoutMs);
}

void ServicesFlowSupport::addChild(const QString& firstName, const QString& schoolClass)
{
    AccountWidget* account = m_client->window()->accountWidget();
    account->showHome();
    FIND(QPushButton, tile, "homeBeneficiariesTile");
    click(tile);
    QTRY_COMPARE(currentAccountPage(), account->beneficiariesPage());
    FIND(QPushButton, addBeneficiary, "beneficiariesAddButton");
    click(addBeneficiary);
    FIND(QLineEdit, lastName, "beneficiaryLastNameEdit");
    QTRY_VERIFY(lastName->isVisible());
    type(lastName, QStringLiteral("Dupont"));
    FIND(QLineEdit, first, "beneficiaryFirstNameEdit");
    type(first, firstName);
    FIND(QLineEdit, birth, "beneficiaryBirthDateEdit");
    type(birth, QStringLiteral("01/01/2020"));
    FIND(QComboBox, relation, "beneficiaryRelationCombo");
    FIND(QComboBox, classCombo, "beneficiaryClassCombo");
    QTRY_VERIFY(relation->findText(QStringLiteral("Enfant")) > 0);
    relation->setCurrentIndex(relation->findText(QStringLiteral("Enfant")));
    classCombo->setCurrentIndex(classCombo->findText(schoolClass));
    QVERIFY(classCombo->currentIndex() > 0);
    FilePicker::setNextPath(m_photo);
    FIND(QPushButton, photoBrowse, "beneficiaryPhotoBrowseButton");
    click(photoBrowse);
    FIND(QLabel, photoPreview, "beneficiaryPhotoPreview");
    QTRY_VERIFY(photoPreview->isVisible());
    FIND(QPushButton, save, "beneficiarySaveButton");
    click(save);
    FIND(QLabel, saved, "beneficiarySavedNotice");
    QTRY_VERIFY_WITH_TIMEOUT(saved->isVisible(), NetworkTimeoutMs);
}

void ServicesFlowSupport::signInOverHttp(TestHttp& http, const QString& email, const QString& password)
{
    const TestReply login = http.post(QStringLiteral("/auth/login"), support::credentials(email, password));
    QCOMPARE(login.status, 200);
    http.setBearer(support::accessToken(login));
}

void ServicesFlowSupport::agentPendingIds(QStringList* ids)
{
    ids->clear();
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    if (QTest::currentTestFailed())
        return;
    const TestReply queue = agent.get(QStringLiteral("/agent/queue"));
    QCOMPARE(queue.status, 200);
    const QJsonArray subscriptions = queue.json().value(QStringLiteral("subscriptions")).toArray();
    for (const QJsonValue& v : subscriptions) {
        if (v.toObject().value(QStringLiteral("status")).toString() == u"pending")
            ids->append(v.toObject().value(QStringLiteral("id")).toString());
    }
}

void ServicesFlowSupport::agentDecide(const QString& id, const QJsonObject& body)
{
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    if (QTest::currentTestFailed())
        return;
    const TestReply decision = agent.post(QStringLiteral("/agent/subscriptions/%1/decision").arg(id), body);
    QCOMPARE(decision.status, 200);
}

void ServicesFlowSupport::markNotificationsRead()
{
    TestHttp marie(*m_server);
    signInOverHttp(marie, MarieEmail, MariePassword);
    if (QTest::currentTestFailed())
        return;
    const TestReply list = marie.get(QStringLiteral("/me/notifications"));
    QCOMPARE(list.status, 200);
    const QJsonArray notifications = list.json().value(QStringLiteral("notifications")).toArray();
    for (const QJsonValue& v : notifications) {
        const QString id = v.toObject().value(QStringLiteral("id")).toVariant().toString();
        const TestReply read = marie.post(QStringLiteral("/me/notifications/%1/read").arg(id), QJsonObject {});
        QCOMPARE(read.status, 204);
    }
}
