#pragma once

#include "operations/CallOperation.h"

#include "models/FamilyQuotient.h"
#include "models/Subscription.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace citoyens {

class ApiCall;
class ApiClient;
class FamilyQuotientApi;
class WalkInApi;

// A citizen as the desk's search and record show them.
struct WalkInCitizen
{
    QString id;
    QString civility;
    QString firstName;
    QString lastName;
    QString email;
    QDate birthDate; // invalid when not given
    bool activated = false;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
    static WalkInCitizen fromJson(const QJsonObject& json);
};

// A citizen's record: identity, beneficiaries, and the requests in the agent's communes.
struct CitizenRecord
{
    WalkInCitizen citizen;
    QStringList beneficiaryNames;
    QList<Subscription> subscriptions;
};

// What the agent types with a walk-in citizen to create their account.
struct WalkInCitizenInput
{
    static inline const QString DeliveryMail = QStringLiteral("mail");
    static inline const QString DeliverySheet = QStringLiteral("sheet");

    QString civility;
    QString firstName;
    QString lastName;
    QString email;
    QDate birthDate; // invalid: not given
    QString delivery = DeliveryMail;

    // Names, e-mail required (the server checks the rest and names the field).
    FieldErrors validate() const;
    QJsonObject toJson() const;
    friend bool operator==(const WalkInCitizenInput& a, const WalkInCitizenInput& b)
    {
        return a.toJson() == b.toJson();
    }
};

// The account created at the desk; the activation code only for a sheet, given once.
struct CreatedCitizen
{
    QString id;
    QString email;
    QString delivery;
    QString activationCode;
    QDateTime activationExpiresAt;
};

// One request of the walk-in desk, with what it brought back once it succeeded.
class WalkInOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkInOperation)

public:
    const QList<WalkInCitizen>& citizens() const { return m_citizens; }
    const CitizenRecord& record() const { return m_record; }
    const CreatedCitizen& created() const { return m_created; }
    // The assisted session's token and its end (never stored: it lives in memory only).
    QByteArray accessToken() const { return m_accessToken; }
    QDateTime expiresAt() const { return m_expiresAt; }
    int lockAfterSeconds() const { return m_lockAfterSeconds; }
    // obtainQuotient(): the quotient the CAF or MSA gave, as the server keeps it.
    const std::optional<FamilyQuotient>& quotient() const { return m_quotient; }

private:
    friend class WalkInCommands;
    using Read = std::function<ApiError(WalkInOperation* operation, const QJsonObject& answer)>;

    explicit WalkInOperation(QObject* parent);
    static WalkInOperation* start(QObject* parent, const FieldErrors& refused, const Send& send, const Read& read);

    QList<WalkInCitizen> m_citizens;
    CitizenRecord m_record;
    CreatedCitizen m_created;
    QByteArray m_accessToken;
    QDateTime m_expiresAt;
    int m_lockAfterSeconds = 0;
    std::optional<FamilyQuotient> m_quotient;
};

// What the desk does about walk-in citizens, on the agent's own client: search, the record,
// the account created at the desk, the assisted session's consent and token, the lock delay.
// Every method returns an operation that finishes once (refused at once when the input is
// invalid); the page observes it.
class WalkInCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkInCommands)

public:
    explicit WalkInCommands(ApiClient* client, QObject* parent = nullptr);
    ~WalkInCommands() override;

    WalkInOperation* search(const QString& query);
    WalkInOperation* record(const QString& citizenId);
    // `idempotencyKey`: the same for the same input sent again, so a lost answer replays.
    WalkInOperation* create(const WalkInCitizenInput& input, const QByteArray& idempotencyKey);
    // The consent code is mailed to the citizen, who reads it out to the agent.
    WalkInOperation* requestConsent(const QString& citizenId);
    // With the code (empty: the account this agent has just created): accessToken() and expiresAt().
    WalkInOperation* confirmAssist(const QString& citizenId, const QString& code);
    // The lock delay the administrator set: lockAfterSeconds().
    WalkInOperation* settings();
    // The citizen's family quotient from the CAF or MSA, asked at the desk with the identity the
    // agent checked and the consent the citizen gave there (checked with
    // FamilyQuotientRequest::check() first): quotient().
    WalkInOperation* obtainQuotient(const QString& citizenId, const FamilyQuotientRequest& request);
    // Ends an assisted session's token on the server, by a client of its own (the assisted
    // scope's goes away with the scope); nothing waits for the answer.
    void revoke(const QByteArray& accessToken);

private:
    ApiClient* m_client;
    std::unique_ptr<WalkInApi> m_api;
    std::unique_ptr<FamilyQuotientApi> m_quotients;
};

} // namespace citoyens
