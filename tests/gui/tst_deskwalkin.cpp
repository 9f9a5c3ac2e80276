// The desk with a walk-in citizen, offscreen against the real server: the agent creates the
// account (activation sheet), opens the assisted session, sends a request with a document for
// the citizen, ends it, and nothing of the citizen is left in the data folder; the lock (idle,
// the OS session) ends the assisted session and asks the agent's password.
#include "KeyboardSupport.h"
#include "ServicesFlowSupport.h"
#include "TestHttp.h"

#include "ClientCore.h"
#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/PageIds.h"
#include "assisted/AssistedSessionWidget.h"
#include "assisted/LockScreen.h"
#include "assisted/SensitiveClipboard.h"
#include "walkin/CitizensPage.h"
#include "walkin/NewCitizenPage.h"
#include "widgets/Confirmation.h"
#include "widgets/DocumentField.h"
#include "widgets/FilePicker.h"
#include "widgets/Sidebar.h"

#include "assisted/AssistedSession.h"
#include "scope/AccountScope.h"
#include "session/InactivityMonitor.h"
#include "session/ManualClock.h"
#include "session/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

using namespace citoyens;
using namespace servicesflow;

class DeskWalkInTest : public QObject, private ServicesFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { stopServer(); }

    void newCitizenRefusesWithFrenchFieldMessages();
    void walkInCitizenAssistedRequestLeavesNothing();
    void searchConsentCodeThenIdleLockAndUnlock();
    void osSessionLockEndsAssistedSession();
    void tokenExpiryEndsAssistedSession();
    void newCitizenAndAssistedSessionFromTheKeyboard();

private:
    void signInAgent();
    QWidget* mainPage() const;
    QString uniqueEmail(const QString& name) const;
    // Over HTTP as the Rosières agent: a walk-in account (no code needed for 15 minutes).
    QString createCitizenOverHttp(const QString& email, const QString& first, const QString& last);
    void openAssistedWithoutCode(const QString& id, const QString& name);
    QStringList filesOf(const QString& dir) const;
    // Every file of the data folder, and none names the citizen or holds their address.
    void verifyNothingOf(const QString& citizenId, const QString& email);
    int auditCount(const QString& action, const QString& citizenId, QString* actor = nullptr);

    QTemporaryDir m_scanner;
    QString m_sheetPath;
    // The system's print dialog is accepted as a person would press "Print", and counted.
    QTimer m_printDialogWatch;
    int m_printDialogs = 0;
};

void DeskWalkInTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CitoyensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskwalkin"));
    startServerAndWriteFiles();
    QVERIFY(m_scanner.isValid());
    m_sheetPath = m_files.filePath(QStringLiteral("fiche-activation.pdf"));
    NewCitizenPage::setPrinterSetup([this](QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_sheetPath);
    });
    m_printDialogWatch.setInterval(10);
    connect(&m_printDialogWatch, &QTimer::timeout, this, [this] {
        if (auto* dialog = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget())) {
            ++m_printDialogs;
            dialog->accept();
        }
    });
    m_printDialogWatch.start();
}

void DeskWalkInTest::init()
{
    AssistedSession::setScannerFolder(m_scanner.path());
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150);
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_client->window()));
    signInAgent();
}

void DeskWalkInTest::cleanup()
{
    m_client.reset();
    AssistedSession::setScannerFolder({});
}

void DeskWalkInTest::signInAgent()
{
    FIND(QLineEdit, email, "signInEmailEdit");
    FIND(QLineEdit, password, "signInPasswordEdit");
    type(email, AgentEmail);
    type(password, AgentPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->session()->state() == Session::State::SignedIn, NetworkTimeoutMs);
    QTRY_COMPARE(mainPage(), m_client->window()->accountWidget());
}

QWidget* DeskWalkInTest::mainPage() const
{
    return m_client->find<QStackedWidget>(QStringLiteral("mainStack"))->currentWidget();
}

QString DeskWalkInTest::uniqueEmail(const QString& name) const
{
    return name + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8)
        + QStringLiteral("@example.org");
}

QString DeskWalkInTest::createCitizenOverHttp(const QString& email, const QString& first, const QString& last)
{
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    const TestReply created
        = agent.post(QStringLiteral("/agent/citizens"),
                     { { QStringLiteral("email"), email },
                       { QStringLiteral("civility"), QStringLiteral("M") },
                       { QStringLiteral("firstName"), first },
                       { QStringLiteral("lastName"), last },
                       { QStringLiteral("delivery"), QStringLiteral("mail") } },
                     { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
    if (created.status != 201)
        qWarning() << created.status << created.body;
    return created.json().value(QStringLiteral("id")).toString();
}

void DeskWalkInTest::openAssistedWithoutCode(const QString& id, const QString& name)
{
    AssistedSession* assistance = m_client->window()->assistance();
    QVERIFY(assistance->confirmAssisted(id, name, {}));
    QTRY_VERIFY_WITH_TIMEOUT(assistance->assisted() != nullptr, NetworkTimeoutMs);
    QTRY_COMPARE(mainPage(), m_client->window()->assistedSession());
}

QStringList DeskWalkInTest::filesOf(const QString& dir) const
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

void DeskWalkInTest::verifyNothingOf(const QString& citizenId, const QString& email)
{
    const QStringList files = filesOf(m_client->dataDir());
    qInfo().noquote() << "data folder after the assisted session:" << files.join(QStringLiteral(", "));
    QVERIFY(!files.isEmpty()); // the agent's own store is there
    for (const QString& path : files) {
        QVERIFY2(!path.contains(QStringLiteral("/assisted/")), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(email.toUtf8()), qPrintable(path));
        QVERIFY2(!bytes.contains(citizenId.toUtf8()), qPrintable(path));
    }
    QVERIFY(!QFileInfo::exists(AccountScope::assistedRoot(m_client->dataDir()))
            || QDir(AccountScope::assistedRoot(m_client->dataDir())).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
}

int DeskWalkInTest::auditCount(const QString& action, const QString& citizenId, QString* actor)
{
    const QString name = QStringLiteral("audit-") + QUuid::createUuid().toString(QUuid::Id128);
    int count = 0;
    {
        QSqlDatabase db = m_server->addDatabase(name);
        if (!db.open())
            return -1;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT actor_id FROM audit_log WHERE action = ? AND citizen_id = ?"));
        query.addBindValue(action);
        query.addBindValue(citizenId);
        if (!query.exec())
            return -1;
        while (query.next()) {
            ++count;
            if (actor)
                *actor = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void DeskWalkInTest::newCitizenRefusesWithFrenchFieldMessages()
{
    FIND(QPushButton, tile, "homeNewCitizenTile");
    click(tile);
    FIND(NewCitizenPage, page, "newCitizenPage");
    QTRY_VERIFY(page->isVisible());
    FIND(QPushButton, print, "newCitizenPrintSheetButton");
    click(print);
    FIND(QLabel, lastNameError, "newCitizenLastNameError");
    QVERIFY(lastNameError->isVisible());
    QVERIFY2(lastNameError->text().contains(QStringLiteral("Nom")), qPrintable(lastNameError->text()));
    // The server's field code, in French under the field; what was typed stays.
    FIND(QLineEdit, last, "newCitizenLastNameEdit");
    FIND(QLineEdit, first, "newCitizenFirstNameEdit");
    FIND(QLineEdit, email, "newCitizenEmailEdit");
    type(last, QStringLiteral("Martin"));
    type(first, QStringLiteral("Paul"));
    type(email, QStringLiteral("pas-une-adresse"));
    click(print);
    FIND(QLabel, emailError, "newCitizenEmailError");
    QTRY_VERIFY_WITH_TIMEOUT(emailError->isVisible(), NetworkTimeoutMs);
    QVERIFY2(emailError->text().contains(QStringLiteral("adresse")), qPrintable(emailError->text()));
    QCOMPARE(last->text(), QStringLiteral("Martin"));
    QVERIFY(!QFileInfo::exists(m_sheetPath));
}

void DeskWalkInTest::walkInCitizenAssistedRequestLeavesNothing()
{
    const QString address = uniqueEmail(QStringLiteral("jeanne.lefevre"));
    FIND(QPushButton, tile, "homeNewCitizenTile");
    click(tile);
    FIND(QComboBox, civility, "newCitizenCivilityCombo");
    civility->setCurrentIndex(1);
    FIND(QLineEdit, last, "newCitizenLastNameEdit");
    FIND(QLineEdit, first, "newCitizenFirstNameEdit");
    FIND(QLineEdit, birth, "newCitizenBirthDateEdit");
    FIND(QLineEdit, email, "newCitizenEmailEdit");
    last->setFocus(Qt::OtherFocusReason);
    last->insert(QStringLiteral("Lefèvre")); // QTest types Latin-1 only
    type(first, QStringLiteral("Jeanne"));
    type(birth, QStringLiteral("14/03/1985"));
    type(email, address);
    shot(QStringLiteral("deskwalkin-01-new-citizen"));
    QFile::remove(m_sheetPath);
    m_printDialogs = 0;
    FIND(QPushButton, print, "newCitizenPrintSheetButton");
    click(print);
    FIND(QLabel, result, "newCitizenResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), NetworkTimeoutMs);
    FIND(NewCitizenPage, page, "newCitizenPage");
    const QString citizenId = page->createdCitizenId();
    QVERIFY(!citizenId.isEmpty());

    // The sheet, printed through the print dialog (to a PDF file here): the address and the code.
    QCOMPARE(m_printDialogs, 1);
    QCOMPARE(page->sheetDestination(), QDir::toNativeSeparators(m_sheetPath));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(m_sheetPath), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), 1);
    const QString text = pdf.getAllText(0).text();
    QVERIFY2(text.contains(address), qPrintable(text));
    const QRegularExpressionMatch code = QRegularExpression(QStringLiteral("\\b(\\d{4}) ?(\\d{2})\\b")).match(text);
    QVERIFY2(code.hasMatch(), qPrintable(text));
    const QString activationCode = code.captured(1) + code.captured(2);
    shot(QStringLiteral("deskwalkin-02-created"));

    // At once, without a code: the assisted session under its banner.
    FIND(QPushButton, assist, "newCitizenAssistButton");
    click(assist);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->window()->assistedSession(), NetworkTimeoutMs);
    AssistedSessionWidget* assisted = m_client->window()->assistedSession();
    QTRY_COMPARE(mainPage(), assisted);
    QCOMPARE(assisted->bannerText(), QStringLiteral("Vous agissez pour Jeanne Lefèvre"));
    AssistedSession* assistance = m_client->window()->assistance();
    const QString folder = assistance->assisted()->folder();
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(folder.startsWith(AccountScope::assistedRoot(m_client->dataDir())));

    // The citizen's "Mes services": add the Rosières service.
    auto* services = assisted->page(PageId::Services);
    QVERIFY(services);
    QTRY_COMPARE(assisted->sidebar()->currentPage(), services);
    auto* servicesStack = assisted->findChild<QStackedWidget*>(QStringLiteral("servicesStack"));
    QVERIFY(servicesStack);
    auto* add = assisted->findChild<QPushButton*>(QStringLiteral("servicesAddButton"));
    QVERIFY(add);
    click(add);
    QTRY_COMPARE(servicesStack->currentWidget()->objectName(), QStringLiteral("addServicePage"));
    auto* tree = assisted->findChild<QTreeView*>(QStringLiteral("addServiceTree"));
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 4, NetworkTimeoutMs);
    auto* filter = assisted->findChild<QLineEdit*>(QStringLiteral("addServiceFilterEdit"));
    filter->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(filter, QStringLiteral("ros"));
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    const QModelIndex commune = findRow(tree->model(), QStringLiteral("ROSIÈRES"));
    const QModelIndex service = findRow(tree->model(), LoisirsService, commune);
    QVERIFY(service.isValid());
    tree->setFocus(Qt::OtherFocusReason);
    tree->selectionModel()->setCurrentIndex(service, QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(servicesStack->currentWidget()->objectName(), QStringLiteral("justificatifsPage"));

    // The proof of address comes from the desk's scanner folder.
    auto* proof = assisted->findChild<DocumentField*>(QStringLiteral("documentProofOfAddress"));
    auto* income = assisted->findChild<DocumentField*>(QStringLiteral("documentIncomeStatement"));
    QVERIFY(proof && income);
    const QString scanned = m_scanner.filePath(QStringLiteral("scan-0001.pdf"));
    QVERIFY(QFile::copy(m_pdf, scanned));
    auto* scanBar = assisted->findChild<QWidget*>(QStringLiteral("assistedScanBar"));
    QTRY_VERIFY_WITH_TIMEOUT(scanBar->isVisible(), 10000);
    QCOMPARE(assisted->offeredScan(), scanned);
    auto* target = assisted->findChild<QComboBox*>(QStringLiteral("assistedScanTargetCombo"));
    target->setCurrentIndex(target->findData(QStringLiteral("documentProofOfAddress")));
    QVERIFY(target->currentIndex() >= 0);
    click(assisted->findChild<QPushButton*>(QStringLiteral("assistedScanAttachButton")));
    QCOMPARE(proof->path(), scanned);
    FilePicker::setNextPath(m_png);
    click(income->browseButton());
    QTRY_COMPARE(income->path(), m_png);
    auto* incomeEdit = assisted->findChild<QLineEdit*>(QStringLiteral("justificatifsIncomeEdit"));
    type(incomeEdit, QStringLiteral("12000"));
    assisted->findChild<QDoubleSpinBox*>(QStringLiteral("justificatifsPartsSpin"))->setValue(2);
    incomeEdit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(incomeEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(servicesStack->currentWidget()->objectName(), QStringLiteral("servicesPage"),
                              NetworkTimeoutMs);
    shot(QStringLiteral("deskwalkin-03-assisted"));

    // The agent copies the request's row from the citizen's table: marked sensitive.
    auto* table = assisted->findChild<QTableView*>(QStringLiteral("servicesTable"));
    QVERIFY(table);
    table->setFocus(Qt::OtherFocusReason);
    table->selectRow(0);
    QTest::keySequence(table, QKeySequence::Copy);
    QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Rosières")));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(SensitiveClipboard::markerFormat()));
    QVERIFY(assisted->clipboard()->holdsOurs());
    QVERIFY(!filesOf(folder).isEmpty());

    // The server has the request, with its documents, audited as made by the agent for them.
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    const TestReply record = agent.get(QStringLiteral("/agent/citizens/") + citizenId);
    QCOMPARE(record.status, 200);
    const QJsonArray subscriptions = record.json().value(QStringLiteral("subscriptions")).toArray();
    QCOMPARE(subscriptions.size(), 1);
    QCOMPARE(subscriptions.at(0).toObject().value(QStringLiteral("documents")).toArray().size(), 2);
    const TestReply me = agent.get(QStringLiteral("/me"));
    const QString agentId = me.json().value(QStringLiteral("id")).toString();
    QString actor;
    QVERIFY(auditCount(QStringLiteral("assisted_change"), citizenId, &actor) >= 3); // two uploads, the request
    QCOMPARE(actor, agentId);

    // "Terminer l'assistance": back to the agent's pages, nothing of the citizen left.
    auto* end = assisted->findChild<QPushButton*>(QStringLiteral("assistedEndButton"));
    click(end);
    QTRY_COMPARE(mainPage(), m_client->window()->accountWidget());
    QVERIFY(!assistance->assisted());
    QTRY_VERIFY(!QFileInfo::exists(folder));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    verifyNothingOf(citizenId, address);
    QTRY_COMPARE_WITH_TIMEOUT(auditCount(QStringLiteral("assist_ended"), citizenId), 1, NetworkTimeoutMs);

    // The code of the sheet is the real one: the citizen activates with it.
    TestHttp citizen(*m_server);
    const TestReply activated
        = citizen.post(QStringLiteral("/auth/activate"),
                       { { QStringLiteral("email"), address },
                         { QStringLiteral("code"), activationCode },
                         { QStringLiteral("password"), QStringLiteral("Jeanne-Lefevre-2026!") } });
    QCOMPARE(activated.status, 204);
}

void DeskWalkInTest::searchConsentCodeThenIdleLockAndUnlock()
{
    const QString address = uniqueEmail(QStringLiteral("lucas.bernard"));
    const QString id = createCitizenOverHttp(address, QStringLiteral("Lucas"), QStringLiteral("Bernardin"));
    QVERIFY(!id.isEmpty());
    FIND(QPushButton, tile, "homeCitizensTile");
    click(tile);
    FIND(CitizensPage, page, "citizensPage");
    QTRY_VERIFY(page->isVisible());
    FIND(QLineEdit, search, "citizensSearchEdit");
    search->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(search, QStringLiteral("Bernardin"));
    FIND(QListWidget, results, "citizensList");
    QTRY_VERIFY_WITH_TIMEOUT(results->count() >= 1, NetworkTimeoutMs);
    QVERIFY(results->item(0)->text().contains(address));
    QTest::keyClick(search, Qt::Key_Return);
    FIND(QLabel, identity, "citizenIdentity");
    QTRY_VERIFY_WITH_TIMEOUT(identity->text().contains(address), NetworkTimeoutMs);
    shot(QStringLiteral("deskwalkin-04-record"));

    // The consent code, mailed to the citizen and read out to the agent.
    FIND(QPushButton, assist, "citizenAssistButton");
    click(assist);
    FIND(QLineEdit, code, "citizenConsentCodeEdit");
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->latestCode(address).isEmpty(), NetworkTimeoutMs);
    QTest::keyClicks(code,
                     QStringLiteral("000000") == m_server->latestCode(address) ? QStringLiteral("111111")
                                                                               : QStringLiteral("000000"));
    QTest::keyClick(code, Qt::Key_Return);
    FIND(QLabel, message, "citizenRecordMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->property("error").toBool() && message->isVisible(), NetworkTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("code"), Qt::CaseInsensitive), qPrintable(message->text()));
    QVERIFY(!m_client->window()->assistedSession());
    code->clear();
    QTest::keyClicks(code, m_server->latestCode(address));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->window()->assistedSession(), NetworkTimeoutMs);
    AssistedSession* assistance = m_client->window()->assistance();
    const QString folder = assistance->assisted()->folder();
    QVERIFY(QFileInfo(folder).isDir());

    // No input for the administrator's delay: the desk locks, the assisted session ends first.
    QCOMPARE(assistance->lockAfterSeconds(), 300);
    QCOMPARE(m_client->monitor()->idleLimit(), std::chrono::milliseconds(300 * 1000));
    m_client->clock()->advance(std::chrono::seconds(301));
    QTRY_COMPARE(mainPage(), m_client->window()->lockScreen());
    QVERIFY(!assistance->assisted());
    QVERIFY(!m_client->window()->assistedSession());
    QTRY_VERIFY(!QFileInfo::exists(folder));
    QCOMPARE(m_client->session()->state(), Session::State::SignedOut);
    verifyNothingOf(id, address);
    QTRY_COMPARE_WITH_TIMEOUT(auditCount(QStringLiteral("assist_ended"), id), 1, NetworkTimeoutMs);

    // Unlocking asks the agent's password: a wrong one is refused, the right one comes back.
    FIND(QLabel, who, "lockWhoLabel");
    QVERIFY(who->text().contains(AgentEmail));
    FIND(QLineEdit, password, "lockPasswordEdit");
    password->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(password, QStringLiteral("pas-le-bon"));
    QTest::keyClick(password, Qt::Key_Return);
    FIND(QLabel, error, "lockError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QCOMPARE(mainPage(), m_client->window()->lockScreen());
    QTest::keyClicks(password, AgentPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
    QTRY_COMPARE(mainPage(), m_client->window()->accountWidget());
    QVERIFY(!assistance->isLocked());
}

void DeskWalkInTest::osSessionLockEndsAssistedSession()
{
    const QString address = uniqueEmail(QStringLiteral("ines.morel"));
    const QString id = createCitizenOverHttp(address, QStringLiteral("Inès"), QStringLiteral("Morel"));
    QVERIFY(!id.isEmpty());
    openAssistedWithoutCode(id, QStringLiteral("Inès Morel"));
    AssistedSession* assistance = m_client->window()->assistance();
    const QString folder = assistance->assisted()->folder();
    // The agent's own copy (not from the citizen's pages) stays after the session.
    QGuiApplication::clipboard()->setText(QStringLiteral("note de l'agent"));
    Q_EMIT assistance->lockWatcher()->lockRequested(SessionLockWatcher::Reason::SessionLocked);
    QTRY_COMPARE(mainPage(), m_client->window()->lockScreen());
    QVERIFY(!assistance->assisted());
    QTRY_VERIFY(!QFileInfo::exists(folder));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("note de l'agent"));
    verifyNothingOf(id, address);
    FIND(QLineEdit, password, "lockPasswordEdit");
    password->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(password, AgentPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(mainPage(), m_client->window()->accountWidget(), NetworkTimeoutMs);
}

void DeskWalkInTest::tokenExpiryEndsAssistedSession()
{
    const QString address = uniqueEmail(QStringLiteral("hugo.roux"));
    const QString id = createCitizenOverHttp(address, QStringLiteral("Hugo"), QStringLiteral("Roux"));
    QVERIFY(!id.isEmpty());
    // The token as the server gives it, with an expiry moved close so that the test need not
    // wait 30 minutes: the desk ends the session at the expiry it was given.
    TestHttp agent(*m_server);
    signInOverHttp(agent, AgentEmail, AgentPassword);
    const TestReply confirmed = agent.post(QStringLiteral("/agent/citizens/%1/assist/confirm").arg(id), QJsonObject {});
    QCOMPARE(confirmed.status, 200);
    const QByteArray token = confirmed.json().value(QStringLiteral("accessToken")).toString().toUtf8();
    AssistedSession* assistance = m_client->window()->assistance();
    QString error;
    QVERIFY2(assistance->openAssisted(id, QStringLiteral("Hugo Roux"), token,
                                      QDateTime::currentDateTimeUtc().addMSecs(500), &error),
             qPrintable(error));
    QTRY_COMPARE(mainPage(), m_client->window()->assistedSession());
    const QString folder = assistance->assisted()->folder();
    QTRY_VERIFY_WITH_TIMEOUT(!assistance->assisted(), 5000);
    QTRY_COMPARE(mainPage(), m_client->window()->accountWidget());
    QTRY_VERIFY(!QFileInfo::exists(folder));
    verifyNothingOf(id, address);
    // The token was revoked on the server too.
    QTRY_COMPARE_WITH_TIMEOUT(auditCount(QStringLiteral("assist_ended"), id), 1, NetworkTimeoutMs);
    TestHttp citizen(*m_server);
    citizen.setBearer(token);
    QCOMPARE(citizen.get(QStringLiteral("/me")).status, 401);
}

// « Nouvel usager » with the keys alone, in the order the screen shows it (Civilité, Nom, Prénom,
// date, e-mail, then the buttons), one mnemonic per letter; Return on « Ouvrir une session
// assistée »; a child's form half typed for the citizen, then « Terminer l'assistance » (Ctrl+F4)
// asks first: kept once, ended the second time.
void DeskWalkInTest::newCitizenAndAssistedSessionFromTheKeyboard()
{
    m_client->window()->resize(1100, 740);
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    FIND(QPushButton, tile, "homeNewCitizenTile");
    QTRY_VERIFY(tile->isVisible());
    QVERIFY(keys::tabTo(QStringLiteral("homeNewCitizenTile")));
    keys::press(Qt::Key_Space);
    FIND(NewCitizenPage, page, "newCitizenPage");
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE(keys::focusName(), QStringLiteral("newCitizenCivilityCombo"));
    FIND(QComboBox, civility, "newCitizenCivilityCombo");
    QCOMPARE(keys::tabOrderProblems(page, civility), QStringList());
    QCOMPARE(keys::mnemonicClashes(m_client->window()), QStringList());
    QCOMPARE(keys::clippedTexts(page), QStringList());

    // The checks walked out of the page: back to Civilité, then the form in the order it shows.
    QVERIFY(keys::tabTo(QStringLiteral("newCitizenCivilityCombo")));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("newCitizenLastNameEdit"));
    keys::type(QStringLiteral("Garnier"));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("newCitizenFirstNameEdit"));
    keys::type(QStringLiteral("Louise"));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("newCitizenBirthDateEdit"));
    keys::type(QStringLiteral("02/05/1979"));
    keys::press(Qt::Key_Tab);
    QCOMPARE(keys::focusName(), QStringLiteral("newCitizenEmailEdit"));
    keys::type(uniqueEmail(QStringLiteral("louise.garnier")));
    QCOMPARE(
        keys::walk(2),
        (QStringList { QStringLiteral("newCitizenSendMailButton"), QStringLiteral("newCitizenPrintSheetButton") }));
    // The sheet, printed (the dialog is accepted as a person would).
    QFile::remove(m_sheetPath);
    keys::press(Qt::Key_Return);
    FIND(QLabel, result, "newCitizenResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), NetworkTimeoutMs);
    // The print dialog has closed: a window manager gives the window back its activation,
    // the offscreen platform does not.
    m_client->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    QTRY_COMPARE(keys::focusName(), QStringLiteral("newCitizenAssistButton"));
    QCOMPARE(keys::mnemonicClashes(m_client->window()), QStringList());
    QCOMPARE(keys::clippedTexts(page), QStringList());
    shot(QStringLiteral("deskwalkin-keys-created"));

    // Return opens the assisted session.
    keys::press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->window()->assistedSession(), NetworkTimeoutMs);
    AssistedSessionWidget* assisted = m_client->window()->assistedSession();
    QTRY_COMPARE(mainPage(), assisted);
    QCOMPARE(assisted->bannerText(), QStringLiteral("Vous agissez pour Louise Garnier"));
    AssistedSession* assistance = m_client->window()->assistance();

    // Nothing typed yet: no unsent work. The child's form, from the sidebar.
    QVERIFY(!assisted->hasUnsentInput());
    QWidget* beneficiaries = assisted->page(PageId::Beneficiaries);
    QVERIFY(beneficiaries);
    QVERIFY(keys::tabTo(QStringLiteral("sidebarList")));
    for (int i = 0; i < 10 && assisted->sidebar()->currentPage() != beneficiaries; ++i)
        keys::press(Qt::Key_Down);
    QCOMPARE(assisted->sidebar()->currentPage(), beneficiaries);
    QVERIFY(keys::tabTo(QStringLiteral("beneficiariesAddButton")));
    keys::press(Qt::Key_Space);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(keys::focus()));
    keys::type(QStringLiteral("Garnier"));
    QVERIFY(assisted->hasUnsentInput());

    // Ctrl+F4: the question; « Garder l'assistance ouverte » keeps everything.
    const QStringList clashes = keys::mnemonicClashes(m_client->window());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    Confirmation::setNextAnswer(false);
    keys::press(Qt::Key_F4, Qt::ControlModifier);
    QVERIFY(!Confirmation::hasPendingAnswers());
    QCOMPARE(assistance->assisted() != nullptr, true);
    QCOMPARE(mainPage(), assisted);
    QCOMPARE(keys::focusName(), QStringLiteral("assistedEndButton"));
    // Again, confirmed: the agent's pages.
    Confirmation::setNextAnswer(true);
    keys::press(Qt::Key_F4, Qt::ControlModifier);
    QVERIFY(!Confirmation::hasPendingAnswers());
    QTRY_COMPARE(mainPage(), m_client->window()->accountWidget());
    QVERIFY(!assistance->assisted());
}

QTEST_MAIN(DeskWalkInTest)
#include "tst_deskwalkin.moc"
