#include "InflowGuard.h"

#include "Logging.h"
#include "ProblemTexts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUuid>

namespace citoyens::server {

namespace {

// A request head longer than this is not one of ours to inspect.
constexpr qint64 MaxHeadBytes = 16 * 1024;

// The value of a header in a raw request head, empty when absent.
QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& lowerName)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

void InflowGuard::attach(QTcpSocket* socket, qint64 limit, std::shared_ptr<const InflowRules> rules)
{
    if (socket)
        new InflowGuard(socket, limit, std::move(rules));
}

InflowGuard::InflowGuard(QTcpSocket* socket, qint64 limit, std::shared_ptr<const InflowRules> rules)
    : QObject(socket)
    , m_socket(socket)
    , m_limit(limit)
    , m_rules(std::move(rules))
    , m_currentLimit(limit)
{
    connect(m_socket, &QIODevice::readyRead, this, &InflowGuard::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, [this]() {
        if (m_refused) {
            if (m_socket->bytesToWrite() == 0)
                m_socket->disconnectFromHost();
            return;
        }
        m_unanswered = 0;
        m_headSeen = false;
        m_currentLimit = m_limit;
    });
}

void InflowGuard::onReadyRead()
{
    if (m_refused) {
        // Whatever else comes is dropped unread; the 413 is on its way out.
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (!m_headSeen && m_rules && !m_rules->isEmpty())
        inspectHead();
    if (m_refused)
        return;
    m_unanswered += m_socket->bytesAvailable();
    if (m_unanswered > m_currentLimit) {
        qCWarning(lcHttp).noquote() << "closing a connection from" << m_socket->peerAddress().toString()
                                    << "that sent more than" << m_currentLimit << "bytes without an answer";
        m_socket->abort();
    }
}

void InflowGuard::inspectHead()
{
    const QByteArray peeked = m_socket->peek(MaxHeadBytes);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        // Not all there yet (or too long to be ours): look again at the next chunk.
        m_headSeen = peeked.size() >= MaxHeadBytes;
        return;
    }
    m_headSeen = true;
    const QList<QByteArray> lines = peeked.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return;
    const QByteArray method = requestLine.at(0);
    const QString path = QString::fromLatin1(requestLine.at(1).split('?').first());
    for (const InflowRule& rule : *m_rules) {
        if (rule.method != method || !rule.path.match(path).hasMatch())
            continue;
        const QByteArray declared = headerValue(lines, "content-length");
        bool ok = false;
        const qint64 size = declared.toLongLong(&ok);
        if (!declared.isEmpty() && (!ok || size > rule.maxBody + Slack)) {
            refuseTooLarge();
            return;
        }
        m_currentLimit = std::max(m_limit, rule.maxBody + Slack + end + 4);
        return;
    }
}

void InflowGuard::refuseTooLarge()
{
    m_refused = true;
    qCInfo(lcHttp).noquote() << "refused a body declared larger than allowed from"
                             << m_socket->peerAddress().toString();
    const QString code = QStringLiteral("payload_too_large");
    const QByteArray body
        = QJsonDocument(QJsonObject {
                            { QStringLiteral("type"), QStringLiteral("urn:citoyens:problem:") + code },
                            { QStringLiteral("title"), ProblemTexts::title(code, QStringLiteral("fr")) },
                            { QStringLiteral("status"), 413 },
                            { QStringLiteral("detail"), ProblemTexts::detail(code, QStringLiteral("fr")) },
                            { QStringLiteral("code"), code },
                        })
              .toJson(QJsonDocument::Compact);
    const QByteArray response = QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n"
                                                  "Content-Type: application/problem+json\r\n"
                                                  "Content-Language: fr\r\n"
                                                  "Cache-Control: no-store\r\n"
                                                  "Connection: close\r\n"
                                                  "X-Request-Id: ")
        + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + QByteArrayLiteral("\r\nContent-Length: ")
        + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(response);
}

} // namespace citoyens::server
