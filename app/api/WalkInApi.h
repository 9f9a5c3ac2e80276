#pragma once

#include "ApiCall.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// The desk's calls about walk-in citizens, on the agent's own client: search, the record,
// the account created at the desk, the assisted session's consent and token, the lock delay.
class WalkInApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkInApi)

public:
    explicit WalkInApi(ApiClient* client, QObject* parent = nullptr);

    // GET /agent/citizens?q= -> {citizens:[{id, civility, firstName, lastName, email, birthDate}]}.
    ApiCall* search(const QString& query);
    // GET /agent/citizens/{id} -> {citizen, beneficiaries, subscriptions, photoAndPaiVisible}.
    ApiCall* record(const QString& id);
    // POST /agent/citizens {email, civility, firstName, lastName, birthDate?, delivery}
    // -> 201 {id, email, delivery, activationExpiresAt, activationCode}.
    ApiCall* create(const QJsonObject& citizen, const QByteArray& idempotencyKey);
    // POST /agent/citizens/{id}/assist: the consent code is mailed to the citizen (202).
    ApiCall* requestAssist(const QString& id);
    // POST /agent/citizens/{id}/assist/confirm {code?} -> {accessToken, expiresAt, citizenId}.
    // Without a code: the account this agent created less than 15 minutes ago.
    ApiCall* confirmAssist(const QString& id, const QString& code);
    // GET /agent/settings -> {lockAfterSeconds}.
    ApiCall* settings();

private:
    ApiClient* m_client;
};

} // namespace citoyens
