#pragma once

#include "TestHttp.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class TestServer;

// Requests sent at once, each on its own connection (a TestHttp of its own), answered in any
// order: what concurrent clients do. The one parallel sender of the tests.
class ParallelRequests
{
public:
    struct Call
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QByteArray contentType;
        TestHttp::Headers headers; // after the bearer: an "Authorization" here replaces it
    };

    ParallelRequests(const TestServer& server, QByteArray bearer);
    ~ParallelRequests();

    void add(const Call& call) { m_calls.push_back(call); }
    // `count` POSTs of the same JSON body.
    void addPosts(const QString& path, const QJsonObject& body, int count, const TestHttp::Headers& headers = {});

    // One POST of `body` per bearer (none for an empty one), all sent before any answer comes
    // back; the answers in the order of `bearers`.
    static QList<TestReply> postAtOnce(const TestServer& server, const QString& path, const QJsonObject& body,
                                       const QList<QByteArray>& bearers, int timeoutMs = 60000);

    // Sends every call, then waits for every answer (at most `timeoutMs`).
    QList<TestReply> run(int timeoutMs = TestHttp::TimeoutMs);
    // Sends every call without waiting.
    void start();
    bool finished() const;
    // Waits for the answers of start()'s calls (at most `timeoutMs`); the unfinished ones read
    // as "no answer".
    QList<TestReply> finish(int timeoutMs = TestHttp::TimeoutMs);

private:
    const TestServer& m_server;
    QByteArray m_bearer;
    std::vector<Call> m_calls;
    std::vector<std::unique_ptr<TestHttp>> m_clients;
    QList<QNetworkReply*> m_replies;
};
