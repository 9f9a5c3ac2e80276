#pragma once

// Helpers of the reservations tests: families with an approved request and an approved child,
// funded wallets, the days of a month and the outcomes of a booking read back.

#include "WalletTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace support {

inline const QString AllegreChildren = QStringLiteral("allegre-reservation-pour-enfants");

// A parent whose request for `serviceId` (quotient 391: bracket "inf 399") and whose child
// `firstName` Martin, born on `birthDate`, the commune's agent `agent` approved, with `fundCents`
// in the wallet.
struct Family
{
    Person parent;
    QString requestId;
    QString childId;
};

inline Family approvedFamily(const TestServer& server, TestHttp& agent, const QString& serviceId, qint64 fundCents,
                             const QString& firstName = QStringLiteral("Léa"),
                             const QString& birthDate = QStringLiteral("2019-06-14"))
{
    Family f { newCitizen(server), {}, {} };
    const TestReply created = subscribe(*f.parent.http, serviceId);
    if (created.status != 201)
        return f;
    const QString child = newChild(*f.parent.http,
                                   QJsonObject { { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                                 { QStringLiteral("firstName"), firstName },
                                                 { QStringLiteral("birthDate"), birthDate } });
    if (agent.post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(created)), decision("approve")).status
            != 200
        || !approveChild(agent, child))
        return f;
    if (fundCents > 0 && !fund(*f.parent.http, fundCents))
        return f;
    f.requestId = idOf(created);
    f.childId = child;
    return f;
}

inline QJsonObject bookDates(const Family& f, const QStringList& dates, const QString& itemId = {})
{
    QJsonObject body { { QStringLiteral("subscriptionId"), f.requestId },
                       { QStringLiteral("beneficiaryId"), f.childId },
                       { QStringLiteral("dates"), QJsonArray::fromStringList(dates) } };
    if (!itemId.isEmpty())
        body.insert(QStringLiteral("itemId"), itemId);
    return body;
}

inline QJsonObject bookPattern(const Family& f, const QJsonObject& pattern)
{
    return QJsonObject { { QStringLiteral("subscriptionId"), f.requestId },
                         { QStringLiteral("beneficiaryId"), f.childId },
                         { QStringLiteral("pattern"), pattern } };
}

inline TestReply daysOf(const Family& f, const QString& from, const QString& to, const QString& extra = {})
{
    return f.parent.http->get(QStringLiteral("/me/subscriptions/%1/days?beneficiaryId=%2&from=%3&to=%4%5")
                                  .arg(f.requestId, f.childId, from, to, extra));
}

// The objects of `array` by their `date`.
inline QHash<QString, QJsonObject> byDate(const QJsonArray& array)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue& v : array)
        out.insert(v.toObject().value(QStringLiteral("date")).toString(), v.toObject());
    return out;
}

inline qint64 centsOf(const QJsonObject& o, const QString& field)
{
    return o.value(field).toInteger(-1);
}

// The dates of `outcomes` whose status is `status`, in order.
// The reservation id of a booking answer's first outcome.
inline QString firstReservationId(const TestReply& booking)
{
    return booking.json()
        .value(QStringLiteral("outcomes"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("reservationId"))
        .toString();
}

inline QStringList datesWith(const QJsonArray& outcomes, const QString& status)
{
    QStringList out;
    for (const QJsonValue& v : outcomes) {
        if (v.toObject().value(QStringLiteral("status")).toString() == status)
            out.append(v.toObject().value(QStringLiteral("date")).toString());
    }
    return out;
}

// POST /me/reservations sent at once, each by its family, with a key of its own, on its own
// connection; the answers in the order of `calls`.
inline QList<TestReply> bookAtOnce(const TestServer& server, const QList<std::pair<const Family*, QJsonObject>>& calls)
{
    ParallelRequests burst(server, {});
    for (const auto& [family, body] : calls) {
        burst.add(
            { "POST",
              QStringLiteral("/me/reservations"),
              QJsonDocument(body).toJson(QJsonDocument::Compact),
              "application/json",
              { { "Authorization", "Bearer " + family->parent.token }, { "Idempotency-Key", newKey().toLatin1() } } });
    }
    return burst.run();
}

// A second server process on `first`'s database whose booking clock starts at `now`: the
// same data seen at another instant, without waiting for it.
inline std::unique_ptr<TestServer> serverAt(const TestServer& first, const QString& now)
{
    auto server
        = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data"), QStringLiteral("--now"), now });
    server->shareStorageWith(first);
    if (!server->start())
        return nullptr;
    return server;
}

// The same signed-in person talking to another server process.
inline std::unique_ptr<TestHttp> clientOf(const TestServer& server, const Person& person)
{
    auto http = std::make_unique<TestHttp>(server);
    http->setBearer(person.token);
    return http;
}

} // namespace support
