#include "MeRoutes.h"

#include "AccessPolicy.h"
#include "AccountStore.h"
#include "AuthGuard.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "SessionStore.h"
#include "Throttle.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "mail/MailTemplates.h"
#include "mail/Mailer.h"
#include "models/FieldCodes.h"
#include "models/JsonReader.h"
#include "models/PasswordPolicy.h"
#include "models/ProblemCodes.h"
#include "models/Validation.h"

#include <QDateTime>
#include <QJsonDocument>

namespace citoyens::server {

namespace {

void throwIfInvalid(const FieldErrors& errors)
{
    if (!errors.isEmpty())
        throw Problem::fromFieldErrors(errors);
}

bool etagMatches(const QByteArray& header, const QByteArray& etag)
{
    for (const QByteArray& candidate : header.split(',')) {
        const QByteArray c = candidate.trimmed();
        if (c == "*" || c == etag || c == "W/" + etag)
            return true;
    }
    return false;
}

HttpResponse accountResponse(const Account& account)
{
    const QByteArray bytes = QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact);
    HttpResponse response(QByteArrayLiteral("application/json"), bytes, 200);
    response.setHeader(QByteArrayLiteral("ETag"), Responses::etagForBytes(bytes));
    return response;
}

} // namespace

MeRoutes::MeRoutes(const AuthServices& services)
    : m_services(services)
{ }

void MeRoutes::registerOn(ApiRouter& router)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/me"), [this](const RequestContext& c) { return getMe(c); },
        ApiRouter::Work::Inline);
    router.add(
        QStringLiteral("PATCH"), QStringLiteral("/me"),
        AccessPolicy::auditingAssisted(m_services.policy, [this](const RequestContext& c) { return patchMe(c); }));
    router.add(
        QStringLiteral("POST"), QStringLiteral("/me/password"),
        [this](const RequestContext& c) { return changePassword(c); }, ApiRouter::Work::Costly);
}

HttpResponse MeRoutes::getMe(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_services.policy->own(ctx, AuthGuard::Access::AllowedDuringPasswordChange);
    if (!s.session.assistedBy.isEmpty()) {
        AuditLog::recordRead(*m_services.database, ctx, s.session.assistedBy, s.account.account.id,
                             AuditLog::ProfileOpened, s.account.account.id, AuditLog::assisted());
    }
    return Responses::cachedJson(ctx, s.account.account.toJson());
}

HttpResponse MeRoutes::patchMe(const RequestContext& ctx) const
{
    AuthenticatedSession s = m_services.policy->own(ctx);
    const QJsonObject body = JsonBody::object(ctx);
    static const QStringList editable { QStringLiteral("civility"),   QStringLiteral("firstName"),
                                        QStringLiteral("lastName"),   QStringLiteral("birthDate"),
                                        QStringLiteral("newsletter"), QStringLiteral("company") };
    FieldErrors errors;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!editable.contains(it.key()))
            errors.append({ it.key(), FieldCode::NotEditable });
    }
    FieldErrors typeErrors;
    const ProfileChange change = ProfileChange::fromJson(body, &typeErrors);
    throwIfInvalid(errors + typeErrors);
    throwIfInvalid(Validation::profileChange(change, QDate::currentDate()));

    const QByteArray ifMatch = ctx.header("if-match");
    Account& account = s.account.account;
    if (!ifMatch.isEmpty() && !etagMatches(ifMatch, Responses::etagFor(account.toJson())))
        throw Problem(412, ProblemCode::PreconditionFailed);
    change.applyTo(account);
    account.firstName = account.firstName.trimmed();
    account.lastName = account.lastName.trimmed();
    SqlTransaction tx(*m_services.database);
    AccountStore::updateProfile(tx.db(), account);
    tx.commit();
    return accountResponse(account);
}

HttpResponse MeRoutes::changePassword(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_services.policy->inPerson(ctx, AuthGuard::Access::AllowedDuringPasswordChange);
    JsonReader r(JsonBody::object(ctx));
    const QString current = r.string(QStringLiteral("currentPassword"));
    const QString next = r.string(QStringLiteral("newPassword"));
    throwIfInvalid(r.errors());
    throwIfInvalid(Validation::password(next, QStringLiteral("newPassword")));
    if (current.isEmpty())
        throw Problem(422, ProblemCode::ValidationFailed,
                      { { QStringLiteral("currentPassword"), FieldCode::Required } });
    if (current == next)
        throw Problem(422, ProblemCode::ValidationFailed,
                      { { QStringLiteral("newPassword"), FieldCode::SameAsCurrent } });

    // Guessing the current password through this route is throttled like sign-in.
    const Throttle& throttle = *m_services.throttle;
    const QString key = Throttle::accountKey(s.account.account.email);
    {
        // Checked and counted in one step, like sign-in: concurrent guesses cannot all pass.
        SqlTransaction tx(*m_services.database);
        const qint64 wait
            = throttle.admit(tx.db(), { { key, throttle.accountRule() } }, QDateTime::currentMSecsSinceEpoch());
        tx.commit();
        if (wait > 0)
            throw Throttle::tooManyRequests(wait);
    }
    if (PasswordPolicy::isTooLong(current) || !m_services.hasher->verify(s.account.passwordHash, current))
        throw Problem(403, ProblemCode::WrongPassword);
    const QString hash = m_services.hasher->hash(next);
    SqlTransaction tx(*m_services.database);
    AccountStore::updatePassword(tx.db(), s.account.account.id, hash, false);
    m_services.sessions->revokeAccount(tx.db(), s.account.account.id, QDateTime::currentMSecsSinceEpoch(),
                                       s.session.familyId);
    throttle.reset(tx.db(), key);
    tx.commit();
    qCInfo(lcAuth).noquote() << "password changed for account" << s.account.account.id;
    m_services.mailer->send(MailTemplates::passwordChanged(s.account.account.email));
    return Responses::noContent();
}

} // namespace citoyens::server
