#include "WalkInRoutes.h"

#include "audit/AuditLog.h"
#include "auth/AccessPolicy.h"
#include "auth/AccountStore.h"
#include "auth/ActivationRoutes.h"
#include "auth/CodeCheck.h"
#include "auth/CodeStore.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionStore.h"
#include "auth/Throttle.h"
#include "auth/TokenService.h"
#include "beneficiaries/BeneficiaryStore.h"
#include "db/Database.h"
#include "db/SqlLists.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "idempotency/Idempotency.h"
#include "mail/MailTemplates.h"
#include "mail/Mailer.h"
#include "models/FieldCodes.h"
#include "models/JsonReader.h"
#include "models/ProblemCodes.h"
#include "models/Validation.h"
#include "routing/RouteSupport.h"
#include "subscriptions/SubscriptionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace citoyens::server {

namespace {

const QString AssistPurpose = QStringLiteral("assist");
const QString Mail = QStringLiteral("mail");
const QString Sheet = QStringLiteral("sheet");
constexpr int MinQueryLength = 2;
constexpr int MaxQueryLength = 100;

// Accounts created by one agent: generous for a busy desk, a wall for a script.
ThrottleRule creationRule()
{
    return ThrottleRule { 40, 80, 3600 * 1000, false };
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QJsonObject citizenJson(const QSqlQuery& q)
{
    const QDate birth = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    return QJsonObject {
        { QStringLiteral("id"), q.value(0).toString() },
        { QStringLiteral("civility"), q.value(1).toString() },
        { QStringLiteral("firstName"), q.value(2).toString() },
        { QStringLiteral("lastName"), q.value(3).toString() },
        { QStringLiteral("email"), q.value(4).toString() },
        { QStringLiteral("birthDate"), birth.isValid() ? QJsonValue(birth.toString(Qt::ISODate)) : QJsonValue() },
    };
}

// The citizen the path names: an account of a citizen (404 otherwise, agents included).
StoredAccount citizenAccount(const QSqlDatabase& db, const QString& id)
{
    std::optional<StoredAccount> a = AccountStore::findById(db, id);
    if (!a || a->account.role != Account::RoleCitizen)
        throw Problem(404, ProblemCode::NotFound);
    return *a;
}

void rememberAtDesk(const QSqlDatabase& db, const QStringList& communes, const QString& citizenId, const QString& via,
                    qint64 now)
{
    for (const QString& commune : communes) {
        Database::run(db,
                      QStringLiteral("INSERT INTO citizen_communes (account_id, commune_id, via, created_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (account_id, commune_id) DO NOTHING"),
                      { citizenId, commune, via, now });
    }
}

// Whether `agentId` created the account less than FreshAccountMs ago.
bool justCreatedBy(const QSqlDatabase& db, const QString& agentId, const QString& citizenId, qint64 now)
{
    QSqlQuery q = Database::run(db,
                                QStringLiteral("SELECT 1 FROM audit_log WHERE actor_id = ? AND citizen_id = ? AND "
                                               "action = ? AND at > ?"),
                                { agentId, citizenId, AuditLog::AccountCreated, now - WalkInRoutes::FreshAccountMs });
    return q.next();
}

QString href(const QString& path)
{
    return QString::fromLatin1(ApiRouter::BasePath) + path;
}

} // namespace

WalkInRoutes::WalkInRoutes(const ServiceDeps& deps, const AuthServices& auth)
    : m_deps(deps)
    , m_auth(auth)
{ }

void WalkInRoutes::registerOn(ApiRouter& router)
{
    const QString get = QStringLiteral("GET");
    const QString post = QStringLiteral("POST");
    router.add(get, QStringLiteral("/agent/citizens"), [this](const RequestContext& c) { return search(c); });
    router.add(
        post, QStringLiteral("/agent/citizens"), [this](const RequestContext& c) { return create(c); },
        ApiRouter::Work::Costly);
    router.add(get, QStringLiteral("/agent/citizens/{id}"), [this](const RequestContext& c) { return record(c); });
    router.add(
        post, QStringLiteral("/agent/citizens/{id}/assist"), [this](const RequestContext& c) { return assist(c); },
        ApiRouter::Work::Costly);
    router.add(
        post, QStringLiteral("/agent/citizens/{id}/assist/confirm"),
        [this](const RequestContext& c) { return confirmAssist(c); }, ApiRouter::Work::Costly);
}

HttpResponse WalkInRoutes::search(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    const QString q = ctx.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).simplified();
    if (q.size() < MinQueryLength)
        RouteSupport::throwIfInvalid(
            { { QStringLiteral("q"), q.isEmpty() ? FieldCode::Required : FieldCode::TooShort } });
    if (q.size() > MaxQueryLength)
        RouteSupport::throwIfInvalid({ { QStringLiteral("q"), FieldCode::TooLong } });
    QSqlDatabase db = m_deps.database->connection();
    const QStringList communes = AccessPolicy::communes(db, s);
    if (communes.isEmpty())
        return Responses::json(QJsonObject { { QStringLiteral("citizens"), QJsonArray() } });

    QDate birth = QDate::fromString(q, Qt::ISODate);
    if (!birth.isValid())
        birth = QDate::fromString(q, QStringLiteral("dd/MM/yyyy"));
    // A complete address finds its citizen wherever they are known: the person is at the desk
    // and says it; that tells the agent no more than creating the account would.
    const QString exact = Validation::email(q).isEmpty() ? Validation::normalizeEmail(q) : QString();
    // LOWER() folds every letter on PostgreSQL but only ASCII ones on SQLite: the text as typed
    // is tried too, so that "Élise" finds "Élise" on both.
    const QString lower = likePattern(q.toLower());
    const QString typed = likePattern(q);
    QVariantList values = SqlLists::values(communes) + SqlLists::values(communes);
    const auto matches = [&](const QString& column) {
        values += { lower, typed };
        return QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\'").arg(column);
    };
    QStringList person { matches(QStringLiteral("a.first_name")), matches(QStringLiteral("a.last_name")),
                         matches(QStringLiteral("a.first_name || ' ' || a.last_name")),
                         matches(QStringLiteral("a.last_name || ' ' || a.first_name")),
                         matches(QStringLiteral("a.email")) };
    person.append(QStringLiteral("a.birth_date = ?"));
    values.append(birth.isValid() ? birth.toString(Qt::ISODate) : QStringLiteral("-"));
    const QStringList beneficiary { matches(QStringLiteral("b.first_name")), matches(QStringLiteral("b.last_name")),
                                    matches(QStringLiteral("b.first_name || ' ' || b.last_name")) };
    values.append(exact.isEmpty() ? QStringLiteral("-") : exact);
    const QString in = SqlLists::placeholders(communes.size());
    const QString sql
        = QStringLiteral(
              "SELECT a.id, a.civility, a.first_name, a.last_name, a.email, a.birth_date FROM accounts a "
              "WHERE a.role = 'citizen' AND (((EXISTS (SELECT 1 FROM subscriptions s WHERE s.account_id = a.id AND "
              "s.commune_id IN (%1)) OR EXISTS (SELECT 1 FROM citizen_communes cc WHERE cc.account_id = a.id AND "
              "cc.commune_id IN (%1))) AND (%2 OR EXISTS (SELECT 1 FROM beneficiaries b WHERE b.account_id = a.id "
              "AND (%3)))) OR a.email = ?) ORDER BY a.last_name, a.first_name, a.id LIMIT %4")
              .arg(in, person.join(QStringLiteral(" OR ")), beneficiary.join(QStringLiteral(" OR ")))
              .arg(MaxResults);
    QSqlQuery rows = Database::run(db, sql, values);
    QJsonArray citizens;
    while (rows.next())
        citizens.append(citizenJson(rows));
    return Responses::json(QJsonObject { { QStringLiteral("citizens"), citizens } });
}

HttpResponse WalkInRoutes::create(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    const QJsonObject body = JsonBody::object(ctx);
    return Idempotency::run(
        *m_deps.database, ctx, s.account.account.id, QStringLiteral("POST /agent/citizens"), body, 201,
        [&](const Idempotency::Complete& complete) { return createAccount(ctx, s, body, complete); });
}

QJsonObject WalkInRoutes::createAccount(const RequestContext& ctx, const AuthenticatedSession& s,
                                        const QJsonObject& body, const Idempotency::Complete& complete) const
{
    JsonReader r(body);
    Account a;
    a.email = Validation::normalizeEmail(r.string(QStringLiteral("email")));
    a.civility = r.string(QStringLiteral("civility"));
    a.firstName = r.string(QStringLiteral("firstName")).trimmed();
    a.lastName = r.string(QStringLiteral("lastName")).trimmed();
    a.birthDate = r.date(QStringLiteral("birthDate"));
    const QString delivery = r.string(QStringLiteral("delivery"));
    RouteSupport::throwIfInvalid(r.errors());
    FieldErrors errors = Validation::email(a.email) + Validation::civility(a.civility)
        + Validation::personName(a.firstName, QStringLiteral("firstName"))
        + Validation::personName(a.lastName, QStringLiteral("lastName"));
    if (a.birthDate.isValid())
        errors += Validation::birthDate(a.birthDate, QDate::currentDate());
    if (delivery != Mail && delivery != Sheet)
        errors.append({ QStringLiteral("delivery"), FieldCode::InvalidChoice });
    RouteSupport::throwIfInvalid(errors);

    const Throttle& throttle = *m_auth.throttle;
    const Throttle::Counted counter { QStringLiteral("desk-create:") + s.account.account.id, creationRule() };
    const qint64 now = RouteSupport::nowMs();
    {
        SqlTransaction tx(*m_deps.database);
        const qint64 wait = throttle.admit(tx.db(), { counter }, now);
        tx.commit();
        if (wait > 0)
            throw Throttle::tooManyRequests(wait);
    }
    a.id = TokenService::newId();
    a.role = Account::RoleCitizen;
    a.createdAt = QDateTime::fromSecsSinceEpoch(now / 1000, Qt::UTC);

    SqlTransaction tx(*m_deps.database);
    if (AccountStore::findByEmail(tx.db(), a.email))
        throw Problem(409, ProblemCode::AccountExists);
    AccountStore::insert(tx.db(), a, ActivationRoutes::NoPassword, false);
    rememberAtDesk(tx.db(), AccessPolicy::communes(tx.db(), s), a.id, QStringLiteral("desk"), now);
    const QString code = ActivationRoutes::issue(m_auth, tx.db(), a.email, now);
    AuditLog::record(tx.db(), ctx, s.account.account.id, a.id, AuditLog::AccountCreated, a.id, delivery);
    QJsonObject answer {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("email"), a.email },
        { QStringLiteral("delivery"), delivery },
        { QStringLiteral("activationExpiresAt"),
          RouteSupport::instant(now + ActivationRoutes::CodeLifetimeMs).toString(Qt::ISODate) },
        { QStringLiteral("activationCode"), delivery == Sheet ? QJsonValue(code) : QJsonValue(QJsonValue::Null) },
    };
    complete(tx.db(), answer);
    tx.commit();
    if (delivery == Mail)
        m_auth.mailer->send(MailTemplates::activationCode(a.email, code));
    return answer;
}

HttpResponse WalkInRoutes::record(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    QSqlDatabase db = m_deps.database->connection();
    const StoredAccount citizen = citizenAccount(db, ctx.pathId);
    AccessPolicy::requireKnownCitizen(db, s, citizen.account.id);
    // Photo and PAI only while the citizen has a live request in one of the agent's communes.
    const bool live = !AccessPolicy::liveCommunes(db, s, citizen.account.id).isEmpty();
    QJsonArray beneficiaries;
    for (const StoredBeneficiary& b : BeneficiaryStore::storedForAccount(db, citizen.account.id)) {
        QJsonObject json = b.beneficiary.toJson();
        if (live) {
            json.insert(QStringLiteral("photoHref"),
                        b.beneficiary.hasPhoto
                            ? QJsonValue(href(QStringLiteral("/me/beneficiaries/%1/photo").arg(b.beneficiary.id)))
                            : QJsonValue(QJsonValue::Null));
        } else {
            json.remove(QStringLiteral("pai"));
            json.insert(QStringLiteral("hasPhoto"), false);
            json.insert(QStringLiteral("photoHref"), QJsonValue(QJsonValue::Null));
        }
        beneficiaries.append(json);
    }
    QJsonArray subscriptions;
    for (const Subscription& sub :
         SubscriptionStore::listForAccountIn(db, citizen.account.id, AccessPolicy::communes(db, s))) {
        QJsonObject json = sub.toJson();
        QJsonArray documents;
        for (const SubscriptionDocument& d : sub.documents) {
            QJsonObject doc = d.toJson();
            doc.insert(QStringLiteral("href"), href(QStringLiteral("/me/documents/") + d.documentId));
            documents.append(doc);
        }
        json.insert(QStringLiteral("documents"), documents);
        subscriptions.append(json);
    }
    QJsonObject identity = citizen.account.toJson();
    identity.remove(QStringLiteral("role"));
    identity.remove(QStringLiteral("communes"));
    identity.remove(QStringLiteral("newsletter"));
    identity.insert(QStringLiteral("activated"), citizen.passwordHash != ActivationRoutes::NoPassword);
    AuditLog::recordRead(*m_deps.database, ctx, s.account.account.id, citizen.account.id, AuditLog::CitizenRecordOpened,
                         citizen.account.id,
                         live ? QStringLiteral("photo and PAI") : QStringLiteral("no photo, no PAI"));
    return Responses::json(QJsonObject {
        { QStringLiteral("citizen"), identity },
        { QStringLiteral("beneficiaries"), beneficiaries },
        { QStringLiteral("subscriptions"), subscriptions },
        { QStringLiteral("photoAndPaiVisible"), live },
    });
}

HttpResponse WalkInRoutes::assist(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    const StoredAccount citizen = citizenAccount(m_deps.database->connection(), ctx.pathId);
    // The citizen's mailbox is the consent: counted like every mail asked for that address.
    CodeCheck::admitMail(m_auth, citizen.account.email, QStringLiteral("agent:") + s.account.account.id);
    const QString code = TokenService::newCode();
    const QString codeHash = m_auth.hasher->hash(code);
    const qint64 now = RouteSupport::nowMs();
    SqlTransaction tx(*m_deps.database);
    CodeStore::put(tx.db(), AssistPurpose, citizen.account.email, codeHash,
                   QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("agentId"), s.account.account.id } })
                                         .toJson(QJsonDocument::Compact)),
                   now, now + AssistCodeLifetimeMs, m_auth.settings.codeSlots);
    AuditLog::record(tx.db(), ctx, s.account.account.id, citizen.account.id, AuditLog::AssistRequested,
                     citizen.account.id);
    tx.commit();
    const Account& agent = s.account.account;
    m_auth.mailer->send(
        MailTemplates::assistCode(citizen.account.email, code, agent.firstName + QLatin1Char(' ') + agent.lastName));
    return Responses::json(QJsonObject { { QStringLiteral("status"), QStringLiteral("sent") },
                                         { QStringLiteral("expiresAt"),
                                           RouteSupport::instant(now + AssistCodeLifetimeMs).toString(Qt::ISODate) } },
                           202);
}

HttpResponse WalkInRoutes::confirmAssist(const RequestContext& ctx) const
{
    const AuthenticatedSession s = m_deps.policy->agent(ctx);
    const QString agentId = s.account.account.id;
    JsonReader r(JsonBody::object(ctx));
    const QString code = r.string(QStringLiteral("code"), false).trimmed();
    RouteSupport::throwIfInvalid(r.errors());
    const StoredAccount citizen = citizenAccount(m_deps.database->connection(), ctx.pathId);
    const qint64 started = RouteSupport::nowMs();
    std::optional<PendingCode> pending;
    if (code.isEmpty()) {
        if (!justCreatedBy(m_deps.database->connection(), agentId, citizen.account.id, started))
            RouteSupport::throwIfInvalid({ { QStringLiteral("code"), FieldCode::Required } });
    } else {
        RouteSupport::throwIfInvalid(Validation::verificationCode(code));
        pending = CodeCheck::consume(m_auth, AssistPurpose, citizen.account.email, code);
        // A code the citizen gave another agent does not open this one's session.
        const QJsonObject payload = QJsonDocument::fromJson(pending->payload.toUtf8()).object();
        if (payload.value(QStringLiteral("agentId")).toString() != agentId)
            throw Problem(400, ProblemCode::InvalidCode);
    }
    const qint64 now = RouteSupport::nowMs();
    SqlTransaction tx(*m_deps.database);
    if (pending && !CodeStore::take(tx.db(), pending->id))
        throw Problem(400, ProblemCode::InvalidCode);
    const IssuedTokens tokens
        = m_auth.sessions->createAssisted(tx.db(), citizen.account.id, agentId, s.session.id, AssistedSessionMs, now);
    rememberAtDesk(tx.db(), AccessPolicy::communes(tx.db(), s), citizen.account.id, QStringLiteral("assisted"), now);
    AuditLog::record(tx.db(), ctx, agentId, citizen.account.id, AuditLog::AssistOpened, tokens.sessionId,
                     pending ? QStringLiteral("code") : QStringLiteral("desk creation"));
    tx.commit();
    return Responses::json(QJsonObject {
        { QStringLiteral("accessToken"), QString::fromLatin1(tokens.accessToken) },
        { QStringLiteral("expiresAt"), RouteSupport::instant(now + AssistedSessionMs).toString(Qt::ISODate) },
        { QStringLiteral("citizenId"), citizen.account.id },
    });
}

} // namespace citoyens::server
