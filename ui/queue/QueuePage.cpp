#include "QueuePage.h"

#include "DecisionStatusLine.h"
#include "QueueFilterProxy.h"
#include "RequestView.h"

#include "queue/DecisionPanel.h"

#include "widgets/FormErrors.h"
#include "widgets/FormPage.h"

#include "itemmodels/QueueTableModel.h"
#include "models/ProblemCodes.h"
#include "queue/QueueCommands.h"
#include "queue/QueueOperation.h"
#include "scope/AccountScope.h"
#include "sync/SyncService.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace citoyens {

QueuePage::QueuePage(AccountScope* scope, QWidget* parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_proxy(new QueueFilterProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QWidget(this))
    , m_commune(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("No request is waiting for a decision."), this))
    , m_error(FormErrors::createMessageLabel(QStringLiteral("deskQueueError"), this))
    , m_request(new RequestView(scope, this))
    , m_commands(scope->queueCommands())
    , m_status(new DecisionStatusLine(this))
    , m_undoTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("deskQueuePage"));
    setAccessibleName(tr("Queue"));
    m_stack->setObjectName(QStringLiteral("deskQueueStack"));

    auto* title = new QLabel(tr("Queue"), m_list);
    title->setProperty("role", QStringLiteral("title"));
    title->setIndent(0); // a style sheet box would indent it: every title starts at one x
    m_commune->setObjectName(QStringLiteral("deskQueueCommuneFilter"));
    m_commune->setAccessibleName(tr("Commune"));
    m_kind->setObjectName(QStringLiteral("deskQueueKindFilter"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Requests and beneficiaries"), QString());
    m_kind->addItem(tr("Requests"), QStringLiteral("subscription"));
    m_kind->addItem(tr("Beneficiaries"), QStringLiteral("beneficiary"));
    m_counts->setObjectName(QStringLiteral("deskQueueCounts"));
    m_counts->setAccessibleName(tr("Counts"));
    m_refresh->setObjectName(QStringLiteral("deskQueueRefreshButton"));
    m_refresh->setAccessibleName(tr("Refresh the queue"));
    m_refresh->setAutoDefault(false);
    m_empty->setObjectName(QStringLiteral("deskQueueEmptyLabel"));
    m_empty->setProperty("role", QStringLiteral("hint"));

    m_proxy->setSourceModel(scope->queueModel());
    m_table->setObjectName(QStringLiteral("deskQueueTable"));
    m_table->setAccessibleName(tr("Requests waiting for a decision"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QueueTableModel::Subject, QHeaderView::Stretch);

    auto* filterLabel = new QLabel(tr("&Commune:"), m_list);
    filterLabel->setBuddy(m_commune);
    auto* kindLabel = new QLabel(tr("&Kind:"), m_list);
    kindLabel->setBuddy(m_kind);
    auto* filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_commune);
    filters->addSpacing(12);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    filters->addWidget(m_counts);
    filters->addWidget(m_refresh);

    auto* listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(FormPage::pageMargins());
    listLayout->addWidget(title);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_table, 1);
    // With no table (nothing waiting), the message stays under the filters, not spread down the page.
    listLayout->addStretch(0);
    setTabOrder(m_commune, m_kind);
    setTabOrder(m_kind, m_refresh);
    setTabOrder(m_refresh, m_table);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_request);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    m_undoTimer->setObjectName(QStringLiteral("deskDecisionUndoTimer"));
    m_undoTimer->setSingleShot(true);
    connect(m_undoTimer, &QTimer::timeout, this, &QueuePage::sendHeld);
    connect(m_status, &DecisionStatusLine::undoRequested, this, &QueuePage::undo);

    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, m_refresh, &QPushButton::click);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_scope->sync()->sync(SyncService::Resource::Queue);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_commune, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCommuneId(m_commune->currentData().toString());
        updateCounts();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(m_kind->currentData().toString());
        updateCounts();
    });
    connect(m_request, &RequestView::backRequested, this, &QueuePage::showList);
    connect(m_request, &RequestView::decisionChosen, this, &QueuePage::hold);
    connect(m_scope->sync(), &SyncService::resourceFailed, this,
            [this](SyncService::Resource resource, const ApiError& error) {
                if (resource == SyncService::Resource::Queue) {
                    showError(tr("The queue could not be refreshed: %1").arg(error.message));
                    m_syncError = true;
                }
            });
    connect(m_scope->sync(), &SyncService::resourceSynced, this, [this](SyncService::Resource resource, bool) {
        // Only the sync's own failure is over; a decision's message stays until the next one.
        if (resource == SyncService::Resource::Queue && m_syncError)
            m_error->hide();
    });
    QueueTableModel* model = m_scope->queueModel();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, [this] { updateCommunes(); });
    connect(model, &QAbstractItemModel::modelReset, this, &QueuePage::updateCommunes);
    connect(model, &QAbstractItemModel::dataChanged, this, &QueuePage::updateCommunes);
    updateCommunes();
}

QueuePage::~QueuePage()
{
    sendHeld();
}

void QueuePage::reset()
{
    sendHeld();
    m_status->hide();
    showList();
    m_commune->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_error->hide();
}

void QueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // What the store holds is on screen already; the server may know more.
    m_scope->sync()->sync(SyncService::Resource::Queue);
    if (m_stack->currentWidget() == m_list) {
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        focusFirst();
    }
    // Closing the window is moving on too: it waits for a held decision to be answered.
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

void QueuePage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Another page, the assisted session, the lock: the agent has moved on.
    if (!event->spontaneous())
        sendHeld();
}

bool QueuePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close) {
        sendHeld();
        if (!m_sending.isEmpty()) {
            m_closing = true;
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueuePage::openRow(int row, bool byAgent)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return;
    if (byAgent && m_held) {
        // Sending changes nothing in the table's rows: the held item is hidden until answered.
        const QString key = m_proxy->index(row, 0).data(QueueTableModel::KeyRole).toString();
        sendHeld();
        row = std::max(0, key.isEmpty() ? row : m_proxy->rowOf(key));
    }
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    m_openRow = row;
    m_table->setCurrentIndex(m_proxy->index(row, 0));
    m_error->hide();
    m_stack->setCurrentWidget(m_request);
    m_request->showItem(m_scope->queueModel()->itemAt(source.row()));
}

void QueuePage::showList()
{
    m_stack->setCurrentWidget(m_list);
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(std::clamp(m_openRow, 0, m_proxy->rowCount() - 1), 0));
    focusFirst();
}

void QueuePage::focusInEvent(QFocusEvent* event)
{
    // The page itself is no stop (no focus proxy either: Tab would skip the filters, Qt goes
    // from a page to its proxy and on): focusing it (the sidebar opens it) focuses what it shows.
    QWidget::focusInEvent(event);
    focusFirst();
}

void QueuePage::focusFirst()
{
    if (m_stack->currentWidget() == m_request)
        return m_request->decisionPanel()->setFocus(Qt::OtherFocusReason);
    // Nothing waiting: the refresh, beside the message that says so.
    if (m_proxy->rowCount() > 0)
        m_table->setFocus(Qt::OtherFocusReason);
    else
        m_refresh->setFocus(Qt::OtherFocusReason);
}

void QueuePage::hold(const QueueItem& item, const DecisionRequest& request, const QString& typed)
{
    sendHeld();
    m_held = HeldDecision { item, request, typed };
    m_proxy->setHidden(item.key(), true);
    m_status->showMessage(decisionText(item, request.decision), true);
    m_undoTimer->start(m_undoDelay);
    openNext();
}

void QueuePage::openNext()
{
    // The decided item has left the table: the one that took its place is the next one.
    if (m_openRow >= 0 && m_openRow < m_proxy->rowCount())
        return openRow(m_openRow, false);
    if (m_proxy->rowCount() > 0)
        return openRow(0, false);
    showList();
}

void QueuePage::undo()
{
    if (!m_held)
        return;
    m_undoTimer->stop();
    const HeldDecision held = *std::exchange(m_held, std::nullopt);
    m_proxy->setHidden(held.item.key(), false);
    m_status->showMessage(
        tr("Decision undone: the request from %1 is waiting again.").arg(RequestView::personName(held.item)), false);
    const int row = m_proxy->rowOf(held.item.key());
    if (row < 0)
        return showList();
    openRow(row, false);
    m_request->showDecision(held.item, held.request, held.typed);
}

void QueuePage::sendHeld()
{
    m_undoTimer->stop();
    if (!m_held)
        return;
    const HeldDecision held = *std::exchange(m_held, std::nullopt);
    m_status->setUndoable(false);
    if (!m_commands)
        return;
    QueueOperation* operation = m_commands->decide(held.item, held.request);
    m_sending.append(operation);
    connect(operation, &Operation::finished, this, [this, operation, held] { afterSend(operation, held); });
}

void QueuePage::afterSend(QueueOperation* operation, const HeldDecision& held)
{
    m_sending.removeAll(operation);
    m_sending.removeAll(nullptr);
    m_proxy->setHidden(held.item.key(), false);
    const QString name = RequestView::personName(held.item);
    if (operation->succeeded()) {
        if (m_closing && m_sending.isEmpty() && m_watchedWindow)
            m_watchedWindow->close();
        return;
    }
    m_closing = false;
    if (operation->error().code == ProblemCode::AlreadyDecided) {
        // Gone from the queue: nothing to reopen; the agent stays where they are.
        m_status->showMessage(tr("Request from %1: %2").arg(name, operation->error().message), false);
        return;
    }
    // Not taken: the request again, the decision as it was typed, the server's reason; the
    // agent sends it again (same Idempotency-Key) or changes it.
    m_status->showMessage(tr("The decision on the request from %1 was not sent.").arg(name), false);
    const int row = m_proxy->rowOf(held.item.key());
    if (row < 0)
        return;
    openRow(row, false);
    m_request->showDecision(held.item, held.request, held.typed, operation->error().message);
}

QString QueuePage::decisionText(const QueueItem& item, const QString& decision)
{
    const QString name = RequestView::personName(item);
    if (item.kind == QueueItem::Kind::Beneficiary) {
        if (decision == DecisionRequest::Approve)
            return tr("Beneficiary %1 approved").arg(name);
        if (decision == DecisionRequest::Reject)
            return tr("Beneficiary %1 rejected").arg(name);
        return tr("Beneficiary %1: document asked for").arg(name);
    }
    if (decision == DecisionRequest::Approve)
        return tr("Request from %1 approved").arg(name);
    if (decision == DecisionRequest::Reject)
        return tr("Request from %1 rejected").arg(name);
    return tr("Request from %1: document asked for").arg(name);
}

void QueuePage::updateCommunes()
{
    const QString current = m_commune->currentData().toString();
    const QHash<QString, QString> communes = m_scope->queueModel()->communes();
    QList<std::pair<QString, QString>> sorted;
    for (auto it = communes.cbegin(); it != communes.cend(); ++it)
        sorted.append({ it.value(), it.key() });
    std::sort(sorted.begin(), sorted.end());
    // A commune stays in the filter while it is chosen, even with nothing left in it.
    if (!current.isEmpty() && !communes.contains(current))
        sorted.append({ m_commune->currentText(), current });
    QSignalBlocker blocker(m_commune);
    m_commune->clear();
    m_commune->addItem(tr("All communes"), QString());
    for (const auto& [name, id] : sorted)
        m_commune->addItem(name, id);
    m_commune->setCurrentIndex(std::max(0, m_commune->findData(current)));
    updateCounts();
}

void QueuePage::updateCounts()
{
    int requests = 0;
    int beneficiaries = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(QueueTableModel::KindRole).toString() == QLatin1String("subscription"))
            ++requests;
        else
            ++beneficiaries;
    }
    m_counts->setText(tr("%n request(s)", nullptr, requests) + QStringLiteral(" · ")
                      + tr("%n beneficiary(ies)", nullptr, beneficiaries));
    const bool wasEmpty = m_table->isHidden();
    m_empty->setVisible(m_proxy->rowCount() == 0);
    m_table->setVisible(m_proxy->rowCount() > 0);
    // Requests arrive in an empty queue the agent is looking at: the table takes the focus the
    // refresh button held for want of anything else.
    if (wasEmpty && m_proxy->rowCount() > 0 && m_stack->currentWidget() == m_list && m_refresh->hasFocus()) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void QueuePage::showError(const QString& message)
{
    m_syncError = false;
    m_error->setText(message);
    m_error->show();
}

} // namespace citoyens
