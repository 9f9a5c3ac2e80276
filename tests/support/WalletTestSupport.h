#pragma once

// Helpers shared by the wallet and orders tests: approved requests, top-ups paid through the
// sandbox provider's own page, the server's tables read and aged.

#include "ParallelRequests.h"
#include "ServicesTestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace support {

inline const QByteArray FormType = "application/x-www-form-urlencoded";

inline TestHttp::Headers idempotencyKey(const QString& key)
{
    return { { "Idempotency-Key", key.toLatin1() } };
}

inline QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A citizen whose request for `serviceId` (income 11,750 €, 2.5 parts: quotient 391, bracket
// "inf 399") the commune's agent approved. Returns the request's id.
inline QString approvedRequest(const TestServer& server, Person& citizen, const QString& serviceId = RosieresService)
{
    const TestReply created = subscribe(*citizen.http, serviceId);
    if (created.status != 201)
        return {};
    Person agent
        = signIn(server, QStringLiteral("agent.rosieres@example.org"), QStringLiteral("Guichet-Rosieres-2026"));
    const TestReply decided
        = agent.http->post(QStringLiteral("/agent/subscriptions/%1/decision").arg(idOf(created)), decision("approve"));
    return decided.status == 200 ? idOf(created) : QString();
}

inline TestReply startTopUp(TestHttp& http, qint64 cents, const QString& key = {})
{
    return http.post(QStringLiteral("/me/wallet/top-ups"), { { QStringLiteral("amountCents"), double(cents) } },
                     key.isEmpty() ? TestHttp::Headers {} : idempotencyKey(key));
}

// The idop of a top-up's paymentUrl.
inline QString idOpOf(const TestReply& topUp)
{
    const QUrl url(topUp.json().value(QStringLiteral("paymentUrl")).toString());
    return QUrlQuery(url).queryItemValue(QStringLiteral("idop"));
}

// What the sandbox page's buttons post: action payer, refuser or abandonner.
inline TestReply sandboxAction(TestHttp& http, const QString& idOp, const QString& action)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("idop"), idOp);
    form.addQueryItem(QStringLiteral("action"), action);
    return http.send("POST", QStringLiteral("/sandbox/payfip/paiement"), form.toString(QUrl::FullyEncoded).toUtf8(),
                     FormType);
}

inline TestReply notification(TestHttp& http, const QString& idOp)
{
    return http.send("POST", QStringLiteral("/payments/payfip/notification"), (QStringLiteral("idop=") + idOp).toUtf8(),
                     FormType);
}

inline qint64 balanceOf(TestHttp& http)
{
    return qint64(http.get(QStringLiteral("/me/wallet")).json().value(QStringLiteral("balanceCents")).toDouble(-1));
}

inline QString topUpStatus(TestHttp& http, const QString& id)
{
    return http.get(QStringLiteral("/me/wallet/top-ups/") + id).json().value(QStringLiteral("status")).toString();
}

// Tops the wallet up by `cents` through the sandbox's page and waits until it is credited.
inline bool fund(TestHttp& http, qint64 cents)
{
    const qint64 before = balanceOf(http);
    const TestReply topUp = startTopUp(http, cents);
    if (topUp.status != 201 || sandboxAction(http, idOpOf(topUp), QStringLiteral("payer")).status != 200)
        return false;
    // A status read settles the top-up at once, whether the notification came yet or not.
    return topUpStatus(http, idOf(topUp)) == QLatin1String("paid") && balanceOf(http) == before + cents;
}

// Runs `sql` on the server's own database (SQLite file or PostgreSQL): the tests' one seam to
// age rows as the clock would. Returns the rows affected, -1 on failure.
inline int execOnServerDatabase(const TestServer& server, const QString& sql, const QVariantList& values = {})
{
    const QString name = QStringLiteral("wallet-test-") + QUuid::createUuid().toString(QUuid::Id128);
    int affected = -1;
    {
        QSqlDatabase db = server.addDatabase(name);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(v);
            if (q.exec())
                affected = q.isSelect() ? (q.next() ? q.value(0).toInt() : 0) : q.numRowsAffected();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return affected;
}

} // namespace support
