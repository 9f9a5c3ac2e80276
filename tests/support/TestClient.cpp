#include "TestClient.h"

#include "TestServer.h"

#include "ClientCore.h"
#include "scope/AccountScope.h"
#include "session/Clock.h"
#include "session/SecretStore.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include <QStandardPaths>
#include <QTest>

using namespace citoyens;

namespace {

// ClientCore owns its store; a test that keeps one (to share it between runs of the client, or
// to look into it) lends it through this one, which forwards calls and answers.
class LentSecretStore : public SecretStore
{
public:
    explicit LentSecretStore(SecretStore* store)
        : m_store(store)
    {
        connect(store, &SecretStore::readFinished, this, &SecretStore::readFinished);
        connect(store, &SecretStore::writeFinished, this, &SecretStore::writeFinished);
        connect(store, &SecretStore::removeFinished, this, &SecretStore::removeFinished);
    }
    bool isAvailable() const override { return m_store->isAvailable(); }
    QString availabilityMessage() const override { return m_store->availabilityMessage(); }
    void read(const QString& key) override { m_store->read(key); }
    void write(const QString& key, const QString& value) override { m_store->write(key, value); }
    void remove(const QString& key) override { m_store->remove(key); }

private:
    SecretStore* m_store;
};

} // namespace

TestClient::TestClient(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates, Options options)
    : m_dataDir(options.dataDir.isEmpty() ? m_ownDataDir.path() : options.dataDir)
{
    // Session remembers in QSettings which account was remembered: keep that out of the
    // developer's own settings.
    QStandardPaths::setTestModeEnabled(true);
    ClientCore::Options core;
    core.api.baseUrl = baseUrl;
    core.api.caCertificates = caCertificates;
    core.api.language = QStringLiteral("fr");
    core.api.transferTimeoutMs = options.transferTimeoutMs;
    core.dataDir = m_dataDir;
    if (options.secrets)
        core.secrets = std::make_unique<LentSecretStore>(options.secrets);
    core.clock = std::move(options.clock);
    core.withScope = options.withScope;
    core.pollInterval = options.pollInterval;
    m_core = std::make_unique<ClientCore>(std::move(core));
}

TestClient::TestClient(const TestServer& server, Options options)
    : TestClient(server.baseUrl(), server.caCertificates(), std::move(options))
{ }

TestClient::TestClient(const TestServer& server)
    : TestClient(server, Options())
{ }

TestClient::~TestClient() = default;

ApiClient* TestClient::api() const
{
    return m_core->client();
}

Session* TestClient::session() const
{
    return m_core->session();
}

AccountScope* TestClient::scope() const
{
    return m_core->scope();
}

bool TestClient::signInAndSync(const QString& email, const QString& password, bool* fullySynced, int timeoutMs)
{
    // The scope is made as the session starts, and syncs at once: its first answer is awaited
    // from the moment it exists.
    std::optional<bool> synced;
    QMetaObject::Connection firstSync;
    const QMetaObject::Connection scopeMade = QObject::connect(
        m_core.get(), &ClientCore::scopeChanged, m_core.get(), [&synced, &firstSync](AccountScope* scope) {
            if (scope) {
                firstSync = QObject::connect(scope->sync(), &SyncService::syncFinished, scope,
                                             [&synced](bool ok) { synced = synced.value_or(ok); });
            }
        });
    session()->signIn(email, password, false);
    const bool came = QTest::qWaitFor([&synced] { return synced.has_value(); }, timeoutMs);
    QObject::disconnect(scopeMade);
    QObject::disconnect(firstSync);
    if (fullySynced)
        *fullySynced = synced.value_or(false);
    return came;
}
