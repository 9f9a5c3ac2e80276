#include "ClientCore.h"

#include "api/AccountApi.h"
#include "api/ApiClient.h"
#include "api/AuthApi.h"
#include "operations/AuthOperations.h"
#include "scope/AccountScope.h"
#include "session/Clock.h"
#include "session/InactivityMonitor.h"
#include "session/NoSecretStore.h"
#include "session/SecretStore.h"
#include "session/Session.h"
#include "session/SystemClock.h"
#include "store/LocalStoreFactory.h"

#include <QDir>

namespace citoyens {

ClientCore::ClientCore(Options options)
    : m_dataDir(options.dataDir)
    , m_config(options.api)
    , m_withScope(options.withScope)
    , m_pollInterval(options.pollInterval)
{
    QDir().mkpath(m_dataDir);
    // An assisted session that did not end (a crash, a power cut) keeps nothing of the
    // citizen past the next start.
    m_removedLeftovers = AccountScope::removeAssistedLeftovers(m_dataDir);
    m_client = std::make_unique<ApiClient>(m_config);
    m_auth = std::make_unique<AuthApi>(m_client.get());
    m_accountApi = std::make_unique<AccountApi>(m_client.get());
    m_secrets = options.secrets ? std::move(options.secrets) : std::make_unique<NoSecretStore>();
    m_session = std::make_unique<Session>(m_client.get(), m_auth.get(), m_accountApi.get(), m_secrets.get(),
                                          localStoreFactory(m_dataDir));
    m_authOperations = std::make_unique<AuthOperations>(m_auth.get(), m_session.get());
    // Before any other listener of the session: the scope exists when the window hears of
    // the sign-in.
    connect(m_session.get(), &Session::stateChanged, this, &ClientCore::followSession);
    m_clock = options.clock ? std::move(options.clock) : std::make_unique<SystemClock>();
    m_monitor = std::make_unique<InactivityMonitor>(m_clock.get());
}

void ClientCore::followSession()
{
    const Session::State state = m_session->state();
    const bool started = state == Session::State::Restoring || state == Session::State::SignedIn
        || state == Session::State::PasswordChangeRequired;
    if (m_withScope && started && !m_scope) {
        m_scope = std::make_unique<AccountScope>(m_client.get(), m_session.get());
        if (m_pollInterval)
            m_scope->setPollInterval(*m_pollInterval);
        Q_EMIT scopeChanged(m_scope.get());
    } else if (state == Session::State::SignedOut && m_scope) {
        // The pages built on it let go of it first; it is deleted once they are.
        AccountScope* ended = m_scope.release();
        Q_EMIT scopeChanged(nullptr);
        ended->deleteLater();
    }
}

std::unique_ptr<AccountScope> ClientCore::openAssisted(const QByteArray& accessToken, QString* error) const
{
    return AccountScope::openAssisted(m_config, accessToken, m_dataDir, error);
}

ClientCore::~ClientCore()
{
    // Reverse order of construction: the scope follows the session, which uses the APIs.
    m_monitor.reset();
    m_scope.reset();
    m_authOperations.reset();
    m_session.reset();
    m_secrets.reset();
    m_accountApi.reset();
    m_auth.reset();
    m_client.reset();
    m_clock.reset();
}

} // namespace citoyens
