#pragma once

#include "auth/AuthGuard.h"
#include "auth/AuthServices.h"
#include "http/HttpResponse.h"
#include "routing/ServiceDeps.h"

#include "models/FamilyQuotient.h"

namespace citoyens::server {

class ApiParticulierClient;
class ApiRouter;
struct RequestContext;

// What the family quotient routes need beyond the services': the API Particulier client (null
// or unconfigured: the routes answer 503 quotient_not_configured) and the commune's validity.
struct QuotientDeps
{
    const ApiParticulierClient* client = nullptr;
    int validityMonths = 12;
};

// The family quotient from the CAF or the MSA through API Particulier, with the person's consent:
//   POST /me/family-quotient                  the citizen (or an assisted session) asks with their identity
//   GET  /me/family-quotient                  the valid kept quotient, or 404
//   POST /agent/citizens/{id}/family-quotient an agent at the desk asks for a citizen it knows (audited)
// 201 with the kept quotient; 404 quotient_not_found; 503 quotient_unavailable; 422 naming the fields.
// Each ask is counted per account (the citizen, and the agent who asks for them) so that no
// client can turn the server into a flood of calls to the API.
class QuotientRoutes
{
public:
    // Asks per citizen, and per agent, before they wait and then meet a wall for the hour.
    static constexpr int CitizenAsksPerHour = 10;
    static constexpr int AgentAsksPerHour = 60;

    QuotientRoutes(const ServiceDeps& deps, const AuthServices& auth, const QuotientDeps& quotient);
    QuotientRoutes(const QuotientRoutes&) = delete;
    QuotientRoutes& operator=(const QuotientRoutes&) = delete;

    void registerOn(ApiRouter& router);

private:
    HttpResponse obtainOwn(const RequestContext& ctx) const;
    HttpResponse current(const RequestContext& ctx) const;
    HttpResponse obtainAtDesk(const RequestContext& ctx) const;
    // Checks the body, counts the ask, calls the API and keeps what it found for `citizenId`;
    // `agentId` is the agent who asks (at the desk or in an assisted session), empty when the
    // citizen does. Audits the desk's asks (`audited`).
    HttpResponse obtain(const RequestContext& ctx, const QString& citizenId, const QString& agentId,
                        bool audited) const;

    ServiceDeps m_deps;
    AuthServices m_auth;
    QuotientDeps m_quotient;
};

} // namespace citoyens::server
