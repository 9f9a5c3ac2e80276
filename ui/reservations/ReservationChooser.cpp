#include "ReservationChooser.h"

#include "widgets/FormHelpers.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "models/Beneficiary.h"
#include "models/Subscription.h"
#include "scope/AccountScope.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace citoyens {

namespace {

constexpr int ServiceIdRole = Qt::UserRole + 1;

// The service's booked items (empty: no days to book).
QStringList bookedItems(const Service& service)
{
    return service.booking ? service.booking->items : QStringList();
}

template<typename Slot> void followRows(QAbstractItemModel* model, QObject* receiver, Slot slot)
{
    QObject::connect(model, &QAbstractItemModel::rowsInserted, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver, slot);
}

} // namespace

ReservationChooser::ReservationChooser(AccountScope* scope, QWidget* parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_child(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_itemLabel(nullptr)
    , m_item(new QComboBox(this))
{
    setObjectName(QStringLiteral("reservationsChooser"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* childColumn = new QVBoxLayout;
    m_child->setObjectName(QStringLiteral("reservationsChildCombo"));
    childColumn->addWidget(FormHelpers::fieldLabel(tr("C&hild"), m_child, this));
    childColumn->addWidget(m_child);
    auto* serviceColumn = new QVBoxLayout;
    m_service->setObjectName(QStringLiteral("reservationsServiceCombo"));
    serviceColumn->addWidget(FormHelpers::fieldLabel(tr("&Service"), m_service, this));
    serviceColumn->addWidget(m_service);
    auto* itemColumn = new QVBoxLayout;
    m_item->setObjectName(QStringLiteral("reservationsItemCombo"));
    m_itemLabel = FormHelpers::fieldLabel(tr("&What"), m_item, this);
    itemColumn->addWidget(m_itemLabel);
    itemColumn->addWidget(m_item);
    // The child and the item as wide as their names, the service (« …Résident Commune / inf 399 »)
    // the rest: shares of the width cut the service's name.
    m_child->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addLayout(childColumn);
    layout->addLayout(serviceColumn, 1);
    layout->addLayout(itemColumn);

    connect(m_child, &QComboBox::currentIndexChanged, this, &ReservationChooser::changed);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        fillItems();
        Q_EMIT changed();
    });
    connect(m_item, &QComboBox::currentIndexChanged, this, &ReservationChooser::changed);
    followRows(scope->beneficiaryModel(), this, [this] { fillChildren(); });
    followRows(scope->subscriptionModel(), this, [this] { fillServices(); });
    followRows(scope->catalogueModel(), this, [this] { fillServices(); });
    fillChildren();
    fillServices();
}

QString ReservationChooser::beneficiaryId() const
{
    return m_child->currentData().toString();
}

QString ReservationChooser::subscriptionId() const
{
    return m_service->currentData().toString();
}

QString ReservationChooser::itemId() const
{
    return m_item->currentData().toString();
}

bool ReservationChooser::hasChild() const
{
    return m_child->count() > 0;
}

bool ReservationChooser::hasService() const
{
    return m_service->count() > 0;
}

void ReservationChooser::fillChildren()
{
    const QString chosen = beneficiaryId();
    {
        const QSignalBlocker quiet(m_child);
        m_child->clear();
        const BeneficiaryListModel* beneficiaries = m_scope->beneficiaryModel();
        for (int row = 0; row < beneficiaries->rowCount(); ++row) {
            const QModelIndex index = beneficiaries->index(row, 0);
            if (index.data(BeneficiaryListModel::StatusRole).toString() == Beneficiary::StatusApproved)
                m_child->addItem(index.data().toString(), index.data(BeneficiaryListModel::IdRole));
        }
        m_child->setCurrentIndex(std::max(0, m_child->findData(chosen)));
    }
    if (beneficiaryId() != chosen || m_child->count() == 0)
        Q_EMIT changed();
}

void ReservationChooser::fillServices()
{
    const QString chosen = subscriptionId();
    const QString chosenItem = itemId();
    {
        const QSignalBlocker quiet(m_service);
        m_service->clear();
        const Catalogue& catalogue = m_scope->catalogueModel()->catalogue();
        const SubscriptionTableModel* subscriptions = m_scope->subscriptionModel();
        for (int row = 0; row < subscriptions->rowCount(); ++row) {
            const Subscription subscription = subscriptions->subscriptionAt(row);
            if (subscription.status != Subscription::StatusApproved)
                continue;
            const Service* service = catalogue.findService(subscription.serviceId);
            if (!service || bookedItems(*service).isEmpty())
                continue;
            m_service->addItem(subscription.displayName(), subscription.id);
            m_service->setItemData(m_service->count() - 1, subscription.serviceId, ServiceIdRole);
        }
        m_service->setCurrentIndex(std::max(0, m_service->findData(chosen)));
    }
    fillItems();
    if (subscriptionId() != chosen || itemId() != chosenItem || m_service->count() == 0)
        Q_EMIT changed();
}

void ReservationChooser::fillItems()
{
    const QString chosen = itemId();
    const QSignalBlocker quiet(m_item);
    m_item->clear();
    const Service* service
        = m_scope->catalogueModel()->catalogue().findService(m_service->currentData(ServiceIdRole).toString());
    if (service) {
        for (const QString& id : bookedItems(*service)) {
            const ServiceItem* item = service->item(id);
            m_item->addItem(item ? item->label : id, id);
        }
    }
    m_item->setCurrentIndex(std::max(0, m_item->findData(chosen)));
    const bool several = m_item->count() > 1;
    m_item->setVisible(several);
    m_itemLabel->setVisible(several);
}

} // namespace citoyens
