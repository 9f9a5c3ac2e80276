#include "Session.h"

#include "SecretStore.h"
#include "SessionLogging.h"
#include "api/AccountApi.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/AuthApi.h"
#include "operations/CallOperation.h"
#include "store/AccountRepository.h"
#include "store/LocalStore.h"

#include "models/FieldCodes.h"
#include "models/Validation.h"

#include <QDate>

#include <QSettings>

Q_LOGGING_CATEGORY(lcSession, "citoyens.session")

namespace citoyens {

namespace {

const QString SettingsGroup = QStringLiteral("session");
const QString ServerKey = QStringLiteral("server");
const QString AccountIdKey = QStringLiteral("accountId");
const QString EmailKey = QStringLiteral("email");

QString composeKey(const QString& server, const QString& accountId)
{
    return server + QLatin1Char('/') + accountId;
}

} // namespace

Session::Session(ApiClient* client, AuthApi* auth, AccountApi* accountApi, SecretStore* secrets,
                 LocalStoreFactory storeFactory, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
    , m_accountApi(accountApi)
    , m_secrets(secrets)
    , m_storeFactory(std::move(storeFactory))
{
    connect(m_secrets, &SecretStore::readFinished, this, &Session::onRestoreSecret);
    connect(m_secrets, &SecretStore::writeFinished, this, &Session::onWriteFinished);
    connect(m_client, &ApiClient::authenticationLost, this, &Session::onAuthenticationLost);
}

Session::~Session() = default;

QString Session::serverId() const
{
    const QUrl url = m_client->baseUrl();
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
}

QString Session::secretKey(const QString& accountId) const
{
    return composeKey(serverId(), accountId);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcSession) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::setAccount(const Account& account)
{
    if (m_account && *m_account == account)
        return;
    m_account = account;
    Q_EMIT accountChanged();
}

bool Session::openStore(const QString& accountId)
{
    if (m_store && m_store->isOpen() && m_storeAccountId == accountId)
        return true;
    m_store.reset();
    m_storeAccountId.clear();
    if (!m_storeFactory)
        return false;
    std::unique_ptr<LocalStore> store = m_storeFactory(accountId);
    if (!store || !store->open()) {
        // The session still works from the network; only the offline copy is missing.
        qCWarning(lcSession) << "local store unavailable:" << (store ? store->errorString() : QString());
        return false;
    }
    m_store = std::move(store);
    m_storeAccountId = accountId;
    return true;
}

void Session::saveAccount(const Account& account, const QByteArray& etag)
{
    if (m_store)
        AccountRepository(m_store.get()).save(account, etag);
}

void Session::cancelPending()
{
    if (m_pending) {
        ApiCall* call = m_pending;
        m_pending = nullptr;
        call->disconnect(this);
        call->abort();
    }
    m_pendingReadKey.clear();
}

void Session::endLocally()
{
    cancelPending();
    m_pendingWriteKey.clear();
    m_client->clearAccessToken();
    m_store.reset();
    m_storeAccountId.clear();
    m_remembered = false;
    if (m_account) {
        m_account.reset();
        Q_EMIT accountChanged();
    }
}

void Session::forgetRemembered()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const QString server = settings.value(ServerKey).toString();
    const QString accountId = settings.value(AccountIdKey).toString();
    if (!server.isEmpty() && !accountId.isEmpty())
        m_secrets->remove(composeKey(server, accountId));
    settings.remove(QString());
    m_remembered = false;
}

void Session::restore()
{
    if (m_state != State::SignedOut)
        return;
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const QString accountId = settings.value(AccountIdKey).toString();
    if (accountId.isEmpty() || settings.value(ServerKey).toString() != serverId())
        return; // nothing remembered for this server: silent
    if (!m_secrets->isAvailable()) {
        Q_EMIT secretStoreWarning(m_secrets->availabilityMessage());
        return;
    }
    setState(State::Restoring);
    // Paint from disk first: the home page shows the person before the network answers.
    if (openStore(accountId)) {
        if (const std::optional<Account> stored = AccountRepository(m_store.get()).load())
            setAccount(*stored);
    }
    m_pendingReadKey = secretKey(accountId);
    m_secrets->read(m_pendingReadKey);
}

void Session::onRestoreSecret(const QString& key, const QString& value, bool ok, const QString& errorMessage)
{
    if (m_state != State::Restoring || key != m_pendingReadKey)
        return;
    m_pendingReadKey.clear();
    if (!ok) {
        // The keychain is there but could not be read now; keep what is remembered for next time.
        endLocally();
        setState(State::SignedOut);
        Q_EMIT secretStoreWarning(errorMessage);
        return;
    }
    if (value.isEmpty()) {
        forgetRemembered();
        endLocally();
        setState(State::SignedOut);
        return;
    }
    ApiCall* call = m_auth->refresh(value.toUtf8());
    m_pending = call;
    connect(call, &ApiCall::finished, this, [this, call] { onRefreshFinished(call); });
}

void Session::onRefreshFinished(ApiCall* call)
{
    if (m_state != State::Restoring || m_pending != call)
        return;
    m_pending = nullptr;
    std::optional<Tokens> tokens;
    if (call->ok())
        tokens = Tokens::fromJson(call->json());
    if (tokens) {
        acceptTokens(*tokens, true);
        return;
    }
    const ApiError error = call->ok() ? ApiError::parse() : call->error();
    // A refused token (401 invalid_token, or its family revoked) is dead for good; a network
    // failure is not: keep it so that the next start can try again.
    const bool answered = error.kind == ApiError::Kind::Problem || error.kind == ApiError::Kind::Http;
    const bool tokenRefused = answered && error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 429;
    if (tokenRefused)
        forgetRemembered();
    endLocally();
    setState(State::SignedOut);
    Q_EMIT signInFailed(error);
}

Operation* Session::signIn(const QString& email, const QString& password, bool remember)
{
    return CallOperation::start(
        this,
        [email, password] {
            FieldErrors errors = Validation::email(email);
            if (password.isEmpty())
                errors.append({ QStringLiteral("password"), FieldCode::Required });
            return errors;
        },
        [this, email, password, remember] {
            if (m_state != State::SignedOut)
                endLocally();
            setState(State::SigningIn);
            ApiCall* call = m_auth->login(email, password, remember);
            m_pending = call;
            // Connected before the operation's own: the state has changed when it finishes.
            connect(call, &ApiCall::finished, this, [this, call, remember] {
                if (m_state != State::SigningIn || m_pending != call)
                    return;
                m_pending = nullptr;
                std::optional<Tokens> tokens;
                if (call->ok())
                    tokens = Tokens::fromJson(call->json());
                if (!tokens) {
                    setState(State::SignedOut);
                    Q_EMIT signInFailed(call->ok() ? ApiError::parse() : call->error());
                    return;
                }
                acceptTokens(*tokens, remember);
            });
            return call;
        },
        [](const ApiCall& answer) { return Tokens::fromJson(answer.json()) ? ApiError() : ApiError::parse(); });
}

void Session::completeRegistration(const Tokens& tokens, bool remember)
{
    if (m_state != State::SignedOut)
        endLocally();
    acceptTokens(tokens, remember);
}

void Session::acceptTokens(const Tokens& tokens, bool remember)
{
    m_client->setAccessToken(tokens.accessToken);
    const Account& user = tokens.user;
    if (openStore(user.id))
        saveAccount(user);
    setAccount(user);

    // One remembered session per machine: a new sign-in replaces whatever was remembered
    // (the same key is simply overwritten below).
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const bool sameRemembered
        = settings.value(ServerKey).toString() == serverId() && settings.value(AccountIdKey).toString() == user.id;
    if (!remember || !sameRemembered)
        forgetRemembered();
    m_remembered = false;
    if (remember) {
        if (tokens.refreshToken.isEmpty()) {
            qCWarning(lcSession) << "remember asked but the server sent no refresh token";
        } else if (!m_secrets->isAvailable()) {
            Q_EMIT secretStoreWarning(m_secrets->availabilityMessage());
        } else {
            m_pendingWriteKey = secretKey(user.id);
            m_pendingEmail = user.email;
            m_secrets->write(m_pendingWriteKey, QString::fromUtf8(tokens.refreshToken));
        }
    }
    setState(tokens.mustChangePassword ? State::PasswordChangeRequired : State::SignedIn);
}

void Session::onWriteFinished(const QString& key, bool ok, const QString& errorMessage)
{
    if (key != m_pendingWriteKey || !isSignedIn())
        return;
    m_pendingWriteKey.clear();
    if (!ok) {
        // Nothing usable is stored (and a rotated token's predecessor is revoked): the next
        // start must not look for it.
        forgetRemembered();
        Q_EMIT secretStoreWarning(errorMessage);
        return;
    }
    // Only now that the token is safely stored does the next start look for it.
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(ServerKey, serverId());
    settings.setValue(AccountIdKey, m_account ? m_account->id : QString());
    settings.setValue(EmailKey, m_pendingEmail);
    settings.sync();
    m_remembered = true;
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    if (m_client->hasAccessToken()) {
        // Fire and forget: the request carries the token now; the person does not wait on it.
        m_auth->logout();
    }
    forgetRemembered();
    endLocally();
    setState(State::SignedOut);
}

void Session::expire(const QString& reason)
{
    if (m_state == State::SignedOut)
        return;
    // Inactivity ends the session on the server as well (its sliding idle timeout is the same
    // two hours), so a remembered refresh token would be refused anyway; and on a shared
    // computer it must not let the next person in without a password. Forget it too.
    if (m_client->hasAccessToken())
        m_auth->logout();
    forgetRemembered();
    endLocally();
    setState(State::SignedOut);
    Q_EMIT expired(reason);
}

void Session::onAuthenticationLost(const ApiError& error)
{
    if (!isSignedIn())
        return;
    // The token is already refused: no logout call, just end here.
    m_client->clearAccessToken();
    expire(error.message);
}

Operation* Session::changePassword(const QString& currentPassword, const QString& newPassword)
{
    if (!isSignedIn()) {
        Q_EMIT passwordChangeFailed(ApiError::fromHttpStatus(401));
        return CallOperation::refused(this, ApiError::fromHttpStatus(401));
    }
    CallOperation* operation = CallOperation::start(
        this, {},
        [this, currentPassword, newPassword] { return m_accountApi->changePassword(currentPassword, newPassword); },
        [this](const ApiCall&) {
            if (!isSignedIn())
                return ApiError::fromHttpStatus(401);
            Q_EMIT passwordChanged();
            if (m_state == State::PasswordChangeRequired)
                setState(State::SignedIn);
            return ApiError();
        });
    connect(operation, &Operation::finished, this, [this, operation] {
        if (!operation->succeeded() && isSignedIn())
            Q_EMIT passwordChangeFailed(operation->error());
    });
    return operation;
}

Operation* Session::updateProfile(const ProfileChange& change)
{
    if (!isSignedIn()) {
        Q_EMIT profileUpdateFailed(ApiError::fromHttpStatus(401));
        return CallOperation::refused(this, ApiError::fromHttpStatus(401));
    }
    CallOperation* operation = CallOperation::start(
        this, [change] { return Validation::profileChange(change, QDate::currentDate()); },
        [this, change] { return m_accountApi->updateMe(change); },
        [this](const ApiCall& answer) {
            if (!isSignedIn())
                return ApiError::fromHttpStatus(401);
            const std::optional<Account> account = Account::fromJson(answer.json());
            if (!account)
                return ApiError::parse();
            saveAccount(*account, answer.etag());
            setAccount(*account);
            Q_EMIT profileUpdated();
            return ApiError();
        });
    connect(operation, &Operation::finished, this, [this, operation] {
        if (!operation->succeeded() && isSignedIn())
            Q_EMIT profileUpdateFailed(operation->error());
    });
    return operation;
}

void Session::refreshAccount()
{
    if (!isSignedIn())
        return;
    const QByteArray etag = m_store ? AccountRepository(m_store.get()).etag() : QByteArray();
    ApiCall* call = m_accountApi->me(etag);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!isSignedIn() || !call->ok() || call->status() == 304)
            return;
        const std::optional<Account> account = Account::fromJson(call->json());
        if (!account) {
            qCWarning(lcSession) << "GET /me: unreadable account";
            return;
        }
        saveAccount(*account, call->etag());
        setAccount(*account);
    });
}

} // namespace citoyens
