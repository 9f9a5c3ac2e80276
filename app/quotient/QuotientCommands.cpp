#include "QuotientCommands.h"

#include "api/AccountApi.h"
#include "api/ApiCall.h"
#include "api/FamilyQuotientApi.h"
#include "store/FamilyQuotientRepository.h"

namespace citoyens {

QuotientCommands::QuotientCommands(ApiClient* client, FamilyQuotientRepository* repository, QObject* parent)
    : QObject(parent)
    , m_api(new FamilyQuotientApi(client, this))
    , m_accounts(new AccountApi(client, this))
    , m_repository(repository)
{ }

std::optional<FamilyQuotient> QuotientCommands::kept(const QDateTime& now) const
{
    std::optional<FamilyQuotient> stored = m_repository->load();
    if (stored && stored->expiresAt.isValid() && stored->expiresAt <= now)
        return std::nullopt;
    return stored;
}

CallOperation::Apply QuotientCommands::keep(QuotientOperation* operation)
{
    return [this, operation](const ApiCall& answer) -> CallOperation::Applied {
        std::optional<FamilyQuotient> quotient = FamilyQuotient::fromJson(answer.json());
        if (!quotient)
            return ApiError::parse(QStringLiteral("family quotient"));
        m_repository->save(*quotient);
        operation->m_quotient = std::move(quotient);
        return {};
    };
}

QuotientOperation* QuotientCommands::refresh()
{
    auto* operation = new QuotientOperation(this);
    operation->run({},
                   { [this] { return m_api->kept(); }, keep(operation),
                     [this](const ApiCall& failed) -> CallOperation::Applied {
                         // None kept (never asked, or expired): nothing to show.
                         if (failed.status() == 404) {
                             m_repository->clear();
                             return {};
                         }
                         return failed.error();
                     } });
    return operation;
}

QuotientOperation* QuotientCommands::identity()
{
    auto* operation = new QuotientOperation(this);
    operation->run({},
                   { [this] { return m_accounts->me(); },
                     [operation](const ApiCall& answer) -> CallOperation::Applied {
                         std::optional<Account> account = Account::fromJson(answer.json());
                         if (!account)
                             return ApiError::parse(QStringLiteral("account"));
                         operation->m_account = std::move(account);
                         return {};
                     } });
    return operation;
}

QuotientOperation* QuotientCommands::obtain(const FamilyQuotientRequest& request)
{
    auto* operation = new QuotientOperation(this);
    operation->run(request.check(QDate::currentDate()),
                   { [this, request] { return m_api->obtain(request); }, keep(operation) });
    return operation;
}

} // namespace citoyens
