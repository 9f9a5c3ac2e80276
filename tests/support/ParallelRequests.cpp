#include "ParallelRequests.h"

#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

ParallelRequests::ParallelRequests(const TestServer& server, QByteArray bearer)
    : m_server(server)
    , m_bearer(std::move(bearer))
{ }

ParallelRequests::~ParallelRequests() = default;

void ParallelRequests::addPosts(const QString& path, const QJsonObject& body, int count,
                                const TestHttp::Headers& headers)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (int i = 0; i < count; ++i)
        add({ "POST", path, bytes, "application/json", headers });
}

QList<TestReply> ParallelRequests::postAtOnce(const TestServer& server, const QString& path, const QJsonObject& body,
                                              const QList<QByteArray>& bearers, int timeoutMs)
{
    ParallelRequests posts(server, {});
    for (const QByteArray& bearer : bearers) {
        posts.addPosts(path, body, 1,
                       bearer.isEmpty() ? TestHttp::Headers {}
                                        : TestHttp::Headers { { "Authorization", "Bearer " + bearer } });
    }
    return posts.run(timeoutMs);
}

QList<TestReply> ParallelRequests::run(int timeoutMs)
{
    start();
    return finish(timeoutMs);
}

void ParallelRequests::start()
{
    for (const Call& c : m_calls) {
        m_clients.push_back(std::make_unique<TestHttp>(m_server));
        m_clients.back()->setBearer(m_bearer);
        m_replies.append(m_clients.back()->start(c.verb, c.path, c.body, c.contentType, c.headers));
    }
}

bool ParallelRequests::finished() const
{
    for (QNetworkReply* r : m_replies) {
        if (!r->isFinished())
            return false;
    }
    return true;
}

QList<TestReply> ParallelRequests::finish(int timeoutMs)
{
    // Unfinished calls are reported below as "no answer".
    const bool done = QTest::qWaitFor([this] { return finished(); }, timeoutMs);
    Q_UNUSED(done);
    QList<TestReply> out;
    for (QNetworkReply* r : m_replies)
        out.append(TestHttp::read(r));
    m_replies.clear();
    m_clients.clear();
    return out;
}
