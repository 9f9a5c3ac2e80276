#pragma once

// Helpers of the desk tests: the demo's agents and administrator, concurrent requests, the
// server's database opened directly to age codes.

#include "ServicesTestSupport.h"

#include "db/Database.h"

#include "ParallelRequests.h"

#include <QSqlQuery>

#include <memory>

namespace support {

inline const QString AdminEmail = QStringLiteral("admin@example.org");
inline const QString AdminPassword = QStringLiteral("Admin-Citoyens-2026");

inline Person demoAgent(const TestServer& server, const QString& commune)
{
    QString cap = commune;
    cap[0] = cap.at(0).toUpper();
    return signIn(server, QStringLiteral("agent.%1@example.org").arg(commune),
                  QStringLiteral("Guichet-%1-2026").arg(cap));
}

// One POST per bearer, each on its own connection, all sent before any answer comes back;
// their statuses in the order of `bearers`.
inline QList<int> concurrentPosts(const TestServer& server, const QString& path, const QJsonObject& body,
                                  const QList<QByteArray>& bearers)
{
    QList<int> statuses;
    for (const TestReply& reply : ParallelRequests::postAtOnce(server, path, body, bearers))
        statuses.append(reply.status);
    return statuses;
}

inline std::unique_ptr<citoyens::server::Database> openServerDatabase(const TestServer& server)
{
    citoyens::server::DatabaseSettings settings;
    QString error;
    if (!citoyens::server::DatabaseSettings::parse(server.databaseUrl(), &settings, &error))
        return nullptr;
    return std::make_unique<citoyens::server::Database>(settings);
}

// The audit entries `admin` reads with `query` ("agent=…&citizen=…").
inline QJsonArray auditEntries(TestHttp& admin, const QString& query)
{
    return admin.get(QStringLiteral("/admin/audit?") + query).json().value(QStringLiteral("entries")).toArray();
}

inline QStringList actionsIn(const QJsonArray& entries)
{
    QStringList out;
    for (const QJsonValue& e : entries)
        out.append(e.toObject().value(QStringLiteral("action")).toString());
    return out;
}

} // namespace support
