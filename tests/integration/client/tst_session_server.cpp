#include "DemoAccounts.h"
#include "TestClient.h"
#include "TestServer.h"

#include "ClientCore.h"
#include "api/AccountApi.h"
#include "api/ApiClient.h"
#include "api/AuthApi.h"
#include "operations/Operation.h"
#include "session/KeychainSecretStore.h"
#include "session/NoSecretStore.h"
#include "session/Session.h"
#include "store/AccountRepository.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace citoyens;
using namespace demo;

namespace {

constexpr int NetworkTimeoutMs = 20000;

// The client ClientCore builds for one server and one data folder, without the account scope
// (the session is what is tested), on a secret store the test keeps; its objects named as the
// cases read them.
struct Client
{
    Client(const QUrl& baseUrl, const QList<QSslCertificate>& cas, SecretStore* secrets, const QString& dataDir)
        : client(baseUrl, cas, options(secrets, dataDir))
        , api(*client.api())
        , auth(*client.core()->auth())
        , account(*client.core()->accountApi())
        , session(*client.session())
    { }

    static TestClient::Options options(SecretStore* secrets, const QString& dataDir)
    {
        TestClient::Options o;
        o.withScope = false;
        o.secrets = secrets;
        o.dataDir = dataDir;
        return o;
    }

    TestClient client;
    ApiClient& api;
    AuthApi& auth;
    AccountApi& account;
    Session& session;
};

// Waits for an ApiCall's finished(); the call deletes itself afterwards, so copy what is needed.
struct Answer
{
    bool finished = false;
    int status = 0;
    ApiError error;
    QJsonObject json;
    QByteArray requestId;
};

// Waits for an operation's finished(); it deletes itself afterwards, so its outcome is copied.
struct Outcome
{
    bool finished = false;
    bool succeeded = false;
    ApiError error;
};

Outcome waitFor(Operation* operation)
{
    Outcome outcome;
    QObject::connect(operation, &Operation::finished, operation, [&outcome, operation] {
        outcome.finished = true;
        outcome.succeeded = operation->succeeded();
        outcome.error = operation->error();
    });
    outcome.finished = QTest::qWaitFor([&outcome] { return outcome.finished; }, NetworkTimeoutMs);
    return outcome;
}

Answer wait(ApiCall* call)
{
    Answer answer;
    QObject::connect(call, &ApiCall::finished, call, [&answer, call] {
        answer.finished = true;
        answer.status = call->status();
        answer.error = call->error();
        answer.json = call->json();
        answer.requestId = call->requestId();
    });
    const bool finished = QTest::qWaitFor([&answer] { return answer.finished; }, NetworkTimeoutMs);
    Q_UNUSED(finished) // the caller checks answer.finished
    return answer;
}

bool haveKeychainBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

// A keychain in memory: lets the remember-me logic run where no D-Bus session exists, and
// lets a test put a revoked token in it.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    MemorySecretStore() = default;
    bool isAvailable() const override { return true; }
    QString availabilityMessage() const override { return {}; }
    void read(const QString& key) override
    {
        QTimer::singleShot(0, this, [this, key] { Q_EMIT readFinished(key, entries.value(key), true, {}); });
    }
    void write(const QString& key, const QString& value) override
    {
        entries.insert(key, value);
        QTimer::singleShot(0, this, [this, key] { Q_EMIT writeFinished(key, true, {}); });
    }
    void remove(const QString& key) override
    {
        entries.remove(key);
        QTimer::singleShot(0, this, [this, key] { Q_EMIT removeFinished(key, true); });
    }

    QHash<QString, QString> entries;
};

class TestSessionServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signInOverHttps();
    void wrongCaIsRefused();
    void rememberMeThroughTheKeychain();
    void passwordChangeRequired();
    void registrationAndVerification();
    void revokedRefreshTokenIsForgotten();
    void serverIdleTimeoutEndsTheSession();
    void cleanupTestCase();

private:
    QString newDataDir();

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_tmp;
};

void TestSessionServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CitoyensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_session_server"));
    QVERIFY(m_tmp.isValid());
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(!m_server->caCertificates().isEmpty());
}

void TestSessionServer::init()
{
    // Nothing remembered from the previous case.
    QSettings().remove(QStringLiteral("session"));
}

void TestSessionServer::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

QString TestSessionServer::newDataDir()
{
    const QString dir = m_tmp.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QDir().mkpath(dir);
    return dir;
}

void TestSessionServer::signInOverHttps()
{
    NoSecretStore secrets;
    const QString dataDir = newDataDir();
    Client c(m_server->baseUrl(), m_server->caCertificates(), &secrets, dataDir);
    QSignalSpy failed(&c.session, &Session::signInFailed);

    // Input the rules refuse is never sent: the operation fails at once, naming the fields,
    // and the state does not move.
    Operation* refusedOp = c.session.signIn(QStringLiteral("pas-une-adresse"), QString(), false);
    QCOMPARE(c.session.state(), Session::State::SignedOut);
    const Outcome refused = waitFor(refusedOp);
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.code, QStringLiteral("validation_failed"));
    QVERIFY(refused.error.hasFieldError(QStringLiteral("email")));
    QVERIFY(refused.error.hasFieldError(QStringLiteral("password")));
    QCOMPARE(failed.count(), 0);

    Operation* wrongOp = c.session.signIn(MarieEmail, QStringLiteral("wrong password 1A!"), false);
    QCOMPARE(c.session.state(), Session::State::SigningIn);
    QCOMPARE(failed.count(), 0);
    const Outcome wrongAttempt = waitFor(wrongOp);
    QVERIFY(wrongAttempt.finished);
    // The operation finishes after the state and the broadcast signal.
    QCOMPARE(failed.count(), 1);
    QCOMPARE(c.session.state(), Session::State::SignedOut);
    QCOMPARE(wrongAttempt.error.code, QStringLiteral("invalid_credentials"));
    const ApiError wrong = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(wrong.kind, ApiError::Kind::Problem);
    QCOMPARE(wrong.code, QStringLiteral("invalid_credentials"));
    QCOMPARE(wrong.httpStatus, 401);
    QVERIFY(!wrong.message.isEmpty());

    const Outcome right = waitFor(c.session.signIn(MarieEmail, MariePassword, false));
    QVERIFY(right.succeeded);
    QCOMPARE(c.session.state(), Session::State::SignedIn);
    QVERIFY(c.session.account());
    QCOMPARE(c.session.account()->email, MarieEmail);
    QCOMPARE(c.session.account()->firstName, QStringLiteral("Marie"));
    QVERIFY(!c.session.remembered());
    QVERIFY(c.api.hasAccessToken());

    // The account is on disk, in the account's own store.
    QVERIFY(c.session.store());
    QVERIFY(QFile::exists(LocalStore::pathFor(dataDir, c.session.account()->id)));
    QCOMPARE(AccountRepository(c.session.store()).load()->email, MarieEmail);

    // GET /me with the token, then a 304 with the stored ETag.
    QSignalSpy changed(&c.session, &Session::accountChanged);
    c.session.refreshAccount();
    QTRY_VERIFY_WITH_TIMEOUT(!AccountRepository(c.session.store()).etag().isEmpty(), NetworkTimeoutMs);
    const Answer notModified = wait(c.account.me(AccountRepository(c.session.store()).etag()));
    QCOMPARE(notModified.status, 304);

    c.session.signOut();
    QCOMPARE(c.session.state(), Session::State::SignedOut);
    QVERIFY(!c.session.account());
    QVERIFY(!c.session.store());
    QVERIFY(!c.api.hasAccessToken());
}

void TestSessionServer::wrongCaIsRefused()
{
    // A CA that did not sign the server's certificate.
    QTemporaryDir caDir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Not the Citoyens test CA"), QStringLiteral("-keyout"),
                    caDir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                    caDir.filePath(QStringLiteral("ca.pem")) });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    const QList<QSslCertificate> wrongCa = QSslCertificate::fromPath(caDir.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(wrongCa.size(), 1);

    NoSecretStore secrets;
    Client c(m_server->baseUrl(), wrongCa, &secrets, newDataDir());
    QSignalSpy failed(&c.session, &Session::signInFailed);
    c.session.signIn(MarieEmail, MariePassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, NetworkTimeoutMs);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.message.contains(QLatin1String("certificate")), qPrintable(error.message));
    QCOMPARE(c.session.state(), Session::State::SignedOut);

    // No request reached the server: a registration sent through the refused connection
    // mails no code, while the same request over the trusted connection does.
    const QString email = QStringLiteral("tls-%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128));
    Registration r;
    r.email = email;
    r.civility = Account::CivilityM;
    r.firstName = QStringLiteral("Paul");
    r.lastName = QStringLiteral("Tls");
    r.password = QStringLiteral("Un-Mot-De-Passe-2026");
    r.acceptTerms = true;
    const Answer refused = wait(c.auth.registerAccount(r));
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind, ApiError::Kind::Tls);

    Client good(m_server->baseUrl(), m_server->caCertificates(), &secrets, newDataDir());
    const QString control = QStringLiteral("ok-%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128));
    r.email = control;
    const Answer accepted = wait(good.auth.registerAccount(r));
    QCOMPARE(accepted.status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->latestCode(control).isEmpty(), NetworkTimeoutMs);
    QVERIFY(m_server->latestCode(email).isEmpty());
    // The access log names every request it saw by its X-Request-Id.
    QVERIFY(!refused.requestId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->serverLog().contains(QString::fromLatin1(accepted.requestId)), NetworkTimeoutMs);
    QVERIFY(!m_server->serverLog().contains(QString::fromLatin1(refused.requestId)));
}

void TestSessionServer::rememberMeThroughTheKeychain()
{
    if (!haveKeychainBus())
        QSKIP("No D-Bus session (DBUS_SESSION_BUS_ADDRESS unset): run under dbus-run-session with gnome-keyring "
              "unlocked, as scripts/test does, to test the real keychain.");
    const QString dataDir = newDataDir();
    KeychainSecretStore keychain;
    QString accountId;
    QString key;
    {
        Client first(m_server->baseUrl(), m_server->caCertificates(), &keychain, dataDir);
        QSignalSpy warning(&first.session, &Session::secretStoreWarning);
        QSignalSpy written(&keychain, &SecretStore::writeFinished);
        first.session.signIn(MarieEmail, MariePassword, true);
        QTRY_COMPARE_WITH_TIMEOUT(first.session.state(), Session::State::SignedIn, NetworkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, NetworkTimeoutMs);
        QVERIFY2(written.at(0).at(1).toBool(), qPrintable(written.at(0).at(2).toString()));
        QCOMPARE(warning.count(), 0);
        QVERIFY(first.session.remembered());
        accountId = first.session.account()->id;
        key = first.session.secretKey(accountId);
        // The refresh token is in the keychain, never in the settings.
        QSignalSpy read(&keychain, &SecretStore::readFinished);
        keychain.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, NetworkTimeoutMs);
        const QString token = read.at(0).at(1).toString();
        QVERIFY(token.size() >= 16);
        QSettings settings;
        const QStringList keys = settings.allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString& k : keys)
            QVERIFY2(!settings.value(k).toString().contains(token), qPrintable(k));
        // The first run ends without signing out (the application is closed).
    }

    // A new start: restore() paints from the store at once, then signs in with the keychain token.
    {
        Client second(m_server->baseUrl(), m_server->caCertificates(), &keychain, dataDir);
        QSignalSpy states(&second.session, &Session::stateChanged);
        second.session.restore();
        QCOMPARE(second.session.state(), Session::State::Restoring);
        QVERIFY(second.session.account());
        QCOMPARE(second.session.account()->email, MarieEmail);
        QTRY_COMPARE_WITH_TIMEOUT(second.session.state(), Session::State::SignedIn, NetworkTimeoutMs);
        QVERIFY(second.api.hasAccessToken());
        QTRY_VERIFY_WITH_TIMEOUT(second.session.remembered(), NetworkTimeoutMs);

        // The rotated token works too; sign out removes it from the keychain.
        QSignalSpy removed(&keychain, &SecretStore::removeFinished);
        second.session.signOut();
        QCOMPARE(second.session.state(), Session::State::SignedOut);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, NetworkTimeoutMs);
        QCOMPARE(removed.at(0).at(0).toString(), key);
        QVERIFY(removed.at(0).at(1).toBool());
    }

    QSignalSpy read(&keychain, &SecretStore::readFinished);
    keychain.read(key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, NetworkTimeoutMs);
    QVERIFY(read.at(0).at(2).toBool());
    QVERIFY2(read.at(0).at(1).toString().isEmpty(), "the refresh token is still in the keychain");

    // And the next start has nothing to restore: it stays signed out, silently.
    Client third(m_server->baseUrl(), m_server->caCertificates(), &keychain, dataDir);
    QSignalSpy failed(&third.session, &Session::signInFailed);
    third.session.restore();
    QCOMPARE(third.session.state(), Session::State::SignedOut);
    QCoreApplication::processEvents();
    QCOMPARE(failed.count(), 0);
}

void TestSessionServer::passwordChangeRequired()
{
    NoSecretStore secrets;
    Client c(m_server->baseUrl(), m_server->caCertificates(), &secrets, newDataDir());
    QSignalSpy warning(&c.session, &Session::secretStoreWarning);
    // Remember asked without a keychain: the session works, in memory only, and says so.
    c.session.signIn(JeanEmail, JeanPassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(c.session.state(), Session::State::PasswordChangeRequired, NetworkTimeoutMs);
    QCOMPARE(warning.count(), 1);
    QVERIFY(!c.session.remembered());

    QSignalSpy failed(&c.session, &Session::passwordChangeFailed);
    QSignalSpy changed(&c.session, &Session::passwordChanged);
    c.session.changePassword(JeanPassword, QStringLiteral("court"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, NetworkTimeoutMs);
    const ApiError weak = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(weak.code, QStringLiteral("password_too_weak"));
    QVERIFY(!weak.fieldMessage(QStringLiteral("newPassword")).isEmpty());
    QCOMPARE(c.session.state(), Session::State::PasswordChangeRequired);

    const QString newPassword = QStringLiteral("Puy-en-Velay-2026!");
    c.session.changePassword(JeanPassword, newPassword);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, NetworkTimeoutMs);
    QCOMPARE(c.session.state(), Session::State::SignedIn);

    // The token now reaches the rest of the API.
    QSignalSpy updated(&c.session, &Session::profileUpdated);
    ProfileChange change;
    change.newsletter = true;
    c.session.updateProfile(change);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, NetworkTimeoutMs);
    QVERIFY(c.session.account()->newsletter);
    QVERIFY(AccountRepository(c.session.store()).load()->newsletter);
    c.session.signOut();

    // The new password signs in straight to SignedIn.
    c.session.signIn(JeanEmail, newPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(c.session.state(), Session::State::SignedIn, NetworkTimeoutMs);
    c.session.signOut();
}

void TestSessionServer::registrationAndVerification()
{
    NoSecretStore secrets;
    Client c(m_server->baseUrl(), m_server->caCertificates(), &secrets, newDataDir());
    const QString email = QStringLiteral("nouveau-%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128));
    Registration r;
    r.email = email;
    r.civility = Account::CivilityMme;
    r.firstName = QStringLiteral("Élise");
    r.lastName = QStringLiteral("Bonnefoy");
    r.password = QStringLiteral("Vellave-Aiguilhe-43!");
    r.birthDate = QDate(1990, 6, 1);
    r.acceptTerms = true;
    const Answer pending = wait(c.auth.registerAccount(r));
    QVERIFY2(!pending.error.isError(), qPrintable(pending.error.message));
    QCOMPARE(pending.status, 202);

    QString code;
    QTRY_VERIFY_WITH_TIMEOUT(!(code = m_server->latestCode(email)).isEmpty(), NetworkTimeoutMs);
    QCOMPARE(code.size(), 6);

    const QString wrongCode = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const Answer wrong = wait(c.auth.verifyRegistration(email, wrongCode, false));
    QCOMPARE(wrong.error.code, QStringLiteral("invalid_code"));

    const Answer verified = wait(c.auth.verifyRegistration(email, code, false));
    QVERIFY2(!verified.error.isError(), qPrintable(verified.error.message));
    QCOMPARE(verified.status, 201);
    const std::optional<Tokens> tokens = Tokens::fromJson(verified.json);
    QVERIFY(tokens);
    QVERIFY(tokens->refreshToken.isEmpty());
    c.session.completeRegistration(*tokens, false);
    QCOMPARE(c.session.state(), Session::State::SignedIn);
    QCOMPARE(c.session.account()->email, email);
    QCOMPARE(c.session.account()->firstName, QStringLiteral("Élise"));
    QCOMPARE(AccountRepository(c.session.store()).load()->lastName, QStringLiteral("Bonnefoy"));
    c.session.signOut();
}

void TestSessionServer::revokedRefreshTokenIsForgotten()
{
    MemorySecretStore secrets;
    const QString dataDir = newDataDir();
    QString key;
    {
        Client first(m_server->baseUrl(), m_server->caCertificates(), &secrets, dataDir);
        first.session.signIn(MarieEmail, MariePassword, true);
        QTRY_COMPARE_WITH_TIMEOUT(first.session.state(), Session::State::SignedIn, NetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(first.session.remembered(), NetworkTimeoutMs);
        key = first.session.secretKey(first.session.account()->id);
        QVERIFY(!secrets.entries.value(key).isEmpty());
    }
    // Restore rotates the token: the one the first run stored is now spent.
    const QString spent = secrets.entries.value(key);
    {
        Client second(m_server->baseUrl(), m_server->caCertificates(), &secrets, dataDir);
        second.session.restore();
        QTRY_COMPARE_WITH_TIMEOUT(second.session.state(), Session::State::SignedIn, NetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(second.session.remembered(), NetworkTimeoutMs);
        QVERIFY(secrets.entries.value(key) != spent);
    }
    // Someone puts the spent token back (a stolen copy): the server refuses it (and revokes
    // its family); the client forgets everything and stays signed out with a message.
    secrets.entries.insert(key, spent);
    Client third(m_server->baseUrl(), m_server->caCertificates(), &secrets, dataDir);
    QSignalSpy failed(&third.session, &Session::signInFailed);
    third.session.restore();
    QCOMPARE(third.session.state(), Session::State::Restoring);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, NetworkTimeoutMs);
    QCOMPARE(third.session.state(), Session::State::SignedOut);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().code, QStringLiteral("invalid_token"));
    QVERIFY(!third.session.account());
    QTRY_VERIFY_WITH_TIMEOUT(!secrets.entries.contains(key), NetworkTimeoutMs);
    QVERIFY(!QSettings().contains(QStringLiteral("session/accountId")));
}

void TestSessionServer::serverIdleTimeoutEndsTheSession()
{
    TestServer server({ QStringLiteral("--demo-data") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    MemorySecretStore secrets;
    Client c(server.baseUrl(), server.caCertificates(), &secrets, newDataDir());
    QSignalSpy expired(&c.session, &Session::expired);
    c.session.signIn(MarieEmail, MariePassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(c.session.state(), Session::State::SignedIn, NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(c.session.remembered(), NetworkTimeoutMs);
    // Two hours and a minute without a request (aged in the server's database rather than
    // waited for): the next authenticated call answers 401.
    QVERIFY2(server.ageSessions(121 * 60 * 1000), qPrintable(server.errorString()));
    c.session.refreshAccount();
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, NetworkTimeoutMs);
    QCOMPARE(c.session.state(), Session::State::SignedOut);
    QVERIFY(!expired.at(0).at(0).toString().isEmpty());
    QVERIFY(!c.api.hasAccessToken());
    QTRY_VERIFY_WITH_TIMEOUT(secrets.entries.isEmpty(), NetworkTimeoutMs);
    server.stop();
}

QTEST_GUILESS_MAIN(TestSessionServer)
#include "tst_session_server.moc"
