#pragma once

#include <QPointer>

#include "widgets/FormPage.h"

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace citoyens {

class ApiError;
class BusyButton;
class CatalogueModel;
class DocumentField;
class SubscriptionCommands;
class SubscriptionOperation;
class SubscriptionTableModel;
class SyncService;

// "Mes Services": the person's requests ("Nom du Service", "Commune", "Statut"), painted
// from the local store at once and updated by the sync. A pending request can be withdrawn
// (after a confirmation); one marked "Pièces à compléter" takes the missing document here.
// Below the table, the reminder to enter the beneficiaries ("Mes filiations"). When the server
// cannot be reached, the table stays as last saved and the page says so ("Actualiser" retries).
class ServicesPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    ServicesPage(SubscriptionTableModel* subscriptions, CatalogueModel* catalogue, SubscriptionCommands* commands,
                 SyncService* sync, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // The person's beneficiaries (BeneficiaryListModel): the reminder to enter them ("Mes
    // filiations") goes once the town hall approved them all.
    void setBeneficiaries(QAbstractItemModel* beneficiaries);
    // Selects the request's row (after it was sent) and says it was sent.
    void showSubmitted(const QString& subscriptionId);
    // After a purchase: "Votre commande ... est payée".
    void showPurchased(const QString& orderNumber, qint64 totalCents);
    void reset();
    void focusTable();
    void clearNotice();

signals:
    void addServiceRequested();
    void beneficiariesRequested();
    // "Acheter" on an approved request.
    void purchaseRequested(const QString& subscriptionId);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QString currentId() const;
    void updateActions();
    void withdraw();
    void sendMissingDocument();
    void showNotice(const QString& text, bool success);

    SubscriptionTableModel* m_model;
    CatalogueModel* m_catalogue;
    SubscriptionCommands* m_commands;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_notice;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_withdraw; // created before m_add: the tab order follows the creation order
    QPushButton* m_buy;
    QPushButton* m_add;
    QWidget* m_missingBox;
    QLabel* m_missingReason;
    QComboBox* m_missingKind;
    DocumentField* m_missingFile;
    BusyButton* m_sendMissing;
    QPushButton* m_reminder;
    QString m_pendingWithdraw;
    QPointer<SubscriptionOperation> m_sendingMissing; // the missing document this page sends
};

} // namespace citoyens
