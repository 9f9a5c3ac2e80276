#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace citoyens::server {

// A payment provider shaped like PayFiP, the DGFiP service collectivités use: a payment is
// created for an amount in cents and a reference (`refdet`, 6 to 30 alphanumerics) and gets
// an operation id (`idOp`); the person pays on the provider's page; the provider's
// notification carries only the idOp and is not signed, so the server always asks the
// provider for the result. Implementations are called from worker threads at once.
class PaymentProvider
{
public:
    // How long a payment may stay in progress; past it the top-up expires.
    static constexpr qint64 PaymentLifetimeMs = 20LL * 60 * 1000;

    // Expired: the provider no longer knows the operation (PayFiP's fault P1: past its life,
    // or purged), so it can never be paid.
    enum class Outcome { InProgress, Paid, Refused, Abandoned, Expired };

    // What is asked of the provider. The provider checks and shapes each field to its own
    // rules (PayFiP: accents stripped from `object`); a field it cannot send throws.
    struct Request
    {
        QString refdet; // our own reference of what is paid, 6 to 30 alphanumerics
        qint64 amountCents = 0;
        QString email; // the payer's, for the provider's receipt (PayFiP's mel)
        QString object; // what is paid, in the town hall's words (PayFiP's objet)
        qint64 now = 0; // ms since the epoch
    };

    struct Created
    {
        QString idOp;
        QUrl paymentUrl; // where the person pays
    };

    struct Status
    {
        Outcome outcome = Outcome::InProgress;
        QString refdet;
        qint64 amountCents = 0;
        // When paid: the bank's authorisation number and when the provider took the payment
        // (ms since the epoch; 0 when it does not say). Empty for the sandbox's own page.
        QString authorisation;
        qint64 paidAt = 0;
    };

    virtual ~PaymentProvider() = default;

    virtual QString name() const = 0;
    // Registers a payment; throws (DbError, or the adapter's error) when the provider cannot.
    virtual Created create(const Request& request) = 0;
    // What the provider says of the operation; nullopt when it does not know it.
    virtual std::optional<Status> status(const QString& idOp) = 0;

    // PayFiP's resultrans: P or V paid, R or Z refused, A abandoned, anything else in progress.
    static Outcome fromResultrans(const QString& resultrans);
    // 6 to 30 ASCII letters and digits.
    static bool isRefdet(const QString& text);
    // What an idOp may look like on the wire (1 to 64 of [A-Za-z0-9-]), checked before any
    // look-up.
    static bool isIdOp(const QString& text);
};

} // namespace citoyens::server
