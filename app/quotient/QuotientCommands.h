#pragma once

#include "operations/CallOperation.h"

#include "models/Account.h"
#include "models/FamilyQuotient.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace citoyens {

class AccountApi;
class ApiClient;
class FamilyQuotientApi;
class FamilyQuotientRepository;

// One call about the family quotient, with what it brought back once it succeeded.
class QuotientOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotientOperation)

public:
    // The quotient the server keeps (nullopt: it keeps none).
    const std::optional<FamilyQuotient>& quotient() const { return m_quotient; }
    // identity(): the account the form is prefilled from.
    const std::optional<Account>& account() const { return m_account; }

private:
    friend class QuotientCommands;
    explicit QuotientOperation(QObject* parent)
        : CallOperation(parent)
    { }

    std::optional<FamilyQuotient> m_quotient;
    std::optional<Account> m_account;
};

// The person's family quotient from the CAF or MSA (the citizen's own scope, or the scope of a
// citizen an agent assists): the one the server keeps, written to the store so that the
// justificatifs page paints it at once, and the request that asks the CAF/MSA with the
// person's identity and consent. Every method returns an operation (never nullptr) that
// finishes once.
class QuotientCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotientCommands)

public:
    QuotientCommands(ApiClient* client, FamilyQuotientRepository* repository, QObject* parent = nullptr);

    // The stored quotient while it is valid at `now` (nullopt otherwise).
    std::optional<FamilyQuotient> kept(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Asks the server which quotient it keeps: stored, or removed on a 404.
    QuotientOperation* refresh();
    // The person's account (GET /me) to prefill the identity with.
    QuotientOperation* identity();
    // Checked with FamilyQuotientRequest::check() first (consent, names, dates, commune);
    // on success the quotient is stored.
    QuotientOperation* obtain(const FamilyQuotientRequest& request);

private:
    // Reads the server's answer into `operation` and the store.
    CallOperation::Apply keep(QuotientOperation* operation);

    FamilyQuotientApi* m_api;
    AccountApi* m_accounts;
    FamilyQuotientRepository* m_repository;
};

} // namespace citoyens
