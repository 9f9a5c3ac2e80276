#pragma once

// Small helpers shared by the server integration tests.

#include "TestHttp.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>
#include <QUuid>

namespace support {

inline const QString StrongPassword = QStringLiteral("Velay-Citoyen-2026!");

inline QString uniqueEmail(const QString& prefix = QStringLiteral("user"))
{
    return QStringLiteral("%1.%2@example.org").arg(prefix, QUuid::createUuid().toString(QUuid::Id128).left(10));
}

inline QJsonObject registration(const QString& email, const QString& password = StrongPassword)
{
    return QJsonObject { { QStringLiteral("email"), email },
                         { QStringLiteral("civility"), QStringLiteral("Mme") },
                         { QStringLiteral("firstName"), QStringLiteral("Élise") },
                         { QStringLiteral("lastName"), QStringLiteral("Testeuse") },
                         { QStringLiteral("password"), password },
                         { QStringLiteral("birthDate"), QStringLiteral("1985-04-12") },
                         { QStringLiteral("newsletter"), false },
                         { QStringLiteral("acceptTerms"), true } };
}

inline QJsonObject credentials(const QString& email, const QString& password, bool remember = false)
{
    return QJsonObject { { QStringLiteral("email"), email },
                         { QStringLiteral("password"), password },
                         { QStringLiteral("remember"), remember } };
}

// Registers `email` and types the mailed code back: the Tokens answer (201 expected).
inline TestReply registerAccount(TestHttp& http, const TestServer& server, const QString& email,
                                 const QString& password = StrongPassword, bool remember = false)
{
    const TestReply pending = http.post(QStringLiteral("/auth/register"), registration(email, password));
    if (pending.status != 202)
        return pending;
    return http.post(QStringLiteral("/auth/register/verify"),
                     QJsonObject { { QStringLiteral("email"), email },
                                   { QStringLiteral("code"), server.latestCode(email) },
                                   { QStringLiteral("remember"), remember } });
}

inline QByteArray accessToken(const TestReply& tokens)
{
    return tokens.json().value(QStringLiteral("accessToken")).toString().toLatin1();
}

inline QByteArray refreshToken(const TestReply& tokens)
{
    return tokens.json().value(QStringLiteral("refreshToken")).toString().toLatin1();
}

// The {field, code} pairs of a problem's "errors", as "field:code".
inline QStringList fieldErrors(const TestReply& reply)
{
    QStringList out;
    for (const QJsonValue& e : reply.json().value(QStringLiteral("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        out.append(o.value(QStringLiteral("field")).toString() + QLatin1Char(':')
                   + o.value(QStringLiteral("code")).toString());
    }
    return out;
}

} // namespace support
