#pragma once

#include "api/ApiClientConfig.h"
#include "session/Clock.h"
#include "session/SecretStore.h"

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

// The client's core objects, built once in dependency order and wired: the one composition,
// used by Application (the executable) and by the tests, which differ only by these options.
class ClientCore
{
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
    ~ClientCore();
    ClientCore(const ClientCore&) = delete;
    ClientCore& operator=(const ClientCore&) = delete;

    QString dataDir() const { return m_dataDir; }
    const ApiClientConfig& apiConfig() const { return m_config; }
    ApiClient* client() const { return m_client.get(); }
    AuthApi* auth() const { return m_auth.get(); }
    AuthOperations* authOperations() const { return m_authOperations.get(); }
    AccountApi* accountApi() const { return m_accountApi.get(); }
    SecretStore* secrets() const { return m_secrets.get(); }
    Session* session() const { return m_session.get(); }
    // nullptr without `withScope`.
    AccountScope* scope() const { return m_scope.get(); }
    Clock* clock() const { return m_clock.get(); }
    InactivityMonitor* monitor() const { return m_monitor.get(); }
    // How many folders of assisted scopes a previous run left behind (removed at start).
    int removedLeftovers() const { return m_removedLeftovers; }

private:
    QString m_dataDir;
    ApiClientConfig m_config;
    int m_removedLeftovers = 0;
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
