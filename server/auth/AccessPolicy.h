#pragma once

#include "AuthGuard.h"

#include "http/HttpResponse.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace citoyens::server {

class Database;
class SessionStore;
struct RequestContext;

// Who may do what, in one place: every route asks here instead of checking roles, owners and
// communes itself.
//
// - own(): the person signed in, on their own /me routes. In an assisted session (an agent
//   acting for a citizen, with the citizen's consent) that person is the citizen.
// - inPerson(): the same, refused in an assisted session (403 not_allowed_while_assisting):
//   a password is changed by its owner alone.
// - agent(): an agent in their own session (403 forbidden otherwise); administrator():
//   403 administrators_only otherwise.
// - Items of another person, or of a commune the agent does not serve, are 404 not_found,
//   as if they did not exist.
class AccessPolicy
{
public:
    using Handler = std::function<HttpResponse(const RequestContext&)>;

    AccessPolicy(Database& database, const AuthGuard& guard, const SessionStore& sessions);

    AuthenticatedSession own(const RequestContext& ctx, AuthGuard::Access access = AuthGuard::Access::Normal) const;
    AuthenticatedSession inPerson(const RequestContext& ctx,
                                  AuthGuard::Access access = AuthGuard::Access::Normal) const;
    AuthenticatedSession agent(const RequestContext& ctx) const;
    AuthenticatedSession administrator(const RequestContext& ctx) const;

    // 404 unless `ownerId` is the caller's account.
    static void requireOwner(const AuthenticatedSession& s, const QString& ownerId);
    static void requireOwner(const QString& callerId, const QString& ownerId);
    // The catalogue ids of the communes the agent serves.
    static QStringList communes(const QSqlDatabase& db, const AuthenticatedSession& agent);
    // 404 unless the agent serves `communeId`.
    static void requireCommune(const QSqlDatabase& db, const AuthenticatedSession& agent, const QString& communeId);
    // The communes whose desk the caller works at: an agent's own; in an assisted session, those
    // of the agent who opened it (a mandate reaches no further than its desk); none otherwise.
    static QStringList deskCommunes(const QSqlDatabase& db, const AuthenticatedSession& s);
    // The desk's communes (deskCommunes) where the citizen has a live request (pending,
    // incomplete or approved): there the agent, at the desk or in an assisted session, sees the
    // citizen's beneficiaries with photo and PAI.
    static QStringList liveCommunes(const QSqlDatabase& db, const AuthenticatedSession& agent,
                                    const QString& citizenId);
    // Whether the agent's desk knows the citizen: a request in one of its communes (any
    // status), an account created there or an assisted session consented to there.
    static bool knowsCitizen(const QSqlDatabase& db, const AuthenticatedSession& agent, const QString& citizenId);
    // The agent who reads an item of `ownerId` as an agent: the agent of an assisted session, or
    // an agent reading someone else's; empty when a person reads their own. Such reads are
    // audited (AuditLog::recordRead).
    static QString readingAgent(const AuthenticatedSession& s, const QString& ownerId);
    // Whether an assisted session shows the citizen's photos and PAI (deskCommunes rule);
    // true outside an assisted session, where the owner sees their own.
    static bool assistedSeesPhotoAndPai(const QSqlDatabase& db, const AuthenticatedSession& s);
    // 404 unless knowsCitizen().
    static void requireKnownCitizen(const QSqlDatabase& db, const AuthenticatedSession& agent,
                                    const QString& citizenId);

    // Wraps a /me route so that each change made in an assisted session (any method but GET
    // that succeeds) is written to the audit log, naming the agent and the route, in the
    // change's own transaction (SqlTransaction::BeforeFirstCommit); the reads are audited by
    // the routes that make them (readingAgent). Without a policy (listing the routes) the
    // handler is returned as it is.
    static Handler auditingAssisted(const AccessPolicy* policy, Handler handler);

private:
    Database& m_database;
    const AuthGuard& m_guard;
    const SessionStore& m_sessions;
};

} // namespace citoyens::server
