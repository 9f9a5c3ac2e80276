#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>

#include <memory>

class QTcpSocket;

namespace citoyens::server {

// A route that takes a larger body than a connection's default allowance (file uploads).
struct InflowRule
{
    QByteArray method; // "POST"
    QRegularExpression path; // matched against the request line's path, query removed
    qint64 maxBody = 0; // the route's own limit: it answers 413 above it
};
using InflowRules = QList<InflowRule>;

// Qt HttpServer 6.4 reads a whole request body into memory before any handler sees it, so
// a per-route limit (JsonBody, 64 KiB) cannot stop a client that streams megabytes. The guard
// watches a connection and aborts it once it has sent more than `limit` bytes without the
// server having answered anything in between.
//
// For the routes named by `rules` it reads the request head as it arrives: a declared
// Content-Length over the route's limit (plus Slack) is answered 413 at once and the
// connection closed before the body is taken in; otherwise the allowance of that request
// grows to the route's limit plus Slack, so that the route itself can answer (201, or 413
// just above its limit).
class InflowGuard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InflowGuard)

public:
    // Room for the request head and for a body a little over a route's limit, which the
    // route answers with a proper 413.
    static constexpr qint64 Slack = 64 * 1024;

    // The guard lives as a child of the socket. Must be attached before anything else
    // connects to the socket's readyRead (so it sees each chunk before it is consumed).
    static void attach(QTcpSocket* socket, qint64 limit, std::shared_ptr<const InflowRules> rules = {});

private:
    InflowGuard(QTcpSocket* socket, qint64 limit, std::shared_ptr<const InflowRules> rules);
    void onReadyRead();
    void inspectHead();
    void refuseTooLarge();

    QTcpSocket* m_socket;
    qint64 m_limit;
    std::shared_ptr<const InflowRules> m_rules;
    qint64 m_currentLimit;
    qint64 m_unanswered = 0;
    bool m_headSeen = false;
    bool m_refused = false;
};

} // namespace citoyens::server
