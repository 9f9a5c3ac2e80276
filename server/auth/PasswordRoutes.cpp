#include "PasswordRoutes.h"

#include "AccountStore.h"
#include "CodeCheck.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "SessionStore.h"
#include "Throttle.h"
#include "TokenService.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "mail/MailTemplates.h"
#include "mail/Mailer.h"
#include "models/JsonReader.h"
#include "models/ProblemCodes.h"
#include "models/Validation.h"

#include <QDateTime>

namespace citoyens::server {

namespace {

void throwIfInvalid(const FieldErrors& errors)
{
    if (!errors.isEmpty())
        throw Problem::fromFieldErrors(errors);
}

} // namespace

PasswordRoutes::PasswordRoutes(const AuthServices& services)
    : m_services(services)
{ }

void PasswordRoutes::registerOn(ApiRouter& router)
{
    const QString post = QStringLiteral("POST");
    router.add(
        post, QStringLiteral("/auth/password/forgot"), [this](const RequestContext& c) { return forgot(c); },
        ApiRouter::Work::Costly);
    router.add(
        post, QStringLiteral("/auth/password/reset"), [this](const RequestContext& c) { return reset(c); },
        ApiRouter::Work::Costly);
}

HttpResponse PasswordRoutes::forgot(const RequestContext& ctx) const
{
    JsonReader r(JsonBody::object(ctx));
    const QString email = Validation::normalizeEmail(r.string(QStringLiteral("email")));
    throwIfInvalid(r.errors());
    throwIfInvalid(Validation::email(email));

    CodeCheck::admitMail(m_services, email, ctx.clientKey());
    // One Argon2 computation whether or not the address is known: same answer, same time.
    const QString code = TokenService::newCode();
    const QString codeHash = m_services.hasher->hash(code);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlTransaction tx(*m_services.database);
    const bool known = AccountStore::findByEmail(tx.db(), email).has_value();
    if (known)
        CodeStore::put(tx.db(), CodeStore::Reset, email, codeHash, {}, now, now + m_services.settings.codeLifetimeMs,
                       m_services.settings.codeSlots);
    tx.commit();
    if (known)
        m_services.mailer->send(MailTemplates::passwordResetCode(email, code));
    return Responses::json(QJsonObject { { QStringLiteral("status"), QStringLiteral("pending") } }, 202);
}

HttpResponse PasswordRoutes::reset(const RequestContext& ctx) const
{
    JsonReader r(JsonBody::object(ctx));
    const QString email = Validation::normalizeEmail(r.string(QStringLiteral("email")));
    const QString code = r.string(QStringLiteral("code")).trimmed();
    const QString newPassword = r.string(QStringLiteral("newPassword"));
    throwIfInvalid(r.errors());
    throwIfInvalid(Validation::email(email) + Validation::verificationCode(code));
    throwIfInvalid(Validation::password(newPassword, QStringLiteral("newPassword")));

    const PendingCode pending = CodeCheck::consume(m_services, CodeStore::Reset, email, code);
    const QString hash = m_services.hasher->hash(newPassword);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlTransaction tx(*m_services.database);
    if (!CodeStore::take(tx.db(), pending.id))
        throw Problem(400, ProblemCode::InvalidCode);
    // The password is new: every other reset code of the address is void.
    CodeStore::removeAll(tx.db(), CodeStore::Reset, email);
    const std::optional<StoredAccount> account = AccountStore::findByEmail(tx.db(), email);
    if (!account)
        throw Problem(400, ProblemCode::InvalidCode);
    AccountStore::updatePassword(tx.db(), account->account.id, hash, false);
    m_services.sessions->revokeAccount(tx.db(), account->account.id, now);
    m_services.throttle->reset(tx.db(), Throttle::accountKey(email));
    tx.commit();
    qCInfo(lcAuth).noquote() << "password reset for account" << account->account.id;
    m_services.mailer->send(MailTemplates::passwordChanged(email));
    return Responses::noContent();
}

} // namespace citoyens::server
