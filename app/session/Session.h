#pragma once

#include "api/ApiError.h"
#include "api/Tokens.h"
#include "store/LocalStoreFactory.h"

#include "models/Account.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace citoyens {

class AccountApi;
class ApiCall;
class ApiClient;
class AuthApi;
class LocalStore;
class Operation;
class SecretStore;

// Who is signed in. Keeps the access token in memory (ApiClient), the refresh token only in
// the SecretStore and only when the person asked to be remembered; remembers in QSettings
// (group "session") which account was remembered on which server — never a secret.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn, PasswordChangeRequired };
    Q_ENUM(State)

    Session(ApiClient* client, AuthApi* auth, AccountApi* accountApi, SecretStore* secrets,
            LocalStoreFactory storeFactory, QObject* parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn || m_state == State::PasswordChangeRequired; }
    std::optional<Account> account() const { return m_account; }
    // True while the refresh token of this session is kept in the keychain.
    bool remembered() const { return m_remembered; }
    // The open store of the signed-in account (also while Restoring); nullptr when signed out.
    LocalStore* store() const { return m_store.get(); }

    // Checked first (the e-mail's form, a password given); then the state goes SigningIn and
    // on to SignedIn / PasswordChangeRequired, or back to SignedOut with signInFailed. The
    // operation finishes after those.
    Operation* signIn(const QString& email, const QString& password, bool remember);
    // After AuthApi::verifyRegistration answered 201.
    void completeRegistration(const Tokens& tokens, bool remember);
    // At start-up: signs in again with the remembered refresh token; silent when none.
    void restore();
    // Server logout, keychain entry removed, store closed.
    void signOut();
    // Local end (inactivity, or the server said the session is gone).
    void expire(const QString& reason);
    // Each returns the operation the page observes (its `finished` comes after the signals
    // below, which other observers and the tests listen to).
    Operation* changePassword(const QString& currentPassword, const QString& newPassword);
    Operation* updateProfile(const ProfileChange& change);
    void refreshAccount();

    // The keychain key of an account on this server: "<host>:<port>/<accountId>".
    QString secretKey(const QString& accountId) const;

Q_SIGNALS:
    void stateChanged(citoyens::Session::State state);
    void accountChanged();
    void signInFailed(const citoyens::ApiError& error);
    void passwordChanged();
    void passwordChangeFailed(const citoyens::ApiError& error);
    void profileUpdated();
    void profileUpdateFailed(const citoyens::ApiError& error);
    void expired(const QString& reason);
    // "Remember me" was asked but the keychain cannot keep the session.
    void secretStoreWarning(const QString& message);

private:
    void setState(State state);
    void acceptTokens(const Tokens& tokens, bool remember);
    void onRestoreSecret(const QString& key, const QString& value, bool ok, const QString& errorMessage);
    void onRefreshFinished(ApiCall* call);
    void onWriteFinished(const QString& key, bool ok, const QString& errorMessage);
    void onAuthenticationLost(const ApiError& error);
    bool openStore(const QString& accountId);
    void saveAccount(const Account& account, const QByteArray& etag = {});
    void setAccount(const Account& account);
    void forgetRemembered();
    void endLocally();
    void cancelPending();
    QString serverId() const;

    ApiClient* m_client;
    AuthApi* m_auth;
    AccountApi* m_accountApi;
    SecretStore* m_secrets;
    LocalStoreFactory m_storeFactory;
    std::unique_ptr<LocalStore> m_store;
    State m_state = State::SignedOut;
    std::optional<Account> m_account;
    bool m_remembered = false;
    QString m_pendingReadKey;
    QString m_pendingWriteKey;
    QString m_pendingEmail;
    QString m_storeAccountId;
    QPointer<ApiCall> m_pending; // the sign-in / refresh in flight
};

} // namespace citoyens
