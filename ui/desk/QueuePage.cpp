#include "QueuePage.h"

#include "QueueFilterProxy.h"
#include "RequestView.h"

#include "agent/DecisionPanel.h"

#include "widgets/FormErrors.h"
#include "widgets/FormPage.h"

#include "itemmodels/QueueTableModel.h"
#include "scope/AccountScope.h"
#include "sync/SyncService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
    setTabOrder(m_commune, m_kind);
    setTabOrder(m_kind, m_refresh);
    setTabOrder(m_refresh, m_table);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_request);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, m_refresh, &QPushButton::click);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_scope->sync()->sync(SyncService::Resource::AgentQueue);
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
    connect(m_request, &RequestView::decided, this, &QueuePage::afterDecision);
    connect(m_request, &RequestView::gone, this, [this](const QString& message) {
        showList();
        showError(message);
    });
    connect(m_scope->sync(), &SyncService::resourceFailed, this,
            [this](SyncService::Resource resource, const ApiError& error) {
                if (resource == SyncService::Resource::AgentQueue) {
                    showError(tr("The queue could not be refreshed: %1").arg(error.message));
                    m_syncError = true;
                }
            });
    connect(m_scope->sync(), &SyncService::resourceSynced, this, [this](SyncService::Resource resource, bool) {
        // Only the sync's own failure is over; a decision's message stays until the next one.
        if (resource == SyncService::Resource::AgentQueue && m_syncError)
            m_error->hide();
    });
    QueueTableModel* model = m_scope->queueModel();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, [this] { updateCommunes(); });
    connect(model, &QAbstractItemModel::modelReset, this, &QueuePage::updateCommunes);
    connect(model, &QAbstractItemModel::dataChanged, this, &QueuePage::updateCommunes);
    updateCommunes();
    setFocusProxy(m_table);
}

QueuePage::~QueuePage() = default;

void QueuePage::reset()
{
    showList();
    m_commune->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_error->hide();
}

void QueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // What the store holds is on screen already; the server may know more.
    m_scope->sync()->sync(SyncService::Resource::AgentQueue);
    if (m_stack->currentWidget() == m_list) {
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void QueuePage::openRow(int row)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return;
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    m_openRow = row;
    m_table->setCurrentIndex(m_proxy->index(row, 0));
    m_error->hide();
    m_stack->setCurrentWidget(m_request);
    setFocusProxy(m_request->decisionPanel());
    m_request->showItem(m_scope->queueModel()->itemAt(source.row()));
}

void QueuePage::showList()
{
    m_stack->setCurrentWidget(m_list);
    setFocusProxy(m_table);
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(std::clamp(m_openRow, 0, m_proxy->rowCount() - 1), 0));
    m_table->setFocus(Qt::OtherFocusReason);
}

void QueuePage::afterDecision(const QString& key)
{
    // The decided item has left the table: the one that took its place is the next one.
    const int row = m_scope->queueModel()->rowOf(key) >= 0 ? m_openRow + 1 : m_openRow;
    if (row >= 0 && row < m_proxy->rowCount())
        return openRow(row);
    if (m_proxy->rowCount() > 0)
        return openRow(0);
    showList();
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
    m_empty->setVisible(m_proxy->rowCount() == 0);
    m_table->setVisible(m_proxy->rowCount() > 0);
}

void QueuePage::showError(const QString& message)
{
    m_syncError = false;
    m_error->setText(message);
    m_error->show();
}

} // namespace citoyens
