#include "OrdersPage.h"

#include "ReceiptWriter.h"

#include "widgets/FilePicker.h"
#include "widgets/FormHelpers.h"
#include "widgets/SyncProblemRow.h"
#include "widgets/ViewKeys.h"

#include "itemmodels/OrderTableModel.h"
#include "models/Money.h"
#include "models/Subscription.h"
#include "scope/AccountScope.h"
#include "store/OrderRepository.h"
#include "sync/SyncService.h"
#include "wallet/OrderOperation.h"
#include "wallet/WalletCommands.h"

#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace citoyens {

namespace {

void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    ViewKeys::install(table);
    // A long service name wraps: its row grows instead of cutting the second line.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QString withPdfSuffix(const QString& path)
{
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf");
}

} // namespace

OrdersPage::OrdersPage(AccountScope* scope, QWidget* parent)
    : FormPage(QStringLiteral("ordersPage"), parent, 960)
    , m_scope(scope)
    , m_model(scope->orderModel())
    , m_lineModel(new OrderLineModel(this))
    , m_notice(FormHelpers::paragraph({}, this, QStringLiteral("success")))
    , m_table(new QTableView(this))
    , m_empty(FormHelpers::paragraph(tr("You have not ordered anything yet. Once the town hall has approved a "
                                        "request, \"Buy\" in \"My services\" orders what it offers."),
                                     this, QStringLiteral("hint")))
    , m_details(new QWidget(this))
    , m_summary(FormHelpers::paragraph({}, m_details))
    , m_lines(new QTableView(m_details))
    , m_total(new QLabel(m_details))
    , m_receipt(new QPushButton(tr("&Download the receipt (PDF)"), m_details))
    , m_year(new QSpinBox(this))
    , m_statement(new QPushButton(tr("Childcare costs &statement (PDF)"), this))
{
    setTitle(tr("My orders"));
    setLead(tr("History and details of my orders"));
    m_notice->setObjectName(QStringLiteral("ordersNotice"));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    body()->addWidget(m_notice);
    SyncService* sync = scope->sync();
    body()->addWidget(
        new SyncProblemRow(sync, SyncService::Resource::Orders, QStringLiteral("orders"),
                           tr("Your orders could not be refreshed: %1 They are shown as last saved on this computer."),
                           tr("Refresh my orders"), this));

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setAccessibleName(tr("My orders"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::Service, QHeaderView::Stretch);
    for (int column :
         { OrderTableModel::Number, OrderTableModel::Date, OrderTableModel::Beneficiary, OrderTableModel::Total })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(180);
    body()->addWidget(m_table);
    m_empty->setObjectName(QStringLiteral("ordersEmptyLabel"));
    body()->addWidget(m_empty);

    m_details->setObjectName(QStringLiteral("ordersDetails"));
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 8, 0, 0);
    m_summary->setObjectName(QStringLiteral("ordersSummaryLabel"));
    details->addWidget(m_summary);
    m_lines->setObjectName(QStringLiteral("ordersLinesTable"));
    m_lines->setAccessibleName(tr("Lines of the selected order"));
    m_lines->setModel(m_lineModel);
    setUpTable(m_lines);
    m_lines->horizontalHeader()->setSectionResizeMode(OrderLineModel::Label, QHeaderView::Stretch);
    m_lines->setMinimumHeight(120);
    details->addWidget(m_lines);
    m_total->setObjectName(QStringLiteral("ordersTotalLabel"));
    m_total->setProperty("role", QStringLiteral("subtitle"));
    m_total->setAlignment(Qt::AlignRight);
    details->addWidget(m_total);
    m_receipt->setObjectName(QStringLiteral("ordersReceiptButton"));
    m_receipt->setAccessibleName(tr("Download the receipt of the selected order (PDF)"));
    m_receipt->setAutoDefault(false);
    details->addWidget(m_receipt, 0, Qt::AlignRight);
    body()->addWidget(m_details);

    body()->addSpacing(12);
    auto* statementTitle = new QLabel(tr("Childcare costs statement"), this);
    statementTitle->setProperty("role", QStringLiteral("sectionTitle"));
    statementTitle->setIndent(0); // its style sheet box would indent it off the page margin
    body()->addWidget(statementTitle);
    body()->addWidget(FormHelpers::paragraph(tr("The childcare costs paid in a year for your children under 6 on "
                                                "1 January, child by child, for your income tax return."),
                                             this, QStringLiteral("hint")));
    m_year->setObjectName(QStringLiteral("ordersStatementYearSpin"));
    const int thisYear = QDate::currentDate().year();
    m_year->setRange(2020, thisYear);
    m_year->setValue(thisYear);
    m_statement->setObjectName(QStringLiteral("ordersStatementButton"));
    m_statement->setAccessibleName(tr("Download the childcare costs statement of the chosen year (PDF)"));
    m_statement->setAutoDefault(false);
    auto* statementRow = new QHBoxLayout;
    statementRow->addWidget(FormHelpers::fieldLabel(tr("&Year"), m_year, this));
    statementRow->addWidget(m_year);
    statementRow->addWidget(m_statement);
    statementRow->addStretch(1);
    body()->addLayout(statementRow);
    body()->addStretch(1);

    setTabOrder(m_table, m_lines);
    setTabOrder(m_lines, m_receipt);
    setTabOrder(m_receipt, m_year);
    setTabOrder(m_year, m_statement);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::showCurrent);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &OrdersPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OrdersPage::showCurrent);
    connect(m_receipt, &QPushButton::clicked, this, &OrdersPage::saveReceipt);
    connect(m_statement, &QPushButton::clicked, this, &OrdersPage::saveStatement);
    showCurrent();
}

QString OrdersPage::currentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(OrderTableModel::IdRole).toString();
}

void OrdersPage::selectOrder(const QString& orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void OrdersPage::showCurrent()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    m_details->setVisible(row >= 0);
    if (row < 0) {
        m_lineModel->setLines({});
        return;
    }
    const Order order = m_model->orderAt(row);
    QStringList summary {
        tr("Order no. %1 of %2")
            .arg(order.number, order.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
        tr("%1, commune of %2")
            .arg(Subscription::titleCase(order.serviceName), Subscription::titleCase(order.communeName))
    };
    if (!order.beneficiaryName.isEmpty())
        summary.append(tr("For: %1").arg(order.beneficiaryName));
    summary.append(ReceiptWriter::paidWithText(order));
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_lineModel->setLines(order.lines);
    m_total->setText(tr("Total: %1").arg(Money::fromCents(order.totalCents).toFrench()));
}

void OrdersPage::saveReceipt()
{
    const std::optional<Order> order = m_scope->orderRepository()->find(currentId());
    if (!order)
        return;
    const QString chosen = FilePicker::saveFile(this, tr("Save the receipt"), ReceiptWriter::receiptFileName(*order),
                                                tr("PDF documents (*.pdf)"));
    if (chosen.isEmpty())
        return;
    const QString path = withPdfSuffix(chosen);
    QString error;
    if (!ReceiptWriter::writeReceipt(*order, path, &error))
        return showNotice(error, false);
    showNotice(tr("The receipt was saved in %1.").arg(QDir::toNativeSeparators(path)), true);
}

void OrdersPage::saveStatement()
{
    if (m_fetching)
        return;
    const int year = m_year->value();
    m_statement->setEnabled(false);
    FetchOperation* operation = m_scope->walletCommands()->childcareStatement(year);
    m_fetching = operation;
    connect(operation, &Operation::finished, this, [this, operation, year] {
        m_statement->setEnabled(true);
        m_fetching = nullptr;
        if (!operation->succeeded())
            return showNotice(tr("The statement could not be prepared: %1").arg(operation->error().message), false);
        const std::optional<ChildcareStatement> statement = ChildcareStatement::fromJson(operation->answer());
        if (!statement)
            return;
        const QString chosen
            = FilePicker::saveFile(this, tr("Save the childcare costs statement"),
                                   ReceiptWriter::statementFileName(year), tr("PDF documents (*.pdf)"));
        if (chosen.isEmpty())
            return;
        const QString path = withPdfSuffix(chosen);
        QString error;
        if (!ReceiptWriter::writeChildcareStatement(*statement, m_holder, path, &error))
            return showNotice(error, false);
        showNotice(
            tr("The childcare costs statement for %1 was saved in %2.").arg(year).arg(QDir::toNativeSeparators(path)),
            true);
    });
}

void OrdersPage::showNotice(const QString& text, bool success)
{
    m_notice->setProperty("role", success ? QStringLiteral("success") : QStringLiteral("error"));
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void OrdersPage::reset()
{
    m_notice->hide();
    m_table->clearSelection();
}

} // namespace citoyens
