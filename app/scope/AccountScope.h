#pragma once

#include <QObject>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace citoyens {

class ApiClient;
class AttendanceCommands;
struct ApiClientConfig;
class BeneficiaryCommands;
class BeneficiaryListModel;
class BeneficiaryRepository;
class CatalogueModel;
class CatalogueRepository;
class QueueCommands;
class LocalStore;
class NotificationListModel;
class NotificationPoller;
class NotificationRepository;
class OrderRepository;
class OrderTableModel;
class QueueRepository;
class QueueTableModel;
class QuotientCommands;
class FamilyQuotientRepository;
class ReservationCommands;
class ReservationRepository;
class UpcomingReservationModel;
class Session;
class SubscriptionCommands;
class SubscriptionRepository;
class SubscriptionTableModel;
class StoreRepository;
class SyncService;
class WalletCommands;
class WalletMovementModel;
class WalletRepository;
struct CollectionDeclaration;

// Everything of one signed-in person: the repositories on that person's store, the item
// models the pages show, the sync, the notification poller and the operations that change
// what the person owns. All objects are children of this one and live as long as it does.
//
// Two kinds:
// - the signed-in person's own scope: ClientCore creates it when a session starts and deletes
//   it when the session ends. While it lives it follows the Session: its repositories are on
//   Session::store() (the pages show what is on disk at once), a full sync starts and the
//   poller runs while signed in; on sign-out the poller stops, requests in flight are aborted
//   and the models empty (a scope built directly, as the tests do, outlives the sign-out);
// - an assisted scope (an agent serving a walk-in citizen) is opened with openAssisted()
//   from an access token the agent's scope obtained: it has its own ApiClient (that token
//   only, no refresh token, nothing in the keychain) and its own store in a folder of its
//   own under <dataDir>/assisted/; destroying it removes that folder and everything in it.
class AccountScope : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountScope)

public:
    enum class Kind { Own, Assisted };
    Q_ENUM(Kind)

    AccountScope(ApiClient* client, Session* session, QObject* parent = nullptr);
    ~AccountScope() override;

    // A temporary scope for a citizen served by an agent; nullptr with `error` set when its
    // store cannot be created. Call start() to sync it.
    static std::unique_ptr<AccountScope> openAssisted(const ApiClientConfig& config, const QByteArray& accessToken,
                                                      const QString& dataDir, QString* error = nullptr);
    // The folder under which assisted scopes keep their stores.
    static QString assistedRoot(const QString& dataDir);
    // At start-up: removes what assisted scopes left behind after a crash. Returns how many
    // folders were removed.
    static int removeAssistedLeftovers(const QString& dataDir);

    Kind kind() const { return m_kind; }
    // The assisted scope's own folder (empty for the own scope).
    QString folder() const { return m_folder; }
    // Assisted scope: the first sync and the poller.
    void start();

    CatalogueRepository* catalogueRepository() const { return m_catalogueRepository; }
    SubscriptionRepository* subscriptionRepository() const { return m_subscriptionRepository; }
    BeneficiaryRepository* beneficiaryRepository() const { return m_beneficiaryRepository; }
    NotificationRepository* notificationRepository() const { return m_notificationRepository; }

    CatalogueModel* catalogueModel() const { return m_catalogueModel; }
    SubscriptionTableModel* subscriptionModel() const { return m_subscriptionModel; }
    BeneficiaryListModel* beneficiaryModel() const { return m_beneficiaryModel; }
    NotificationListModel* notificationModel() const { return m_notificationModel; }

    // A desk agent's queue ("File d'attente") and what the agent does with it.
    QueueRepository* queueRepository() const { return m_queueRepository; }
    QueueTableModel* queueModel() const { return m_queueModel; }
    QueueCommands* queueCommands() const { return m_queueCommands; }
    // « Pointage »: a day's booked children of a service, marked present or absent.
    AttendanceCommands* attendanceCommands() const { return m_attendanceCommands; }

    // The wallet ("Mon porte-monnaie", the side block) and the orders ("Mes commandes").
    WalletRepository* walletRepository() const { return m_walletRepository; }
    OrderRepository* orderRepository() const { return m_orderRepository; }
    WalletMovementModel* walletModel() const { return m_walletModel; }
    OrderTableModel* orderModel() const { return m_orderModel; }
    WalletCommands* walletCommands() const { return m_walletCommands; }

    // A child's booking months and the upcoming reservations ("Mes réservations").
    ReservationRepository* reservationRepository() const { return m_reservationRepository; }
    UpcomingReservationModel* upcomingReservationModel() const { return m_upcomingReservationModel; }
    ReservationCommands* reservationCommands() const { return m_reservationCommands; }

    // The family quotient from the CAF or MSA: the one kept, and the request for it.
    FamilyQuotientRepository* quotientRepository() const { return m_quotientRepository; }
    QuotientCommands* quotientCommands() const { return m_quotientCommands; }

    SyncService* sync() const { return m_sync; }
    NotificationPoller* poller() const { return m_poller; }
    SubscriptionCommands* subscriptionCommands() const { return m_subscriptionCommands; }
    BeneficiaryCommands* beneficiaryCommands() const { return m_beneficiaryCommands; }

    // Before the first sign-in (tests: a few milliseconds). Default 30 s. Also how often an
    // agent's queue is fetched again.
    void setPollInterval(std::chrono::milliseconds interval);
    // The role whose collections are registered: a citizen's own (/me/...), an agent's queue.
    QString collectionsRole() const { return m_collectionsRole; }

private:
    AccountScope(ApiClient* client, Kind kind, QObject* parent);
    void onSessionStateChanged();
    void attach(LocalStore* store);
    // A repository of this scope's store: attach() gives it the store with the others.
    template<typename Repository> Repository* addRepository();
    void registerCollections(const QString& role);
    void startPolling();
    void stopPolling();

    Kind m_kind = Kind::Own;
    Session* m_session = nullptr;
    std::unique_ptr<ApiClient> m_ownClient; // assisted: the citizen's token only
    std::unique_ptr<LocalStore> m_ownStore; // assisted: the temporary store
    QString m_folder;
    QList<StoreRepository*> m_repositories; // before the repositories: they append themselves
    CatalogueRepository* m_catalogueRepository;
    SubscriptionRepository* m_subscriptionRepository;
    BeneficiaryRepository* m_beneficiaryRepository;
    NotificationRepository* m_notificationRepository;
    CatalogueModel* m_catalogueModel;
    SubscriptionTableModel* m_subscriptionModel;
    BeneficiaryListModel* m_beneficiaryModel;
    NotificationListModel* m_notificationModel;
    SyncService* m_sync;
    NotificationPoller* m_poller;
    SubscriptionCommands* m_subscriptionCommands;
    BeneficiaryCommands* m_beneficiaryCommands;
    QueueRepository* m_queueRepository;
    QueueTableModel* m_queueModel;
    QueueCommands* m_queueCommands;
    AttendanceCommands* m_attendanceCommands;
    WalletRepository* m_walletRepository;
    OrderRepository* m_orderRepository;
    WalletMovementModel* m_walletModel;
    OrderTableModel* m_orderModel;
    WalletCommands* m_walletCommands;
    ReservationRepository* m_reservationRepository;
    UpcomingReservationModel* m_upcomingReservationModel;
    ReservationCommands* m_reservationCommands;
    FamilyQuotientRepository* m_quotientRepository;
    QuotientCommands* m_quotientCommands;
    QTimer m_queueTimer; // an agent's queue, fetched again while signed in
    QList<CollectionDeclaration> m_declarations;
    QString m_collectionsRole;
    bool m_active = false;
    bool m_attached = false; // the repositories were given a store
};

} // namespace citoyens
