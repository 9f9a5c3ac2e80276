#include "ActivationRoutes.h"

#include "AccountStore.h"
#include "CodeCheck.h"
#include "CodeStore.h"
#include "PasswordHasher.h"
#include "SessionStore.h"
#include "TokenService.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/ApiRouter.h"
#include "http/JsonBody.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/JsonReader.h"
#include "models/ProblemCodes.h"
#include "models/Validation.h"

#include <QDateTime>

namespace citoyens::server {

namespace {

const QString Purpose = QStringLiteral("activate");

void throwIfInvalid(const FieldErrors& errors)
{
    if (!errors.isEmpty())
        throw Problem::fromFieldErrors(errors);
}

} // namespace

ActivationRoutes::ActivationRoutes(const AuthServices& services)
    : m_services(services)
{ }

void ActivationRoutes::registerOn(ApiRouter& router)
{
    router.add(
        QStringLiteral("POST"), QStringLiteral("/auth/activate"),
        [this](const RequestContext& c) { return activate(c); }, ApiRouter::Work::Costly);
}

QString ActivationRoutes::issue(const AuthServices& services, const QSqlDatabase& db, const QString& email, qint64 now)
{
    const QString code = TokenService::newCode();
    CodeStore::put(db, Purpose, email, services.hasher->hash(code), QString(), now, now + CodeLifetimeMs,
                   services.settings.codeSlots);
    return code;
}

HttpResponse ActivationRoutes::activate(const RequestContext& ctx) const
{
    JsonReader r(JsonBody::object(ctx));
    const QString email = Validation::normalizeEmail(r.string(QStringLiteral("email")));
    const QString code = r.string(QStringLiteral("code")).trimmed();
    const QString password = r.string(QStringLiteral("password"));
    throwIfInvalid(r.errors());
    throwIfInvalid(Validation::email(email) + Validation::verificationCode(code) + Validation::password(password));

    const PendingCode pending = CodeCheck::consume(m_services, Purpose, email, code);
    const QString hash = m_services.hasher->hash(password);
    SqlTransaction tx(*m_services.database);
    const std::optional<StoredAccount> account = AccountStore::findByEmail(tx.db(), email);
    // One use of a code wins; an account that has a password already is not activated again.
    if (!CodeStore::take(tx.db(), pending.id) || !account || account->passwordHash != NoPassword)
        throw Problem(400, ProblemCode::InvalidCode);
    AccountStore::updatePassword(tx.db(), account->account.id, hash, false);
    CodeStore::removeAll(tx.db(), Purpose, email);
    tx.commit();
    return Responses::noContent();
}

} // namespace citoyens::server
