#include "TopUpOperation.h"

#include "api/ApiCall.h"
#include "api/WalletApi.h"
#include "models/Money.h"

namespace citoyens {

namespace {

// After expiresAt the provider no longer takes the payment; the server settles it at its next
// pass. Past this grace the client stops asking and says it expired.
constexpr std::chrono::minutes ExpiryGrace { 2 };

} // namespace

TopUpOperation::TopUpOperation(WalletApi* api, UrlOpener opener, std::chrono::milliseconds interval, QObject* parent)
    : Operation(parent)
    , m_api(api)
    , m_opener(std::move(opener))
{
    m_timer.setInterval(interval);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TopUpOperation::poll);
    connect(this, &Operation::finished, &m_timer, &QTimer::stop);
}

QString TopUpOperation::finalText(const QString& status, qint64 amountCents)
{
    if (status == TopUp::StatusPaid)
        return tr("Payment accepted, %1 credited").arg(Money::fromCents(amountCents).toFrench());
    if (status == TopUp::StatusRefused)
        return tr("Payment refused");
    if (status == TopUp::StatusAbandoned)
        return tr("Payment abandoned");
    if (status == TopUp::StatusExpired)
        return tr("Payment expired");
    return {};
}

QString TopUpOperation::statusText() const
{
    const QString amount = Money::fromCents(m_amountCents).toFrench();
    if (m_topUp.status.isEmpty()) {
        if (state() == State::Failed)
            return error().message;
        return tr("Opening the payment page for %1…").arg(amount);
    }
    if (m_topUp.status == TopUp::StatusPaid && !m_topUp.authorisation.isEmpty())
        return tr("Payment accepted, %1 credited (authorisation no. %2)").arg(amount, m_topUp.authorisation);
    if (m_topUp.isFinal())
        return finalText(m_topUp.status, m_amountCents);
    if (state() == State::Failed)
        return error().message;
    if (!m_pageOpened)
        return tr("The payment page could not be opened. Open this address in your browser to pay %1: %2")
            .arg(amount, m_topUp.paymentUrl.toString());
    return tr("Waiting for the payment of %1 on the payment page…").arg(amount);
}

void TopUpOperation::begin(qint64 amountCents, const QByteArray& idempotencyKey)
{
    m_amountCents = amountCents;
    ApiCall* call = m_api->createTopUp(amountCents, idempotencyKey);
    watch(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->ok())
            return fail(call->error());
        const std::optional<TopUp> topUp = TopUp::fromJson(call->json());
        if (!topUp || topUp->paymentUrl.isEmpty())
            return fail(ApiError::parse(QStringLiteral("unreadable top-up")));
        m_topUp = *topUp;
        m_amountCents = topUp->amountCents;
        m_pageOpened = m_opener && m_opener(m_topUp.paymentUrl);
        Q_EMIT statusChanged();
        if (m_topUp.isFinal())
            settle(m_topUp);
        else
            m_timer.start();
    });
}

void TopUpOperation::poll()
{
    if (!isRunning() || m_polling)
        return;
    ApiCall* call = m_api->topUp(m_topUp.id);
    m_polling = call;
    watch(call);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_polling = nullptr;
        if (call->error().kind == ApiError::Kind::Cancelled)
            return fail(call->error());
        if (call->ok()) {
            if (const std::optional<TopUp> topUp = TopUp::fromJson(call->json()); topUp && topUp->isFinal()) {
                TopUp final = *topUp;
                final.paymentUrl = m_topUp.paymentUrl;
                return settle(final);
            }
        }
        // Still pending, or the network failed for a moment: ask again, until the expiry passed.
        const QDateTime expiry = m_topUp.expiresAt;
        if (expiry.isValid()
            && QDateTime::currentDateTimeUtc()
                > expiry.addSecs(std::chrono::duration_cast<std::chrono::seconds>(ExpiryGrace).count())) {
            TopUp expired = m_topUp;
            expired.status = TopUp::StatusExpired;
            return settle(expired);
        }
        m_timer.start();
    });
}

void TopUpOperation::settle(const TopUp& topUp)
{
    m_topUp = topUp;
    if (topUp.status == TopUp::StatusPaid) {
        succeed();
    } else {
        ApiError e;
        e.kind = ApiError::Kind::Problem;
        e.code = topUp.status;
        e.message = finalText(topUp.status, m_amountCents);
        fail(e);
    }
    Q_EMIT statusChanged();
}

} // namespace citoyens
