#pragma once

#include "api/ApiClientConfig.h"
#include "session/Clock.h"
#include "session/SecretStore.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace citoyens {

class AccountApi;
class AccountScope;
class ApiClient;
class AuthApi;
class AuthOperations;
class InactivityMonitor;
class Session;

// The client's objects, built once in dependency order and wired: the one composition,
// used by Application (the executable) and by the tests, which differ only by these options.
// The signed-in person's AccountScope is created when a session starts (restoring, signed
// in, or held for a password change) and destroyed when it ends (sign-out, expiry):
// scopeChanged() says so, first, so that the pages built on the old scope go before it.
class ClientCore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCore)
    Q_MOC_INCLUDE("scope/AccountScope.h")

public:
    struct Options
    {
        ApiClientConfig api;
        QString dataDir;
        std::unique_ptr<SecretStore> secrets; // KeychainSecretStore or NoSecretStore
        std::unique_ptr<Clock> clock; // SystemClock; a ManualClock in tests
        bool withScope = true; // the account scope (services, beneficiaries, notifications)
        std::optional<std::chrono::milliseconds> pollInterval; // default: AccountScope's own
    };

    explicit ClientCore(Options options);
    ~ClientCore() override;

    QString dataDir() const { return m_dataDir; }
    const ApiClientConfig& apiConfig() const { return m_config; }
    ApiClient* client() const { return m_client.get(); }
    AuthApi* auth() const { return m_auth.get(); }
    AuthOperations* authOperations() const { return m_authOperations.get(); }
    AccountApi* accountApi() const { return m_accountApi.get(); }
    SecretStore* secrets() const { return m_secrets.get(); }
    Session* session() const { return m_session.get(); }
    // The scope of the person signed in now; nullptr when nobody is (or without `withScope`).
    AccountScope* scope() const { return m_scope.get(); }
    // An assisted scope for a citizen an agent serves, from the access token the agent's
    // session obtained, on this client's server and data folder. nullptr with `error` set.
    std::unique_ptr<AccountScope> openAssisted(const QByteArray& accessToken, QString* error = nullptr) const;
    Clock* clock() const { return m_clock.get(); }
    InactivityMonitor* monitor() const { return m_monitor.get(); }
    // How many folders of assisted scopes a previous run left behind (removed at start).
    int removedLeftovers() const { return m_removedLeftovers; }

Q_SIGNALS:
    // A new scope after sign-in, nullptr at sign-out (the old one is deleted later).
    void scopeChanged(citoyens::AccountScope* scope);

private:
    void followSession();

    QString m_dataDir;
    ApiClientConfig m_config;
    int m_removedLeftovers = 0;
    bool m_withScope = true;
    std::optional<std::chrono::milliseconds> m_pollInterval;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuthApi> m_auth;
    std::unique_ptr<AccountApi> m_accountApi;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AuthOperations> m_authOperations;
    std::unique_ptr<AccountScope> m_scope;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<InactivityMonitor> m_monitor;
};

} // namespace citoyens
