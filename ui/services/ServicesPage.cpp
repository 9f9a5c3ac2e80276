#include "ServicesPage.h"

#include "widgets/DocumentField.h"

#include "widgets/BusyButton.h"
#include "widgets/Confirmation.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/Reminder.h"
#include "widgets/SyncProblemRow.h"

#include "widgets/ViewKeys.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "sync/SubscriptionCommands.h"
#include "sync/SyncService.h"

#include "models/DocumentRequirement.h"
#include "models/Money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace citoyens {

ServicesPage::ServicesPage(SubscriptionTableModel* subscriptions, CatalogueModel* catalogue,
                           SubscriptionCommands* commands, SyncService* sync, QWidget* parent)
    : FormPage(QStringLiteral("servicesPage"), parent, 960)
    , m_model(subscriptions)
    , m_catalogue(catalogue)
    , m_commands(commands)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notice(FormHelpers::paragraph({}, this, QStringLiteral("success")))
    , m_table(new QTableView(this))
    , m_empty(FormHelpers::paragraph(tr("You have not asked for any service yet."), this, QStringLiteral("hint")))
    , m_withdraw(new QPushButton(tr("&Withdraw the request"), this))
    , m_buy(new QPushButton(tr("&Buy"), this))
    , m_add(new QPushButton(tr("&Add a service"), this))
    , m_missingBox(new QWidget(this))
    , m_missingReason(FormHelpers::paragraph({}, m_missingBox, QStringLiteral("reminder")))
    , m_missingKind(new QComboBox(m_missingBox))
    , m_missingFile(new DocumentField(QStringLiteral("missingDocument"), tr("Missing document"), m_missingBox))
    , m_sendMissing(new BusyButton(tr("Send the &document"), tr("Sending…"), m_missingBox))
    , m_reminder(new QPushButton(this))
{
    setTitle(tr("My services"));
    m_notice->setObjectName(QStringLiteral("servicesNotice"));
    m_notice->hide();
    body()->addWidget(m_notice);
    body()->addWidget(new SyncProblemRow(
        sync, SyncService::Resource::Subscriptions, QStringLiteral("services"),
        tr("Your requests could not be refreshed: %1 They are shown as last saved on this computer."),
        tr("Refresh my requests"), this, [sync] { sync->syncAll(); }));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SubscriptionTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_table->setAccessibleName(tr("My service requests"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SubscriptionTableModel::ServiceName, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SubscriptionTableModel::Commune, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SubscriptionTableModel::Status, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // newest first, as the model
    m_table->setSortingEnabled(true);
    m_table->setMinimumHeight(200);
    ViewKeys::install(m_table);
    body()->addWidget(m_table);
    m_empty->setObjectName(QStringLiteral("servicesEmptyLabel"));
    body()->addWidget(m_empty);

    m_add->setObjectName(QStringLiteral("servicesAddButton"));
    m_add->setAccessibleName(tr("Add a service"));
    m_add->setProperty("role", QStringLiteral("primary"));
    m_withdraw->setObjectName(QStringLiteral("servicesWithdrawButton"));
    m_withdraw->setAccessibleName(tr("Withdraw the selected request"));
    m_withdraw->setAutoDefault(false);
    m_buy->setObjectName(QStringLiteral("servicesBuyButton"));
    m_buy->setAccessibleName(tr("Buy with the selected approved request"));
    m_buy->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_buy);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    body()->addLayout(buttons);

    // The missing document of a request marked "Pièces à compléter".
    m_missingBox->setObjectName(QStringLiteral("servicesMissingBox"));
    auto* missingLayout = new QVBoxLayout(m_missingBox);
    missingLayout->setContentsMargins(0, 8, 0, 0);
    m_missingReason->setObjectName(QStringLiteral("servicesMissingReason"));
    missingLayout->addWidget(m_missingReason);
    m_missingKind->setObjectName(QStringLiteral("servicesMissingKindCombo"));
    m_missingKind->setMinimumHeight(34);
    missingLayout->addWidget(FormHelpers::fieldLabel(tr("&Which document"), m_missingKind, m_missingBox));
    missingLayout->addWidget(m_missingKind);
    missingLayout->addWidget(m_missingFile);
    m_sendMissing->setObjectName(QStringLiteral("servicesSendMissingButton"));
    m_sendMissing->setAccessibleName(tr("Send the missing document"));
    auto* missingButtons = new QHBoxLayout;
    missingButtons->addStretch(1);
    missingButtons->addWidget(m_sendMissing);
    missingLayout->addLayout(missingButtons);
    m_missingBox->hide();
    body()->addWidget(m_missingBox);

    body()->addSpacing(12);
    m_reminder->setObjectName(QStringLiteral("servicesBeneficiariesReminder"));
    m_reminder->setText(tr("Once your registration requests are made, remember to enter your beneficiaries by "
                           "clicking here >"));
    m_reminder->setAccessibleName(FormHelpers::plain(m_reminder->text()));
    m_reminder->setProperty("role", QStringLiteral("link"));
    m_reminder->setCursor(Qt::PointingHandCursor);
    m_reminder->setAutoDefault(false);
    auto* reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_reminder);
    reminderRow->addStretch(1);
    body()->addLayout(reminderRow);

    setTabOrder(m_table, m_withdraw);
    setTabOrder(m_withdraw, m_buy);
    setTabOrder(m_buy, m_add);
    setTabOrder(m_add, m_missingKind);
    setTabOrder(m_missingKind, m_missingFile->browseButton());
    setTabOrder(m_missingFile->browseButton(), m_sendMissing);
    setTabOrder(m_sendMissing, m_reminder);

    connect(m_add, &QPushButton::clicked, this, &ServicesPage::addServiceRequested);
    connect(m_reminder, &QPushButton::clicked, this, &ServicesPage::beneficiariesRequested);
    connect(m_withdraw, &QPushButton::clicked, this, &ServicesPage::withdraw);
    connect(m_buy, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty() && m_buy->isEnabled())
            Q_EMIT purchaseRequested(id);
    });
    // Return (or a double click) on an approved row is "Acheter" too.
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (const QString id = currentId(); !id.isEmpty() && m_buy->isEnabled())
            Q_EMIT purchaseRequested(id);
    });
    connect(m_sendMissing, &QPushButton::clicked, this, &ServicesPage::sendMissingDocument);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServicesPage::updateActions);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &ServicesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ServicesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ServicesPage::updateActions);

    updateActions();
}

void ServicesPage::setBeneficiaries(QAbstractItemModel* beneficiaries)
{
    Reminder::follow(m_reminder, beneficiaries, BeneficiaryListModel::StatusRole, {});
}

QString ServicesPage::currentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(SubscriptionTableModel::IdRole).toString();
}

void ServicesPage::updateActions()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_withdraw->setVisible(!empty);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex row = rows.isEmpty() ? QModelIndex() : rows.constFirst();
    m_withdraw->setEnabled(row.isValid() && row.data(SubscriptionTableModel::CanWithdrawRole).toBool()
                           && m_pendingWithdraw.isEmpty());
    // "Acheter": only on a request the town hall approved.
    const bool approved = row.isValid() && row.data(SubscriptionTableModel::StatusRole).toString() == u"approved";
    m_buy->setVisible(!empty);
    m_buy->setEnabled(approved);
    const bool needsDocument = row.isValid() && row.data(SubscriptionTableModel::NeedsDocumentRole).toBool();
    if (needsDocument) {
        const QString reason = row.data(SubscriptionTableModel::StatusReasonRole).toString();
        m_missingReason->setText(
            reason.isEmpty() ? tr("The town hall asks for a document to complete this request.")
                             : tr("The town hall asks for a document to complete this request: %1").arg(reason));
        const QString previous = m_missingKind->currentData().toString();
        m_missingKind->clear();
        const auto service = m_catalogue->serviceAt(
            m_catalogue->indexOfService(row.data(SubscriptionTableModel::ServiceIdRole).toString()));
        const QList<DocumentRequirement> kinds = service
            ? service->requiredDocuments
            : QList<DocumentRequirement> {
                  { DocumentRequirement::KindProofOfAddress,
                    DocumentRequirement::defaultLabel(DocumentRequirement::KindProofOfAddress) },
                  { DocumentRequirement::KindIncomeStatement,
                    DocumentRequirement::defaultLabel(DocumentRequirement::KindIncomeStatement) },
              };
        for (const DocumentRequirement& r : kinds)
            m_missingKind->addItem(r.label.isEmpty() ? DocumentRequirement::defaultLabel(r.kind) : r.label, r.kind);
        const int keep = m_missingKind->findData(previous);
        if (keep >= 0)
            m_missingKind->setCurrentIndex(keep);
    }
    m_missingBox->setVisible(needsDocument);
}

void ServicesPage::withdraw()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_pendingWithdraw.isEmpty())
        return;
    const QString id = rows.constFirst().data(SubscriptionTableModel::IdRole).toString();
    const QString name = m_proxy->index(rows.constFirst().row(), SubscriptionTableModel::ServiceName).data().toString();
    if (!Confirmation::ask(this, tr("Withdraw the request"),
                           tr("Withdraw your request \"%1\"? The town hall will no longer examine it.").arg(name),
                           tr("Withdraw")))
        return;
    m_notice->hide();
    if (m_commands->isBusy()) {
        showNotice(tr("Another request is being sent. Try again in a moment."), false);
        updateActions();
        return;
    }
    SubscriptionOperation* operation = m_commands->withdraw(id);
    m_pendingWithdraw = id;
    connect(operation, &Operation::finished, this, [this, operation] {
        m_pendingWithdraw.clear();
        if (operation->succeeded())
            showNotice(tr("Your request has been withdrawn."), true);
        else
            showNotice(operation->error().message, false);
        updateActions();
    });
    updateActions();
}

void ServicesPage::sendMissingDocument()
{
    const QString id = currentId();
    if (id.isEmpty() || m_sendingMissing)
        return;
    if (m_missingFile->path().isEmpty()) {
        m_missingFile->showError(QStringLiteral("required"));
        return;
    }
    if (!m_missingFile->errorCode().isEmpty()) {
        m_missingFile->showError(m_missingFile->errorCode());
        return;
    }
    const QString kind = m_missingKind->currentData().toString();
    const FieldErrors errors = m_commands->checkDocument(kind, m_missingFile->path());
    if (!errors.isEmpty()) {
        m_missingFile->showError(errors.constFirst().code);
        return;
    }
    m_notice->hide();
    if (m_commands->isBusy()) {
        m_missingFile->showMessage(tr("Another request is being sent. Try again in a moment."));
        return;
    }
    SubscriptionOperation* operation = m_commands->addMissingDocument(id, kind, m_missingFile->path());
    m_sendingMissing = operation;
    m_sendMissing->setBusy(true);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_sendingMissing = nullptr;
        m_sendMissing->setBusy(false);
        if (!operation->succeeded()) {
            const ApiError& error = operation->error();
            if (!error.fieldErrors.isEmpty() && error.httpStatus == 0)
                m_missingFile->showError(error.fieldErrors.constFirst().code);
            else
                m_missingFile->showMessage(error.message);
            return;
        }
        m_missingFile->clear();
        showNotice(tr("The document has been sent: your request is pending again."), true);
        updateActions();
    });
}

void ServicesPage::showSubmitted(const QString& subscriptionId)
{
    const int sourceRow = m_model->rowOf(subscriptionId);
    if (sourceRow >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
    showNotice(tr("Your request has been sent. The town hall will examine it."), true);
    updateActions();
}

void ServicesPage::showPurchased(const QString& orderNumber, qint64 totalCents)
{
    showNotice(tr("Your order %1 is paid: %2. It is listed in \"My orders\".")
                   .arg(orderNumber, Money::fromCents(totalCents).toFrench()),
               true);
}

void ServicesPage::showNotice(const QString& text, bool success)
{
    m_notice->setProperty("role", success ? QStringLiteral("success") : QStringLiteral("error"));
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ServicesPage::reset()
{
    m_notice->hide();
    m_table->clearSelection();
    m_missingFile->clear();
    m_pendingWithdraw.clear();
    updateActions();
}

void ServicesPage::hideEvent(QHideEvent* event)
{
    // "Votre demande a été envoyée" is news once: leaving the page (not minimising) ends it.
    if (!event->spontaneous())
        m_notice->hide();
    FormPage::hideEvent(event);
}

void ServicesPage::clearNotice()
{
    m_notice->hide();
}

void ServicesPage::focusTable()
{
    if (m_table->isVisible())
        m_table->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
}

} // namespace citoyens
