#include "PurchaseDialog.h"

#include "wallet/MissingFundsBox.h"
#include "wallet/WalletPaymentFoot.h"
#include "widgets/BusyButton.h"
#include "widgets/FormHelpers.h"

#include "api/ApiError.h"
#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "itemmodels/WalletMovementModel.h"
#include "models/Beneficiary.h"
#include "models/Money.h"
#include "models/ProblemCodes.h"
#include "scope/AccountScope.h"
#include "store/SubscriptionRepository.h"
#include "wallet/CardPaymentOperation.h"
#include "wallet/OrderOperation.h"
#include "wallet/WalletCommands.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace citoyens {

PurchaseDialog::PurchaseDialog(AccountScope* scope, const QString& subscriptionId, QWidget* parent)
    : QDialog(parent)
    , m_scope(scope)
    , m_subscriptionId(subscriptionId)
    , m_service(new QLabel(this))
    , m_loading(FormHelpers::paragraph(tr("Loading what this service offers…"), this, QStringLiteral("hint")))
    , m_bookedByDay(FormHelpers::paragraph({}, this, QStringLiteral("hint")))
    , m_retryOffers(new QPushButton(tr("&Try again"), this))
    , m_offersBox(new QWidget(this))
    , m_grid(new QGridLayout(m_offersBox))
    , m_child(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_balanceAfter(new QLabel(this))
    , m_missing(new MissingFundsBox(scope, QStringLiteral("purchase"), this))
    , m_error(FormHelpers::paragraph({}, this, QStringLiteral("error")))
    , m_confirm(new BusyButton(tr("Pay with my &wallet"), tr("Paying…"), this))
    , m_card(new BusyButton(tr("Pay by &card"), tr("Opening the payment page…"), this))
    , m_cardStatus(FormHelpers::paragraph({}, this, QStringLiteral("hint")))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_key(WalletCommands::newIdempotencyKey())
    , m_cardKey(WalletCommands::newIdempotencyKey())
{
    setObjectName(QStringLiteral("purchaseDialog"));
    setWindowTitle(tr("Buy"));
    setAccessibleName(tr("Buy"));
    setMinimumWidth(680);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    const std::optional<Subscription> subscription = scope->subscriptionRepository()->find(subscriptionId);
    m_service->setObjectName(QStringLiteral("purchaseServiceLabel"));
    m_service->setProperty("role", QStringLiteral("subtitle"));
    m_service->setWordWrap(true);
    m_service->setText(subscription ? subscription->displayName() : QString());
    layout->addWidget(m_service);

    m_loading->setObjectName(QStringLiteral("purchaseLoadingLabel"));
    layout->addWidget(m_loading);
    m_bookedByDay->setObjectName(QStringLiteral("purchaseBookedByDayLabel"));
    m_bookedByDay->hide();
    layout->addWidget(m_bookedByDay);
    m_retryOffers->setObjectName(QStringLiteral("purchaseRetryOffersButton"));
    m_retryOffers->setAccessibleName(tr("Load the offers again"));
    m_retryOffers->setAutoDefault(false);
    m_retryOffers->hide();
    layout->addWidget(m_retryOffers, 0, Qt::AlignLeft);
    m_offersBox->setObjectName(QStringLiteral("purchaseOffersBox"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_offersBox->hide();
    layout->addWidget(m_offersBox);

    m_child->setObjectName(QStringLiteral("purchaseChildCombo"));
    fillChildren();
    // The children arrive with the sync, possibly after the dialog opened.
    const BeneficiaryListModel* beneficiaries = scope->beneficiaryModel();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(beneficiaries, signal, this, &PurchaseDialog::fillChildren);
    connect(beneficiaries, &QAbstractItemModel::modelReset, this, &PurchaseDialog::fillChildren);
    connect(beneficiaries, &QAbstractItemModel::dataChanged, this, &PurchaseDialog::fillChildren);
    layout->addWidget(FormHelpers::fieldLabel(tr("For the c&hild (optional)"), m_child, this));
    layout->addWidget(m_child);

    m_total->setObjectName(QStringLiteral("purchaseTotalLabel"));
    m_total->setProperty("role", QStringLiteral("subtitle"));
    layout->addWidget(m_total);
    m_cardStatus->setObjectName(QStringLiteral("purchaseCardStatus"));
    m_cardStatus->hide();
    layout->addWidget(m_cardStatus);
    m_card->setAccessibleName(tr("Pay the exact amount by card"));
    WalletPaymentFoot { m_balanceAfter, m_missing, m_error, m_confirm, m_cancel, m_card }.addTo(
        this, layout, QStringLiteral("purchase"), tr("Pay with my wallet"), tr("Cancel the purchase"));

    connect(m_confirm, &QPushButton::clicked, this, &PurchaseDialog::confirm);
    connect(m_card, &QPushButton::clicked, this, &PurchaseDialog::payByCard);
    connect(m_retryOffers, &QPushButton::clicked, this, &PurchaseDialog::loadOffers);
    connect(m_missing, &MissingFundsBox::topUpFinished, this, &PurchaseDialog::update);
    connect(scope->walletModel(), &WalletMovementModel::balanceChanged, this, &PurchaseDialog::update);
    loadOffers();
    update();
}

void PurchaseDialog::fillChildren()
{
    const QString chosen = m_child->currentData().toString();
    const QSignalBlocker quiet(m_child);
    m_child->clear();
    m_child->addItem(tr("No child named"), QString());
    const BeneficiaryListModel* beneficiaries = m_scope->beneficiaryModel();
    for (int row = 0; row < beneficiaries->rowCount(); ++row) {
        const QModelIndex index = beneficiaries->index(row, 0);
        if (index.data(BeneficiaryListModel::StatusRole).toString() == Beneficiary::StatusApproved)
            m_child->addItem(index.data().toString(), index.data(BeneficiaryListModel::IdRole));
    }
    m_child->setCurrentIndex(std::max(0, m_child->findData(chosen)));
}

QSpinBox* PurchaseDialog::quantityBox(const QString& itemId) const
{
    for (int i = 0; i < m_offers.size(); ++i) {
        if (m_offers.at(i).id == itemId)
            return m_quantities.at(i);
    }
    return nullptr;
}

void PurchaseDialog::loadOffers()
{
    m_retryOffers->hide();
    m_loading->setText(tr("Loading what this service offers…"));
    m_loading->show();
    FetchOperation* operation = m_scope->walletCommands()->offers(m_subscriptionId);
    connect(operation, &Operation::finished, this, [this, operation] {
        if (!operation->succeeded()) {
            const ApiError& error = operation->error();
            m_loading->setText(error.code == ProblemCode::NotApproved
                                   ? tr("This request is not approved yet: nothing can be bought with it.")
                                   : tr("The offers could not be loaded: %1").arg(error.message));
            m_retryOffers->setVisible(error.code != ProblemCode::NotApproved);
            return;
        }
        QStringList byDay;
        for (const QJsonValue& item : operation->answer().value(QStringLiteral("bookedByDay")).toArray())
            byDay.append(item.toObject().value(QStringLiteral("label")).toString());
        byDay.removeAll(QString());
        showOffers(Offer::listFromJson(operation->answer()).value_or(QList<Offer>()), byDay);
    });
}

void PurchaseDialog::showOffers(const QList<Offer>& offers, const QStringList& bookedByDay)
{
    m_offers = offers;
    m_loading->setVisible(offers.isEmpty());
    m_loading->setText(bookedByDay.isEmpty() ? tr("This service has nothing to buy yet.")
                                             : tr("Nothing else to buy with this service."));
    // A day is paid when it is booked for a child in the calendar, never as a bare quantity:
    // the same day could otherwise be paid twice.
    QStringList quoted;
    for (const QString& label : bookedByDay)
        quoted.append(tr("\"%1\"").arg(label));
    m_bookedByDay->setText(tr("%1: booked day by day for a child, in \"My reservations\" (each chosen day is paid "
                              "there from your wallet).",
                              nullptr, int(quoted.size()))
                               .arg(quoted.join(tr(", "))));
    m_bookedByDay->setVisible(!bookedByDay.isEmpty());
    const QStringList headers { tr("Item"), tr("Unit price"), tr("Quantity"), tr("Total") };
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers.at(column), m_offersBox);
        header->setProperty("role", QStringLiteral("fieldLabel"));
        m_grid->addWidget(header, 0, column, column == 3 ? Qt::AlignRight : Qt::Alignment());
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setVerticalSpacing(8);
    QWidget* previous = nullptr;
    for (int i = 0; i < offers.size(); ++i) {
        const Offer& offer = offers.at(i);
        const QString price = Money::fromCents(offer.unitPriceCents).toFrench();
        auto* label = new QLabel(offer.label, m_offersBox);
        auto* spin = new QSpinBox(m_offersBox);
        spin->setObjectName(QStringLiteral("purchaseQuantity_") + offer.id);
        spin->setRange(0, OrderRequest::MaxQuantity);
        spin->setAccessibleName(tr("Quantity for: %1").arg(offer.label));
        spin->setMinimumWidth(90);
        label->setBuddy(spin);
        auto* lineTotal = new QLabel(Money().toFrench(), m_offersBox);
        lineTotal->setObjectName(QStringLiteral("purchaseLineTotal_") + offer.id);
        lineTotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(label, i + 1, 0);
        m_grid->addWidget(new QLabel(offer.unit.isEmpty() ? price : tr("%1 / %2").arg(price, offer.unit), m_offersBox),
                          i + 1, 1);
        m_grid->addWidget(spin, i + 1, 2);
        m_grid->addWidget(lineTotal, i + 1, 3);
        m_quantities.append(spin);
        m_lineTotals.append(lineTotal);
        connect(spin, &QSpinBox::valueChanged, this, &PurchaseDialog::update);
        if (previous)
            setTabOrder(previous, spin);
        previous = spin;
    }
    // The spin boxes arrive after the rest: the reading order again, top to bottom, then the
    // buttons left to right (« Annuler », the top-up when short, « Confirmer »).
    if (previous) {
        setTabOrder(previous, m_child);
        setTabOrder(m_child, m_missing);
        setTabOrder(m_missing, m_cancel);
        setTabOrder(m_cancel, m_card);
        setTabOrder(m_card, m_confirm);
    }
    // Shown once filled: the spin boxes are shown with it, and the first can take the focus now
    // (a child added to a shown parent is only shown later, and a hidden one refuses the focus).
    m_offersBox->setVisible(!offers.isEmpty());
    if (!m_quantities.isEmpty())
        m_quantities.constFirst()->setFocus(Qt::OtherFocusReason);
    update();
    adjustSize();
}

OrderRequest PurchaseDialog::request() const
{
    OrderRequest request;
    request.subscriptionId = m_subscriptionId;
    request.beneficiaryId = m_child->currentData().toString();
    for (int i = 0; i < m_offers.size(); ++i) {
        if (m_quantities.at(i)->value() > 0)
            request.lines.append({ m_offers.at(i).id, m_quantities.at(i)->value() });
    }
    return request;
}

void PurchaseDialog::update()
{
    for (int i = 0; i < m_offers.size(); ++i) {
        const auto line = Money::fromCents(m_offers.at(i).unitPriceCents).times(m_quantities.at(i)->value());
        m_lineTotals.at(i)->setText(line ? line->toFrench() : QString());
    }
    const OrderRequest order = request();
    const Money total = order.total(m_offers).value_or(Money());
    m_total->setText(tr("Total: %1").arg(total.toFrench()));
    const WalletMovementModel* wallet = m_scope->walletModel();
    const Money balance = Money::fromCents(wallet->balanceCents());
    const Money after = balance.minus(total).value_or(Money());
    m_balanceAfter->setText(wallet->isKnown() ? tr("Balance after purchase: %1").arg(after.toFrench())
                                              : tr("Balance after purchase: not known yet"));
    const bool isShort = wallet->isKnown() && after.isNegative();
    m_missing->setMissing(isShort ? -after.cents() : 0);
    m_confirm->setEnabled(!m_sending && !m_following && !order.lines.isEmpty() && !isShort);
    // The card pays the exact amount: a short balance does not stop it.
    m_card->setEnabled(!m_sending && !m_following && !order.lines.isEmpty());
}

void PurchaseDialog::confirm()
{
    if (m_sending || m_following)
        return;
    const OrderRequest order = request();
    if (order.lines.isEmpty()) {
        showError(tr("Choose a quantity for at least one item."));
        return;
    }
    // The same confirmation is sent again with its key; a changed one is another order.
    if (m_keySent && !(order == m_keyRequest))
        m_key = WalletCommands::newIdempotencyKey();
    m_keyRequest = order;
    m_keySent = true;
    m_error->hide();
    OrderOperation* operation = m_scope->walletCommands()->order(order, m_key);
    m_sending = operation;
    m_confirm->setBusy(true);
    update();
    connect(operation, &Operation::finished, this, [this, operation] {
        m_sending = nullptr;
        m_confirm->setBusy(false);
        if (operation->succeeded()) {
            Q_EMIT purchased(operation->order());
            accept();
            return;
        }
        sendErrors(operation);
        update();
    });
}

void PurchaseDialog::sendErrors(const OrderOperation* operation)
{
    const ApiError& error = operation->error();
    if (error.code == ProblemCode::InsufficientFunds) {
        showError(tr("Your wallet is short of %1 for this purchase.")
                      .arg(Money::fromCents(operation->missingCents()).toFrench()));
    } else if (!error.fieldErrors.isEmpty()) {
        QStringList words;
        static const QRegularExpression line(QStringLiteral("^lines\\[(\\d+)\\]\\."));
        for (const FieldError& field : error.fieldErrors) {
            const QRegularExpressionMatch match = line.match(field.field);
            const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
            const QString name = index >= 0 && index < m_keyRequest.lines.size()
                ? quantityBox(m_keyRequest.lines.at(index).itemId)->accessibleName()
                : (field.field == u"beneficiaryId" ? tr("Child") : field.field);
            words.append(tr("%1: %2").arg(name, ApiError::describe(field)));
        }
        showError(words.join(QLatin1Char('\n')));
    } else {
        showError(error.message);
    }
}

void PurchaseDialog::payByCard()
{
    if (m_sending || m_following)
        return;
    OrderRequest order = request();
    if (order.lines.isEmpty()) {
        showError(tr("Choose a quantity for at least one item."));
        return;
    }
    order.byCard = true;
    if (!(order == m_cardKeyRequest))
        m_cardKey = WalletCommands::newIdempotencyKey();
    m_cardKeyRequest = order;
    m_keyRequest = order; // the field errors name the lines of what was sent
    m_error->hide();
    OrderOperation* operation = m_scope->walletCommands()->order(order, m_cardKey);
    m_sending = operation;
    m_card->setBusy(true);
    update();
    connect(operation, &Operation::finished, this, [this, operation] {
        m_sending = nullptr;
        m_card->setBusy(false);
        if (!operation->succeeded()) {
            sendErrors(operation);
            update();
            return;
        }
        if (operation->order().status == Order::StatusPaid) {
            Q_EMIT purchased(operation->order());
            accept();
            return;
        }
        followCard(operation->order());
    });
}

void PurchaseDialog::followCard(const Order& pending)
{
    CardPaymentOperation* following = WalletPaymentFoot::followCard(m_scope->walletCommands(), pending, m_cardStatus);
    m_following = following;
    connect(following, &Operation::finished, this, [this, following] {
        m_following = nullptr;
        m_cardStatus->setText(following->statusText());
        if (following->succeeded()) {
            Q_EMIT purchased(following->order());
            accept();
            return;
        }
        // Released, nothing charged: another try is another order.
        m_cardKey = WalletCommands::newIdempotencyKey();
        m_cardKeyRequest = {};
        update();
        m_card->setFocus(Qt::OtherFocusReason);
    });
    update();
}

void PurchaseDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace citoyens
