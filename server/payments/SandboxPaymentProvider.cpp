#include "SandboxPaymentProvider.h"

#include "db/Database.h"
#include "db/SqlTransaction.h"

#include <QRandomGenerator>
#include <QUrlQuery>

namespace citoyens::server {

namespace {

QString newIdOp()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

} // namespace

SandboxPaymentProvider::SandboxPaymentProvider(Database& database, std::function<QString()> paymentPageUrl,
                                               std::function<void(const QString&)> notify)
    : m_database(database)
    , m_pageUrl(std::move(paymentPageUrl))
    , m_notify(std::move(notify))
{ }

PaymentProvider::Created SandboxPaymentProvider::create(const Request& request)
{
    Created created;
    created.idOp = newIdOp();
    // The provider's book, not a change of the person's (no audit entry of its own).
    SqlTransaction tx(m_database, SqlTransaction::Kind::Bookkeeping);
    Database::run(tx.db(),
                  QStringLiteral("INSERT INTO sandbox_payments (id_op, refdet, amount_cents, result, created_at) "
                                 "VALUES (?, ?, ?, NULL, ?)"),
                  { created.idOp, request.refdet, request.amountCents, request.now });
    tx.commit();
    QUrl url(m_pageUrl());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("idop"), created.idOp);
    url.setQuery(query);
    created.paymentUrl = url;
    return created;
}

std::optional<SandboxPaymentProvider::Payment> SandboxPaymentProvider::find(const QString& idOp)
{
    if (!isIdOp(idOp))
        return std::nullopt;
    QSqlQuery q = Database::run(
        m_database.connection(),
        QStringLiteral("SELECT id_op, refdet, amount_cents, result, created_at FROM sandbox_payments WHERE id_op = ?"),
        { idOp });
    if (!q.next())
        return std::nullopt;
    return Payment { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).isNull() ? QString() : q.value(3).toString(), q.value(4).toLongLong() };
}

std::optional<PaymentProvider::Status> SandboxPaymentProvider::status(const QString& idOp)
{
    // Counted as PayFiP counts the calls it answers: how often the server asked is visible in
    // the provider's own book (sandbox_payments.lookups), whatever the server believes.
    if (isIdOp(idOp))
        Database::run(m_database.connection(),
                      QStringLiteral("UPDATE sandbox_payments SET lookups = lookups + 1 WHERE id_op = ?"), { idOp });
    const std::optional<Payment> p = find(idOp);
    if (!p)
        return std::nullopt;
    return Status { fromResultrans(p->result), p->refdet, p->amountCents, QString(), 0 };
}

SandboxPaymentProvider::Decided SandboxPaymentProvider::decide(const QString& idOp, Action action, qint64 now)
{
    const std::optional<Payment> p = find(idOp);
    if (!p)
        return Decided::Unknown;
    if (!p->result.isEmpty())
        return Decided::AlreadyDecided;
    if (now - p->createdAt >= PaymentLifetimeMs)
        return Decided::Expired;
    const QString result = action == Action::Pay ? QStringLiteral("P")
        : action == Action::Refuse               ? QStringLiteral("R")
                                                 : QStringLiteral("A");
    SqlTransaction tx(m_database, SqlTransaction::Kind::Bookkeeping);
    const int n = Database::run(tx.db(),
                                QStringLiteral("UPDATE sandbox_payments SET result = ?, decided_at = ? "
                                               "WHERE id_op = ? AND result IS NULL AND created_at > ?"),
                                { result, now, idOp, now - PaymentLifetimeMs })
                      .numRowsAffected();
    tx.commit();
    if (n != 1)
        return Decided::AlreadyDecided;
    if (m_notify)
        m_notify(idOp);
    return Decided::Done;
}

} // namespace citoyens::server
