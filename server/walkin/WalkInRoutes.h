#pragma once

#include "routing/ServiceDeps.h"

#include "auth/AuthGuard.h"
#include "auth/AuthServices.h"
#include "http/HttpResponse.h"
#include "idempotency/Idempotency.h"

#include <QJsonObject>

namespace citoyens::server {

class ApiRouter;
struct RequestContext;

// The desk agent and the walk-in citizen, limited to the communes the agent serves:
//   GET  /agent/citizens?q=               search by name, e-mail, birth date, a beneficiary's name
//   POST /agent/citizens                  an account for a citizen without one (activation code)
//   GET  /agent/citizens/{id}             the record: identity, beneficiaries, requests here
//   POST /agent/citizens/{id}/assist      mails the citizen a consent code
//   POST /agent/citizens/{id}/assist/confirm {code} → a short assisted session acting as them
// Every action is audited.
class WalkInRoutes
{
public:
    static constexpr int MaxResults = 50;
    static constexpr qint64 AssistCodeLifetimeMs = 10 * 60 * 1000;
    static constexpr qint64 AssistedSessionMs = 30 * 60 * 1000;
    // After creating an account the same agent may open its assisted session without a code
    // for this long: the citizen is at the desk, and their mailbox may not be.
    static constexpr qint64 FreshAccountMs = 15 * 60 * 1000;

    WalkInRoutes(const ServiceDeps& deps, const AuthServices& auth);
    WalkInRoutes(const WalkInRoutes&) = delete;
    WalkInRoutes& operator=(const WalkInRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse search(const RequestContext& ctx) const;
    HttpResponse create(const RequestContext& ctx) const;
    HttpResponse record(const RequestContext& ctx) const;
    HttpResponse assist(const RequestContext& ctx) const;
    HttpResponse confirmAssist(const RequestContext& ctx) const;
    QJsonObject createAccount(const RequestContext& ctx, const AuthenticatedSession& agent, const QJsonObject& body,
                              const Idempotency::Complete& complete) const;

    ServiceDeps m_deps;
    AuthServices m_auth;
};

} // namespace citoyens::server
