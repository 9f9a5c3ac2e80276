#include "ServicesWidget.h"

#include "AddServicePage.h"
#include "ServicesPage.h"
#include "SupportingDocumentsPage.h"

#include "orders/PurchaseDialog.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "scope/AccountScope.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace citoyens {

ServicesWidget::ServicesWidget(AccountScope* services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_stack(new QStackedWidget(this))
    , m_list(new ServicesPage(services->subscriptionModel(), services->catalogueModel(),
                              services->subscriptionCommands(), services->sync(), m_stack))
    , m_add(new AddServicePage(services->catalogueModel(), m_stack))
    , m_documents(new SupportingDocumentsPage(services->subscriptionCommands(), services->quotientCommands(), m_stack))
{
    setObjectName(QStringLiteral("servicesWidget"));
    m_list->setBeneficiaries(services->beneficiaryModel());
    m_stack->setObjectName(QStringLiteral("servicesStack"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_add);
    m_stack->addWidget(m_documents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &ServicesPage::addServiceRequested, this, &ServicesWidget::showAddService);
    connect(m_list, &ServicesPage::beneficiariesRequested, this, &ServicesWidget::beneficiariesRequested);
    connect(m_list, &ServicesPage::purchaseRequested, this, &ServicesWidget::showPurchase);
    connect(m_add, &AddServicePage::backRequested, this, &ServicesWidget::showList);
    connect(m_add, &AddServicePage::serviceChosen, this, &ServicesWidget::showDocuments);
    connect(m_documents, &SupportingDocumentsPage::backRequested, this, [this] {
        m_stack->setCurrentWidget(m_add);
        m_add->focusFilter();
    });
    connect(m_documents, &SupportingDocumentsPage::submitted, this, [this](const QString& id) {
        m_add->reset();
        showList();
        m_list->showSubmitted(id);
    });
}

QWidget* ServicesWidget::currentPage() const
{
    return m_stack->currentWidget();
}

void ServicesWidget::showList()
{
    m_list->clearNotice(); // showSubmitted() says it again right after a request was sent
    m_stack->setCurrentWidget(m_list);
    m_list->focusTable();
}

void ServicesWidget::showPurchase(const QString& subscriptionId)
{
    auto* dialog = new PurchaseDialog(m_services, subscriptionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PurchaseDialog::purchased, this,
            [this](const Order& order) { m_list->showPurchased(order.number, order.totalCents); });
    dialog->open();
}

void ServicesWidget::showAddService()
{
    m_stack->setCurrentWidget(m_add);
    m_add->focusFilter();
}

void ServicesWidget::showDocuments(const QString& serviceId)
{
    CatalogueModel* catalogue = m_services->catalogueModel();
    const QModelIndex index = catalogue->indexOfService(serviceId);
    const std::optional<Service> service = catalogue->serviceAt(index);
    const std::optional<Commune> commune = catalogue->communeAt(index);
    if (!service)
        return;
    m_documents->setService(*service, commune ? commune->name : QString());
    m_stack->setCurrentWidget(m_documents);
    m_documents->focusFirstField();
}

void ServicesWidget::reset()
{
    m_documents->reset();
    m_add->reset();
    m_list->reset();
    m_stack->setCurrentWidget(m_list);
}

} // namespace citoyens
