#include "AuthRoutes.h"

#include "AccessPolicy.h"
#include "AccountStore.h"
#include "ActivationRoutes.h"
#include "AuthGuard.h"
#include "CodeCheck.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "SessionStore.h"
#include "Throttle.h"
#include "TokenService.h"
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

const QJsonObject Pending { { QStringLiteral("status"), QStringLiteral("pending") } };

void throwIfInvalid(const FieldErrors& errors)
{
    if (!errors.isEmpty())
        throw Problem::fromFieldErrors(errors);
}

} // namespace

AuthRoutes::AuthRoutes(const AuthServices& services)
    : m_services(services)
{ }

void AuthRoutes::registerOn(ApiRouter& router)
{
    const QString post = QStringLiteral("POST");
    router.add(
        post, QStringLiteral("/auth/register"), [this](const RequestContext& c) { return registerAccount(c); },
        ApiRouter::Work::Costly);
    router.add(
        post, QStringLiteral("/auth/register/verify"),
        [this](const RequestContext& c) { return verifyRegistration(c); }, ApiRouter::Work::Costly);
    router.add(
        post, QStringLiteral("/auth/login"), [this](const RequestContext& c) { return login(c); },
        ApiRouter::Work::Costly);
    router.add(post, QStringLiteral("/auth/refresh"), [this](const RequestContext& c) { return refresh(c); });
    router.add(post, QStringLiteral("/auth/logout"), [this](const RequestContext& c) { return logout(c); });
}

QJsonObject AuthRoutes::tokensJson(const IssuedTokens& tokens, const StoredAccount& account,
                                   const AuthSettings& settings)
{
    return QJsonObject {
        { QStringLiteral("accessToken"), QString::fromLatin1(tokens.accessToken) },
        { QStringLiteral("refreshToken"),
          tokens.refreshToken.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QString::fromLatin1(tokens.refreshToken)) },
        { QStringLiteral("accessExpiresIn"), qint64(settings.idleTimeoutMs / 1000) },
        { QStringLiteral("user"), account.account.toJson() },
        { QStringLiteral("mustChangePassword"), account.mustChangePassword },
    };
}

HttpResponse AuthRoutes::registerAccount(const RequestContext& ctx) const
{
    FieldErrors errors;
    Registration reg = Registration::fromJson(JsonBody::object(ctx), &errors);
    throwIfInvalid(errors);
    throwIfInvalid(Validation::registration(reg, QDate::currentDate()));
    reg.email = Validation::normalizeEmail(reg.email);
    reg.firstName = reg.firstName.trimmed();
    reg.lastName = reg.lastName.trimmed();

    CodeCheck::admitMail(m_services, reg.email, ctx.clientKey());
    // Both branches cost two Argon2 computations and one mail: the answer and its timing
    // do not tell whether the address has an account.
    const QString passwordHash = m_services.hasher->hash(reg.password);
    const QString code = TokenService::newCode();
    const QString codeHash = m_services.hasher->hash(code);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlTransaction tx(*m_services.database);
    if (AccountStore::findByEmail(tx.db(), reg.email)) {
        tx.commit();
        m_services.mailer->send(MailTemplates::accountAlreadyExists(reg.email));
    } else {
        // A registration never replaces an earlier one for the same address: each waits
        // with its own code, and the code typed decides which one becomes the account.
        QJsonObject payload = reg.toJson();
        payload.remove(QStringLiteral("password"));
        payload.insert(QStringLiteral("passwordHash"), passwordHash);
        CodeStore::put(tx.db(), CodeStore::Register, reg.email, codeHash,
                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), now,
                       now + m_services.settings.codeLifetimeMs, m_services.settings.codeSlots);
        tx.commit();
        m_services.mailer->send(MailTemplates::registrationCode(
            reg.email, code, QStringList { reg.civility, reg.firstName, reg.lastName }.join(QLatin1Char(' '))));
    }
    return Responses::json(Pending, 202);
}

HttpResponse AuthRoutes::verifyRegistration(const RequestContext& ctx) const
{
    JsonReader r(JsonBody::object(ctx));
    const QString email = Validation::normalizeEmail(r.string(QStringLiteral("email")));
    const QString code = r.string(QStringLiteral("code")).trimmed();
    const bool remember = r.boolean(QStringLiteral("remember"));
    throwIfInvalid(r.errors());
    throwIfInvalid(Validation::email(email) + Validation::verificationCode(code));

    const PendingCode pending = CodeCheck::consume(m_services, CodeStore::Register, email, code);
    const QJsonObject payload = QJsonDocument::fromJson(pending.payload.toUtf8()).object();
    FieldErrors ignored;
    const Registration reg = Registration::fromJson(payload, &ignored);
    StoredAccount stored;
    Account& a = stored.account;
    a.id = TokenService::newId();
    a.email = email;
    a.civility = reg.civility;
    a.firstName = reg.firstName;
    a.lastName = reg.lastName;
    a.birthDate = reg.birthDate;
    a.newsletter = reg.newsletter;
    a.company = reg.company;
    a.role = Account::RoleCitizen;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    a.createdAt = QDateTime::fromSecsSinceEpoch(now / 1000, Qt::UTC);

    SqlTransaction tx(*m_services.database);
    // Only one use of a code wins, and someone may have registered the address in between
    // (another process, an operator).
    if (!CodeStore::take(tx.db(), pending.id) || AccountStore::findByEmail(tx.db(), email))
        throw Problem(400, ProblemCode::InvalidCode);
    AccountStore::insert(tx.db(), a, payload.value(QStringLiteral("passwordHash")).toString(), false);
    // The address has its account: the other registrations waiting for it are void.
    CodeStore::removeAll(tx.db(), CodeStore::Register, email);
    const IssuedTokens tokens = m_services.sessions->create(tx.db(), a.id, {}, remember, now);
    tx.commit();
    qCInfo(lcAuth).noquote() << "account created" << a.id;
    return Responses::json(tokensJson(tokens, stored, m_services.settings), 201);
}

HttpResponse AuthRoutes::login(const RequestContext& ctx) const
{
    JsonReader r(JsonBody::object(ctx));
    const QString email = Validation::normalizeEmail(r.string(QStringLiteral("email")));
    const QString password = r.string(QStringLiteral("password"));
    const bool remember = r.boolean(QStringLiteral("remember"));
    throwIfInvalid(r.errors());
    if (password.isEmpty())
        throw Problem(422, ProblemCode::ValidationFailed, { { QStringLiteral("password"), FieldCode::Required } });

    // The throttle is checked and the attempt counted as a failure in one transaction, before
    // the password is checked: concurrent guesses cannot all pass a check made before any of
    // them is recorded. A right password takes the count back.
    const Throttle& throttle = *m_services.throttle;
    const Throttle::Counted account { Throttle::accountKey(email), throttle.accountRule() };
    const Throttle::Counted address { Throttle::addressKey(ctx.clientKey()), throttle.addressRule() };
    {
        SqlTransaction tx(*m_services.database);
        const qint64 wait = throttle.admit(tx.db(), { account, address }, QDateTime::currentMSecsSinceEpoch());
        tx.commit();
        if (wait > 0)
            throw Throttle::tooManyRequests(wait);
    }

    std::optional<StoredAccount> stored = AccountStore::findByEmail(m_services.database->connection(), email);
    bool ok = false;
    // An account not activated yet has no password: it costs the same work as any other miss.
    if (stored && stored->passwordHash != ActivationRoutes::NoPassword && !PasswordPolicy::isTooLong(password))
        ok = m_services.hasher->verify(stored->passwordHash, password);
    else
        m_services.hasher->dummyVerify(password.left(PasswordPolicy::MaxLength));
    if (!ok) {
        qCInfo(lcAuth).noquote() << "failed sign-in, request" << ctx.requestId;
        throw Problem(401, ProblemCode::InvalidCredentials);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlTransaction tx(*m_services.database);
    throttle.reset(tx.db(), account.key);
    throttle.refund(tx.db(), address, now);
    const IssuedTokens tokens = m_services.sessions->create(tx.db(), stored->account.id, {}, remember, now);
    tx.commit();
    return Responses::json(tokensJson(tokens, *stored, m_services.settings));
}

HttpResponse AuthRoutes::refresh(const RequestContext& ctx) const
{
    JsonReader r(JsonBody::object(ctx));
    const QString token = r.string(QStringLiteral("refreshToken"));
    throwIfInvalid(r.errors());
    const Problem invalid(401, ProblemCode::InvalidToken);
    if (token.isEmpty() || token.size() > 256)
        throw invalid;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlTransaction tx(*m_services.database);
    const SessionStore& sessions = *m_services.sessions;
    const std::optional<SessionRow> row
        = sessions.findByRefreshHash(tx.db(), TokenService::hashToken(token.toLatin1()));
    if (!row)
        throw invalid;
    // A refresh token is good once. Seeing it again means it leaked: end the whole family.
    if (row->revoked || !sessions.revoke(tx.db(), row->id, now)) {
        sessions.revokeFamily(tx.db(), row->familyId, now);
        tx.commit();
        qCWarning(lcAuth).noquote() << "reused refresh token; session family revoked, request" << ctx.requestId;
        throw invalid;
    }
    const std::optional<StoredAccount> account = AccountStore::findById(tx.db(), row->accountId);
    if (now > row->refreshExpiresAt || !account) {
        tx.commit();
        throw invalid;
    }
    const IssuedTokens tokens = sessions.create(tx.db(), row->accountId, row->familyId, true, now);
    // An agent's assisted sessions live on with the session they were opened from.
    sessions.moveAssisted(tx.db(), row->id, tokens.sessionId);
    tx.commit();
    return Responses::json(tokensJson(tokens, *account, m_services.settings));
}

HttpResponse AuthRoutes::logout(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_services.policy->own(ctx, AuthGuard::Access::AllowedDuringPasswordChange);
    const SessionStore& sessions = *m_services.sessions;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlTransaction tx(*m_services.database);
    // An assisted session (a family of one row) ends traced once, whoever ends it first: its own
    // logout, or its agent's (a desk that locks sends both at once).
    if (!s.session.assistedBy.isEmpty()) {
        if (sessions.revoke(tx.db(), s.session.id, now))
            AuditLog::record(tx.db(), ctx, s.session.assistedBy, s.account.account.id, AuditLog::AssistEnded,
                             s.session.id);
    } else {
        sessions.revokeFamily(tx.db(), s.session.familyId, now);
        for (const SessionRow& assisted : sessions.assistedOpenedIn(tx.db(), s.session.familyId)) {
            if (sessions.revoke(tx.db(), assisted.id, now))
                AuditLog::record(tx.db(), ctx, assisted.assistedBy, assisted.accountId, AuditLog::AssistEnded,
                                 assisted.id, QStringLiteral("agent signed out"));
        }
    }
    tx.commit();
    return Responses::noContent();
}

} // namespace citoyens::server
