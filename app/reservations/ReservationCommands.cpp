#include "ReservationCommands.h"

#include "BookingText.h"

#include "api/ApiCall.h"
#include "api/ReservationApi.h"
#include "models/ProblemCodes.h"
#include "operations/CallOperation.h"
#include "store/WalletRepository.h"
#include "sync/SyncService.h"

namespace citoyens {

namespace {

constexpr int UpcomingDays = 62;

} // namespace

ReservationCommands::ReservationCommands(ApiClient* client, ReservationRepository* reservations,
                                         WalletRepository* wallet, SyncService* sync, QObject* parent)
    : QObject(parent)
    , m_api(new ReservationApi(client, this))
    , m_repository(reservations)
    , m_wallet(wallet)
    , m_sync(sync)
{ }

QDateTime ReservationCommands::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

QDate ReservationCommands::serverToday() const
{
    return BookingText::paris(serverNow()).date();
}

CallOperation* ReservationCommands::refreshMonth(const MonthKey& key)
{
    const QByteArray etag = m_repository->monthEtag(key);
    return CallOperation::start(
        this, {},
        [this, key, etag] {
            return m_api->days(key.subscriptionId, key.beneficiaryId, key.itemId, key.first(), key.last(), etag);
        },
        [this, key](const ApiCall& answer) {
            if (answer.status() == 304)
                return ApiError();
            const std::optional<BookingMonth> month = BookingMonth::fromJson(answer.json());
            if (!month)
                return ApiError::parse(QStringLiteral("unreadable booking days"));
            m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(month->now);
            Q_EMIT serverClockChanged();
            m_repository->saveMonth(key, *month, answer.etag());
            return ApiError();
        });
}

CallOperation* ReservationCommands::refreshUpcoming()
{
    const QDate from = serverToday();
    const QByteArray etag = m_repository->upcomingEtag();
    return CallOperation::start(
        this, {}, [this, from, etag] { return m_api->list(from, from.addDays(UpcomingDays - 1), etag); },
        [this](const ApiCall& answer) {
            if (answer.status() == 304)
                return ApiError();
            const std::optional<QList<ReservationRow>> rows = ReservationRow::listFromJson(answer.json());
            if (!rows)
                return ApiError::parse(QStringLiteral("unreadable reservations"));
            m_repository->replaceUpcoming(*rows, answer.etag());
            return ApiError();
        });
}

BookOperation* ReservationCommands::book(const BookingRequest& request, const QByteArray& idempotencyKey)
{
    auto* operation = new BookOperation(m_api, {}, this);
    connect(operation, &Operation::finished, this, [this, operation] {
        // Booked, or refused for want of money: the balance shown may be stale either way.
        if (operation->succeeded() || operation->error().code == ProblemCode::InsufficientFunds)
            changed(operation->request().subscriptionId, operation->request().beneficiaryId);
    });
    operation->begin(request, idempotencyKey);
    return operation;
}

CallOperation* ReservationCommands::cancel(const QString& reservationId, const QString& subscriptionId,
                                           const QString& beneficiaryId)
{
    CallOperation* operation
        = CallOperation::start(this, {}, [this, reservationId] { return m_api->cancel(reservationId); });
    connect(operation, &Operation::finished, this, [this, operation, subscriptionId, beneficiaryId] {
        // A day whose deadline passed meanwhile, or cancelled elsewhere: the month is stale too.
        if (operation->succeeded() || operation->error().httpStatus == 409 || operation->error().httpStatus == 404)
            changed(subscriptionId, beneficiaryId);
    });
    return operation;
}

void ReservationCommands::changed(const QString& subscriptionId, const QString& beneficiaryId)
{
    m_repository->forgetEtags(subscriptionId, beneficiaryId);
    m_wallet->clearEtag();
    m_sync->sync(SyncService::Resource::Wallet);
    m_sync->sync(SyncService::Resource::Orders);
    refreshUpcoming();
    Q_EMIT reservationsChanged(subscriptionId, beneficiaryId);
}

} // namespace citoyens
