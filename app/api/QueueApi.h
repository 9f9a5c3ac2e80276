#pragma once

#include "ApiCall.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace citoyens {

class ApiClient;

// The desk agent's routes: GET /agent/queue, the decisions on a request or a beneficiary, and
// the documents and photos a queued item points at (their `href`, audited by the server), and
// the attendance of a day's booked children (« Pointage »).
class QueueApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueApi)

public:
    explicit QueueApi(ApiClient* client, QObject* parent = nullptr);

    ApiCall* queue(const QByteArray& etag = {});
    // `body`: {decision, reason, documentKind} (subscriptions) or {decision, reason, communeId}.
    // The same key for the same decision sent again: a lost answer is replayed, not refused.
    ApiCall* decideSubscription(const QString& subscriptionId, const QJsonObject& body,
                                const QByteArray& idempotencyKey);
    ApiCall* decideBeneficiary(const QString& beneficiaryId, const QJsonObject& body, const QByteArray& idempotencyKey);
    // An href of the queue ("/api/v1/me/documents/…"): the bytes (call->body()).
    ApiCall* download(const QString& href);
    // GET /agent/attendance: the day's booked children of `serviceId` (the first booked item
    // when `itemId` is empty).
    ApiCall* attendance(const QString& serviceId, const QDate& date, const QString& itemId = {});
    // PUT /agent/reservations/{id}/attendance {attendance}: the child's row.
    ApiCall* markAttendance(const QString& reservationId, const QString& attendance);

private:
    ApiClient* m_client;
};

} // namespace citoyens
