#pragma once

#include "session/Clock.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace citoyens {
class AccountScope;
class ApiClient;
class ClientCore;
class SecretStore;
class Session;
} // namespace citoyens

class TestServer;

// The client's objects built by ClientCore, as Application builds them, for a test server:
// its CA the only extra trust, French, with the test's seams — a throw-away data folder unless
// one is given, no keychain unless the test lends one, any clock.
//
//   TestClient client(server);
//   QVERIFY(client.signInAndSync(email, password));
//   client.scope()->subscriptionCommands()->...
class TestClient
{
public:
    struct Options
    {
        int transferTimeoutMs = 15000; // how long a call may see no byte move before it fails
        bool withScope = true; // the account scope, created at sign-in
        std::optional<std::chrono::milliseconds> pollInterval; // default: AccountScope's own
        QString dataDir; // empty: a fresh folder, removed with the client
        // A store the test keeps and may share between clients (several "runs" of the client on
        // one keychain); none: NoSecretStore.
        citoyens::SecretStore* secrets = nullptr;
        std::unique_ptr<citoyens::Clock> clock; // none: the system clock
    };

    TestClient(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates, Options options);
    TestClient(const TestServer& server, Options options);
    explicit TestClient(const TestServer& server);
    ~TestClient();
    TestClient(const TestClient&) = delete;
    TestClient& operator=(const TestClient&) = delete;

    citoyens::ClientCore* core() const { return m_core.get(); }
    citoyens::ApiClient* api() const;
    citoyens::Session* session() const;
    // The signed-in person's scope; nullptr while nobody is signed in.
    citoyens::AccountScope* scope() const;
    QString dataDir() const { return m_dataDir; }

    // Signs in and waits (at most `timeoutMs`) for the new scope's first sync: false when it did
    // not come; `fullySynced` says whether every collection arrived.
    bool signInAndSync(const QString& email, const QString& password, bool* fullySynced = nullptr,
                       int timeoutMs = 20000);

private:
    QTemporaryDir m_ownDataDir;
    QString m_dataDir;
    std::unique_ptr<citoyens::ClientCore> m_core;
};
