// The desk agent's "File d'attente", offscreen, against the real citoyens-server over HTTPS:
// three citizens ask for the ROSIÈRES service with real documents (through the API); the agent
// signs in and, with the keyboard alone, opens the queue from the home page, opens the oldest
// of the three with Enter, goes back with Escape, approves it (Alt+V), takes it back with
// « Annuler » (Alt+L) and approves it again, rejects the next with a typed reason (Alt+R) and
// asks the third for a document (Alt+P); each decision is said on the status line and sent
// when the agent moves on or when the undo delay ends; the server shows the three decisions to
// their citizens.
#include "ServicesTestSupport.h"

#include "ClientFixture.h"
#include "KeyboardSupport.h"

#include "ClientCore.h"
#include "MainWindow.h"
#include "queue/DecisionPanel.h"
#include "queue/DecisionStatusLine.h"
#include "queue/DocumentBrowser.h"
#include "queue/QueuePage.h"
#include "queue/RequestView.h"

#include "itemmodels/QueueTableModel.h"
#include "scope/AccountScope.h"
#include "session/Session.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

#include <chrono>
#include <memory>

using namespace citoyens;

namespace {

constexpr int NetworkTimeoutMs = 20000;
const QString AgentEmail = QStringLiteral("agent.rosieres@example.org");
const QString AgentPassword = QStringLiteral("Guichet-Rosieres-2026");

} // namespace

class TestDeskQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void threeDecisionsWithTheKeyboardAlone();
    void anotherAgentDecidedFirst();
    void decisionSurvivesAFrozenServer();
    void beneficiaryWithPhotoAndPaiFromTheKeyboard();
    void theEmptyQueueKeepsItsMessageUnderTheFilters();

private:
    template<typename T> T* find(const QString& name) const { return m_client->find<T>(name); }
    // A key to whatever has the focus, as a person's key press would.
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_client->window();
        QTest::keyClick(target, k, modifiers);
    }
    void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    QString currentKey() const;
    QJsonObject citizensRequest(int i) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ClientFixture> m_client;
    std::vector<support::Person> m_citizens;
    QStringList m_requests;
};

void TestDeskQueue::initTestCase()
{
    ClientFixture::applyStyle();
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (int i = 0; i < 3; ++i) {
        m_citizens.push_back(support::newCitizen(*m_server));
        const TestReply created = support::subscribe(*m_citizens.back().http, support::RosieresService, 18000, 4);
        QCOMPARE(created.status, 201);
        m_requests.append(support::idOf(created));
    }
}

void TestDeskQueue::cleanupTestCase()
{
    m_client.reset();
    m_citizens.clear();
    if (m_server)
        m_server->stop();
}

QString TestDeskQueue::currentKey() const
{
    auto* table = find<QTableView>(QStringLiteral("deskQueueTable"));
    return table->currentIndex().data(QueueTableModel::KeyRole).toString();
}

QJsonObject TestDeskQueue::citizensRequest(int i) const
{
    const TestReply mine = m_citizens.at(i).http->get(QStringLiteral("/me/subscriptions"));
    for (const QJsonValue& v : mine.json().value(QStringLiteral("subscriptions")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == m_requests.at(i))
            return v.toObject();
    }
    return {};
}

void TestDeskQueue::threeDecisionsWithTheKeyboardAlone()
{
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150);
    m_client->window()->resize(1200, 800);
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));

    // Sign in: type, Tab, type, Return.
    auto* email = find<QLineEdit>(QStringLiteral("signInEmailEdit"));
    QVERIFY(email);
    QTRY_VERIFY(email->hasFocus());
    type(AgentEmail);
    auto* password = find<QLineEdit>(QStringLiteral("signInPasswordEdit"));
    for (int i = 0; i < 5 && !password->hasFocus(); ++i)
        key(Qt::Key_Tab);
    QVERIFY(password->hasFocus());
    type(AgentPassword);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
    AccountScope* scope = m_client->core()->scope();
    QVERIFY(scope);
    const QString first = QStringLiteral("subscription:") + m_requests.at(0);
    QTRY_VERIFY_WITH_TIMEOUT(scope->queueModel()->rowOf(first) >= 0, NetworkTimeoutMs);

    // The home page's tile, reached with Tab, opened with Space.
    auto* tile = find<QPushButton>(QStringLiteral("homeQueueTile"));
    QVERIFY(tile);
    QTRY_VERIFY(tile->isVisible());
    for (int i = 0; i < 30 && !tile->hasFocus(); ++i)
        key(Qt::Key_Tab);
    QVERIFY(tile->hasFocus());
    key(Qt::Key_Space);
    auto* page = find<QueuePage>(QStringLiteral("deskQueuePage"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    auto* table = find<QTableView>(QStringLiteral("deskQueueTable"));
    QTRY_VERIFY(table->hasFocus());
    auto* counts = find<QLabel>(QStringLiteral("deskQueueCounts"));
    QVERIFY2(counts->text().contains(QStringLiteral("demandes")), qPrintable(counts->text()));

    // Down to the oldest of the three; Enter opens it beside its documents.
    key(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 50 && currentKey() != first; ++i)
        key(Qt::Key_Down);
    QCOMPARE(currentKey(), first);
    ClientFixture::screenshot(m_client->window(), QStringLiteral("desk-queue"));
    key(Qt::Key_Return);
    RequestView* view = page->requestView();
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->item().id(), m_requests.at(0));
    QCOMPARE(find<QLabel>(QStringLiteral("deskRequestQuotient"))->text(), QStringLiteral("750 €"));
    QCOMPARE(find<QLabel>(QStringLiteral("deskRequestBracket"))->text(), QStringLiteral("700 à 999"));
    QVERIFY(find<QLabel>(QStringLiteral("deskRequestCitizen"))->text().contains(m_citizens.at(0).email));
    QTRY_COMPARE_WITH_TIMEOUT(view->documents()->count(), 2, NetworkTimeoutMs);
    ClientFixture::screenshot(m_client->window(), QStringLiteral("desk-request"));
    // At the default window size, the documents' viewer cuts nothing (its toolbar was cut).
    m_client->window()->resize(1100, 740);
    QTRY_COMPARE(m_client->window()->width(), 1100);
    QTRY_VERIFY(view->documents()->width() < 500);
    ClientFixture::screenshot(m_client->window(), QStringLiteral("desk-request-1100"));
    // The viewer (the list of documents wraps its long labels on two lines: keys:: does not read
    // a list's word wrap yet).
    auto* viewer = view->findChild<QWidget*>(QStringLiteral("documentViewer"));
    QVERIFY(viewer);
    const QStringList clipped = keys::clippedTexts(viewer);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    // Reading order: the documents (their list, the viewer's toolbar, the document), then the
    // decision (where the focus starts). keys::tabOrderProblems reads the tall list beside the
    // viewer as one row and would put the document between « − » and « + »: the walk is spelled out.
    QVERIFY(keys::tabTo(QStringLiteral("documentBrowserList")));
    QCOMPARE(keys::walk(9),
             (QStringList { QStringLiteral("documentViewerZoomOut"), QStringLiteral("documentViewerZoomIn"),
                            QStringLiteral("documentViewerFit"), QStringLiteral("documentViewerActualSize"),
                            QStringLiteral("documentViewerPdf"), QStringLiteral("decisionApproveButton"),
                            QStringLiteral("decisionRejectButton"), QStringLiteral("decisionIncompleteButton"),
                            QStringLiteral("deskRequestBackButton") }));
    QVERIFY(keys::tabTo(QStringLiteral("decisionApproveButton")));

    // Escape: back to the list, on the same row; Enter again.
    key(Qt::Key_Escape);
    QTRY_VERIFY(table->isVisible());
    QVERIFY(table->hasFocus());
    QCOMPARE(currentKey(), first);
    key(Qt::Key_Return);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->item().id(), m_requests.at(0));

    // The list and the request, from the keyboard: every control once, in reading order.
    QCOMPARE(keys::focusName(), QStringLiteral("decisionApproveButton"));

    // Alt+V: held, not sent; the status line says what was done, with « Annuler »; the next
    // request opens by itself. The delay is long here: only the agent's keys send it.
    page->setUndoDelay(std::chrono::hours(1));
    const QString initialStatus = citizensRequest(0).value(QStringLiteral("status")).toString();
    const QString firstTitle = find<QLabel>(QStringLiteral("deskRequestTitle"))->text();
    QVERIFY2(firstTitle.startsWith(QStringLiteral("Demande de ")), qPrintable(firstTitle));
    keys::press(Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(view->item().id(), m_requests.at(1));
    QCOMPARE(keys::focusName(), QStringLiteral("decisionApproveButton"));
    DecisionStatusLine* status = page->statusLine();
    QVERIFY(status->isVisible());
    QCOMPARE(status->message(), firstTitle + QStringLiteral(" validée"));
    QCOMPARE(status->accessibleName(), status->message());
    // What a screen reader is given: an alert (ATSPI "alert", spoken when it shows) with the message.
    QAccessibleInterface* alert = QAccessible::queryAccessibleInterface(status);
    QVERIFY(alert);
    QCOMPARE(alert->role(), QAccessible::AlertMessage);
    QCOMPARE(alert->text(QAccessible::Name), status->message());
    QVERIFY(status->undoButton()->isVisible());
    QCOMPARE(keys::mnemonicClashes(m_client->window()), QStringList());
    ClientFixture::screenshot(m_client->window(), QStringLiteral("desk-decision-status"));
    QCOMPARE(scope->queueModel()->rowOf(first) >= 0, true); // still waiting on the server's side
    QCOMPARE(citizensRequest(0).value(QStringLiteral("status")).toString(), initialStatus);

    // Alt+L (« Annuler »): the request again, the decision never sent.
    keys::press(Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(view->item().id(), m_requests.at(0));
    QCOMPARE(status->message(),
             QStringLiteral("Décision annulée : la demande de %1 est de nouveau en attente.")
                 .arg(firstTitle.mid(QStringLiteral("Demande de ").size())));
    QVERIFY(!status->undoButton()->isVisible());
    QVERIFY(!page->hasHeldDecision());
    QCOMPARE(keys::focusName(), QStringLiteral("decisionApproveButton"));
    QCOMPARE(citizensRequest(0).value(QStringLiteral("status")).toString(), initialStatus);

    // Alt+V again; « Annuler » is reached with Tab as well (then back with Shift+Tab).
    keys::press(Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(view->item().id(), m_requests.at(1));
    QStringList passed;
    QVERIFY2(keys::tabTo(QStringLiteral("deskDecisionUndoButton"), &passed), qPrintable(passed.join(u' ')));
    QVERIFY(keys::tabTo(QStringLiteral("decisionApproveButton"), nullptr, true));
    QCOMPARE(citizensRequest(0).value(QStringLiteral("status")).toString(), initialStatus);

    // Alt+R: a typed reason, Return.
    key(Qt::Key_R, Qt::AltModifier);
    auto* reason = find<QComboBox>(QStringLiteral("decisionReasonCombo"));
    QTRY_VERIFY(reason->hasFocus());
    type(QStringLiteral("Justificatif de domicile trop ancien"));
    const QString secondTitle = find<QLabel>(QStringLiteral("deskRequestTitle"))->text();
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->item().id(), m_requests.at(2), NetworkTimeoutMs);
    QCOMPARE(status->message(), secondTitle + QStringLiteral(" refusée"));
    // Deciding the next one was moving on: the first approval has left.
    QTRY_COMPARE_WITH_TIMEOUT(citizensRequest(0).value(QStringLiteral("status")).toString(), QStringLiteral("approved"),
                              NetworkTimeoutMs);

    // Alt+P: the second document kind, a message, Return.
    key(Qt::Key_P, Qt::AltModifier);
    auto* document = find<QComboBox>(QStringLiteral("decisionDocumentCombo"));
    QTRY_VERIFY(document->hasFocus());
    const int income = document->findData(support::IncomeStatement);
    QVERIFY(income >= 0);
    while (document->currentIndex() < income)
        key(Qt::Key_Down);
    QCOMPARE(document->currentIndex(), income);
    key(Qt::Key_Tab);
    QVERIFY(find<QLineEdit>(QStringLiteral("decisionMessageEdit"))->hasFocus());
    type(QStringLiteral("Avis d'imposition illisible"));
    // The last one is sent when the delay ends: none here.
    page->setUndoDelay(std::chrono::milliseconds(0));
    key(Qt::Key_Return);
    // The last of the three: the page goes on to another request or back to the list.
    QTRY_VERIFY_WITH_TIMEOUT(view->item().id() != m_requests.at(2) || table->isVisible(), NetworkTimeoutMs);

    // The server shows the three decisions to their citizens.
    QTRY_COMPARE_WITH_TIMEOUT(citizensRequest(2).value(QStringLiteral("status")).toString(),
                              QStringLiteral("incomplete"), NetworkTimeoutMs);
    QCOMPARE(citizensRequest(0).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    const QJsonObject rejected = citizensRequest(1);
    QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.value(QStringLiteral("statusReason")).toString(),
             QStringLiteral("Justificatif de domicile trop ancien"));
    const QJsonObject incomplete = citizensRequest(2);
    QCOMPARE(incomplete.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
    QCOMPARE(incomplete.value(QStringLiteral("missingDocumentKind")).toString(), support::IncomeStatement);
    QCOMPARE(incomplete.value(QStringLiteral("statusReason")).toString(),
             QStringLiteral("Avis d'imposition illisible"));
}

// Runs after the three decisions, on the same signed-in window.
void TestDeskQueue::anotherAgentDecidedFirst()
{
    QVERIFY(m_client);
    m_citizens.push_back(support::newCitizen(*m_server));
    const TestReply created = support::subscribe(*m_citizens.back().http, support::RosieresService, 18000, 4);
    QCOMPARE(created.status, 201);
    const QString itemKey = QStringLiteral("subscription:") + support::idOf(created);
    AccountScope* scope = m_client->core()->scope();
    QTRY_VERIFY_WITH_TIMEOUT(scope->queueModel()->rowOf(itemKey) >= 0, NetworkTimeoutMs);
    auto* page = find<QueuePage>(QStringLiteral("deskQueuePage"));
    auto* table = find<QTableView>(QStringLiteral("deskQueueTable"));
    if (!table->isVisible())
        key(Qt::Key_Escape);
    QTRY_VERIFY(table->hasFocus());
    key(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 50 && currentKey() != itemKey; ++i)
        key(Qt::Key_Down);
    QCOMPARE(currentKey(), itemKey);
    key(Qt::Key_Return);
    QTRY_VERIFY(page->requestView()->isVisible());

    // Another agent of ROSIÈRES approves it meanwhile; this agent's Alt+V gets the 409.
    support::Person other = support::signIn(*m_server, AgentEmail, AgentPassword);
    QCOMPARE(other.http
                 ->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(support::idOf(created)),
                        support::decision(QStringLiteral("approve")))
                 .status,
             200);
    // The delay is still zero (set by the test before): sent at once, refused, said on the line.
    const QString title = find<QLabel>(QStringLiteral("deskRequestTitle"))->text();
    key(Qt::Key_V, Qt::AltModifier);
    DecisionStatusLine* status = page->statusLine();
    QTRY_VERIFY_WITH_TIMEOUT(status->message().endsWith(QStringLiteral("autre agent.")), NetworkTimeoutMs);
    QCOMPARE(status->message(), title + QStringLiteral(" : Cette demande a déjà été traitée par un autre agent."));
    QVERIFY(!status->undoButton()->isVisible());
    QTRY_COMPARE(scope->queueModel()->rowOf(itemKey), -1);
}

// The server stops answering (its process frozen: SIGSTOP) while the agent rejects a request.
// The call times out, the panel says so in French and keeps the reason; once the server runs
// again, Return sends the same decision with the same Idempotency-Key: whether or not the
// frozen request was carried out meanwhile, the request is rejected once, with that reason.
void TestDeskQueue::decisionSurvivesAFrozenServer()
{
#ifdef Q_OS_UNIX
    support::Person citizen = support::newCitizen(*m_server);
    const TestReply created = support::subscribe(*citizen.http, support::RosieresService, 18000, 4);
    QCOMPARE(created.status, 201);
    const QString id = support::idOf(created);
    const QString itemKey = QStringLiteral("subscription:") + id;
    // A window of its own whose calls give up after 5 s without a byte: long enough for a sign-in
    // (the server hashes the password) on a loaded machine, short enough to wait for here.
    m_client = std::make_unique<ClientFixture>(m_server->baseUrl(), m_server->caCertificates(), true, 150, 5000);
    m_client->window()->resize(1200, 800);
    m_client->window()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_client->window()));
    m_client->core()->session()->signIn(AgentEmail, AgentPassword, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->core()->scope() && m_client->core()->scope()->queueModel()->rowOf(itemKey) >= 0,
                             NetworkTimeoutMs);
    QPushButton* tile = nullptr;
    QTRY_VERIFY((tile = find<QPushButton>(QStringLiteral("homeQueueTile"))) && tile->isVisible());
    tile->setFocus(Qt::OtherFocusReason);
    key(Qt::Key_Space);
    auto* page = find<QueuePage>(QStringLiteral("deskQueuePage"));
    auto* table = find<QTableView>(QStringLiteral("deskQueueTable"));
    QTRY_VERIFY(page && page->isVisible());
    QTRY_VERIFY(table->hasFocus());
    key(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 50 && currentKey() != itemKey; ++i)
        key(Qt::Key_Down);
    QCOMPARE(currentKey(), itemKey);
    key(Qt::Key_Return);
    QTRY_VERIFY(page->requestView()->isVisible());
    key(Qt::Key_R, Qt::AltModifier);
    auto* reason = find<QComboBox>(QStringLiteral("decisionReasonCombo"));
    QTRY_VERIFY(reason->hasFocus());
    reason->lineEdit()->insert(QStringLiteral("Pièce illisible")); // QTest types ASCII only
    // Sent at once: the undo delay is not what this test is about.
    page->setUndoDelay(std::chrono::milliseconds(0));

    const qint64 pid = m_server->processId();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    key(Qt::Key_Return);
    auto* error = find<QLabel>(QStringLiteral("decisionError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY2(!error->text().isEmpty() && !error->text().contains(QStringLiteral("autre agent")),
             qPrintable(error->text()));
    QCOMPARE(page->requestView()->item().key(), itemKey);
    QCOMPARE(reason->currentText(), QStringLiteral("Pièce illisible"));
    QTRY_VERIFY(reason->hasFocus());
    ClientFixture::screenshot(m_client->window(), QStringLiteral("deskqueue-frozen-server"));

    resume.dismiss();
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_client->core()->scope()->queueModel()->rowOf(itemKey) < 0, NetworkTimeoutMs);
    QVERIFY2(!find<QLabel>(QStringLiteral("deskQueueError"))->isVisible(),
             qPrintable(find<QLabel>(QStringLiteral("deskQueueError"))->text()));
    const TestReply mine = citizen.http->get(QStringLiteral("/me/subscriptions"));
    QJsonObject request;
    for (const QJsonValue& v : mine.json().value(QStringLiteral("subscriptions")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            request = v.toObject();
    }
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(request.value(QStringLiteral("statusReason")).toString(), QStringLiteral("Pièce illisible"));
    // One notification for the citizen: one decision.
    QCOMPARE(citizen.http->get(QStringLiteral("/me/notifications"))
                 .json()
                 .value(QStringLiteral("notifications"))
                 .toArray()
                 .size(),
             1);
#else
    QSKIP("Freezing the server's process needs SIGSTOP.");
#endif
}

// A child with a photo and a PAI, whose parent has a live request in ROSIÈRES: the queue's
// "Bénéficiaires" filter, the request view with the photo drawn and the PAI in words, approved
// with Alt+V; the parent sees the child validated.
void TestDeskQueue::beneficiaryWithPhotoAndPaiFromTheKeyboard()
{
    support::Person citizen = support::newCitizen(*m_server);
    QCOMPARE(support::subscribe(*citizen.http, support::RosieresService).status, 201);
    const QString childId = support::childWithPhotoAndPai(*citizen.http);
    QVERIFY(!childId.isEmpty());
    const QString itemKey = QStringLiteral("beneficiary:%1:rosieres").arg(childId);
    QVERIFY(m_client);
    AccountScope* scope = m_client->core()->scope();
    QVERIFY(scope);
    // The child is created, then its photo sent: a poll between the two shows the row without its
    // photo ("Pas de photo"), the next one with it. Wait for the row the agent will decide.
    QTRY_VERIFY_WITH_TIMEOUT(
        scope->queueModel()->rowOf(itemKey) >= 0
            && !scope->queueModel()->itemAt(scope->queueModel()->rowOf(itemKey)).photoHref.isEmpty(),
        NetworkTimeoutMs);
    auto* page = find<QueuePage>(QStringLiteral("deskQueuePage"));
    auto* table = find<QTableView>(QStringLiteral("deskQueueTable"));
    if (!table->isVisible())
        key(Qt::Key_Escape);
    QTRY_VERIFY(table->isVisible());
    // The kind filter, from the keyboard: beneficiaries only.
    auto* kind = find<QComboBox>(QStringLiteral("deskQueueKindFilter"));
    QVERIFY(kind);
    kind->setFocus(Qt::OtherFocusReason);
    const int beneficiaries = kind->findData(QStringLiteral("beneficiary"));
    QVERIFY(beneficiaries > 0);
    while (kind->currentIndex() < beneficiaries)
        key(Qt::Key_Down);
    QCOMPARE(kind->currentIndex(), beneficiaries);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QCOMPARE(table->model()->index(row, QueueTableModel::Kind).data().toString(), QStringLiteral("Filiation"));
    }
    table->setFocus(Qt::OtherFocusReason);
    key(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 50 && currentKey() != itemKey; ++i)
        key(Qt::Key_Down);
    QCOMPARE(currentKey(), itemKey);
    key(Qt::Key_Return);
    QTRY_VERIFY(page->requestView()->isVisible());

    {
        const QStringList problems
            = keys::tabOrderProblems(page->requestView(), find<QPushButton>(QStringLiteral("decisionApproveButton")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(keys::tabTo(QStringLiteral("decisionApproveButton")));
    }
    auto* pai = find<QLabel>(QStringLiteral("deskRequestPai"));
    QVERIFY(pai);
    QCOMPARE(pai->text(), QStringLiteral("Allergie aux arachides"));
    auto* photo = find<QLabel>(QStringLiteral("deskRequestPhoto"));
    // Waits for the download to end (however long a loaded machine takes), then reads the outcome.
    QTRY_COMPARE_WITH_TIMEOUT(page->requestView()->pendingDownloads(), 0, 4 * NetworkTimeoutMs);
    QVERIFY2(!photo->pixmap().isNull(), qPrintable(photo->text()));
    ClientFixture::screenshot(m_client->window(), QStringLiteral("deskqueue-beneficiary"));

    page->setUndoDelay(std::chrono::hours(1));
    key(Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(page->hasHeldDecision());
    QVERIFY2(page->statusLine()->message().startsWith(QStringLiteral("Filiation de ")),
             qPrintable(page->statusLine()->message()));
    // Leaving the request for the list is not moving on; opening another request is.
    if (page->requestView()->isVisible())
        key(Qt::Key_Escape);
    QTRY_VERIFY(table->isVisible() || find<QLabel>(QStringLiteral("deskQueueEmptyLabel"))->isVisible());
    QVERIFY(page->hasHeldDecision());
    // Ctrl+Z undoes too, from the list; Alt+V once more, and the held decision leaves with the page.
    keys::press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!page->hasHeldDecision());
    QTRY_COMPARE(page->requestView()->item().key(), itemKey);
    QVERIFY(page->requestView()->isVisible());
    key(Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(page->hasHeldDecision());
    QCOMPARE(scope->queueModel()->rowOf(itemKey) >= 0, true);
    // To the sidebar (Shift+Tab), Home: the first page; the queue page hides.
    QVERIFY(keys::tabTo(QStringLiteral("sidebarList"), nullptr, true));
    keys::press(Qt::Key_Home);
    QTRY_VERIFY(!page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(scope->queueModel()->rowOf(itemKey) < 0, NetworkTimeoutMs);
    const QJsonArray mine = citizen.http->get(QStringLiteral("/me/beneficiaries"))
                                .json()
                                .value(QStringLiteral("beneficiaries"))
                                .toArray();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    kind->setCurrentIndex(0);
}

// Nothing waits (another commune's filter): the title, the filters and the message stay at the
// top, the message right under the filters.
void TestDeskQueue::theEmptyQueueKeepsItsMessageUnderTheFilters()
{
    QVERIFY(m_client);
    m_client->window()->resize(1100, 740);
    auto* home = find<QPushButton>(QStringLiteral("homeQueueTile"));
    QTRY_VERIFY(home && home->isVisible());
    QVERIFY(keys::tabTo(QStringLiteral("homeQueueTile")));
    keys::press(Qt::Key_Space);
    auto* page = find<QueuePage>(QStringLiteral("deskQueuePage"));
    QTRY_VERIFY(page->isVisible());
    auto* kind = find<QComboBox>(QStringLiteral("deskQueueKindFilter"));
    auto* empty = find<QLabel>(QStringLiteral("deskQueueEmptyLabel"));
    // The list and its filters, from the keyboard: every control once, in reading order.
    const QStringList problems
        = keys::tabOrderProblems(page, find<QComboBox>(QStringLiteral("deskQueueCommuneFilter")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Beneficiaries only: none left.
    QVERIFY(keys::tabTo(QStringLiteral("deskQueueKindFilter")));
    const int beneficiaries = kind->findData(QStringLiteral("beneficiary"));
    while (kind->currentIndex() < beneficiaries)
        keys::press(Qt::Key_Down);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(keys::focusName(), QStringLiteral("deskQueueKindFilter"));
    ClientFixture::screenshot(m_client->window(), QStringLiteral("desk-queue-empty"));
    const int filtersBottom = kind->mapTo(page, QPoint(0, kind->height())).y();
    const int messageTop = empty->mapTo(page, QPoint(0, 0)).y();
    QVERIFY2(messageTop - filtersBottom < 60, qPrintable(QStringLiteral("%1 %2").arg(filtersBottom).arg(messageTop)));
    QVERIFY2(empty->height() < 80, qPrintable(QString::number(empty->height())));
    QCOMPARE(keys::clippedTexts(page), QStringList());
    kind->setCurrentIndex(0);
}

QTEST_MAIN(TestDeskQueue)
#include "tst_deskqueue.moc"
