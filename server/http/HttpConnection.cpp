#include "HttpConnection.h"

#include "HttpServer.h"
#include "Logging.h"
#include "models/ProblemCodes.h"

#include <QPointer>
#include <QSslSocket>
#include <QThread>

#include <utility>

namespace citoyens::server {

namespace {

// The socket keeps at most this much unread input: past it the kernel's window closes and
// the client waits (TCP flow control), whatever it sends.
constexpr qint64 SocketReadBuffer = 64 * 1024;

// The most input drained after a refusal (the largest upload a route takes, and a little).
constexpr qint64 MaxDrainedBody = 11 * 1024 * 1024;

qint64 pendingOutput(QTcpSocket* socket)
{
    qint64 pending = socket->bytesToWrite();
    if (auto* ssl = qobject_cast<QSslSocket*>(socket))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer& server, QObject* loop, const QHostAddress& peer,
                               bool trustedPeer, std::shared_ptr<HttpServer::Slot> slot)
    : QObject(loop)
    , m_socket(socket)
    , m_server(server)
    , m_peer(peer)
    , m_trustedPeer(trustedPeer)
    , m_slot(std::move(slot))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    m_slot->connection = this;
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::goAway);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::goAway);
}

HttpConnection::~HttpConnection()
{
    m_cancelled->store(true);
    if (m_reservedBody > 0)
        m_server.releaseBody(m_reservedBody);
    m_slot->connection = nullptr;
    m_server.connectionClosed(*m_slot);
}

void HttpConnection::startTls()
{
    auto* ssl = static_cast<QSslSocket*>(m_socket);
    connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::start);
    connect(ssl, &QSslSocket::sslErrors, this, [this]() { goAway(); });
    arm(m_server.limits().handshakeTimeoutMs);
    // The handshake starts with the client's first bytes, which the unencrypted socket leaves
    // where they are for it (QSslSocket reads them from its TCP socket). Until then, a
    // connection is only a place in the table: the first one given up, and closed after
    // handshakeStartMs when the table fills up. A real client sends its ClientHello at once.
    m_firstBytes = connect(ssl, &QIODevice::readyRead, this, &HttpConnection::beginHandshake);
    connect(&m_silenceTimer, &QTimer::timeout, this, &HttpConnection::onSilence);
    m_silenceTimer.start(m_server.limits().handshakeStartMs);
}

void HttpConnection::beginHandshake()
{
    disconnect(m_firstBytes);
    m_silenceTimer.stop();
    if (!m_server.advance(*m_slot, HttpServer::Stage::Handshaking)) {
        evict();
        return;
    }
    static_cast<QSslSocket*>(m_socket)->startServerEncryption();
}

void HttpConnection::onSilence()
{
    // Checked again every handshakeStartMs until the handshake timeout: the pressure may
    // come after the connection.
    if (m_state != State::Handshake || !m_server.giveUpUnderPressure(*m_slot))
        return;
    qCDebug(lcHttp).noquote() << "closing a silent connection from" << m_peer.toString() << "under pressure";
    m_socket->abort();
    goAway();
}

void HttpConnection::evict()
{
    if (m_state == State::Gone)
        return;
    qCDebug(lcHttp).noquote() << "connection from" << m_peer.toString() << "gives its place to a newcomer";
    m_socket->abort();
    goAway();
}

void HttpConnection::start()
{
    m_silenceTimer.stop();
    if (!m_server.advance(*m_slot, HttpServer::Stage::Fresh)) {
        evict();
        return;
    }
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    m_state = State::Idle;
    arm(m_server.limits().keepAliveTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::arm(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::onReadyRead()
{
    switch (m_state) {
    case State::Idle:
        if (!m_waitingForDrain)
            readHead();
        break;
    case State::Head:
        readHead();
        break;
    case State::Body:
        readBody();
        break;
    case State::Draining:
        drain();
        break;
    case State::Handshake:
    case State::Verifying:
    case State::Handling:
    case State::Gone:
        // Left in the socket (bounded by its read buffer) until this request is answered.
        break;
    }
}

void HttpConnection::readHead()
{
    const qsizetype maxHead = HttpHeadParser::Limits().maxHeadBytes;
    if (m_buffer.size() <= maxHead)
        m_buffer += m_socket->read(maxHead + 1 - m_buffer.size());
    if (m_buffer.isEmpty())
        return;
    if (m_state == State::Idle) {
        // Its place was given to a newcomer while it was idle: the request is not taken.
        if (!m_server.advance(*m_slot, HttpServer::Stage::Busy)) {
            evict();
            return;
        }
        m_state = State::Head;
        arm(m_server.limits().headTimeoutMs);
    }
    HttpHeadParser::Result parsed = HttpHeadParser::parse(m_buffer, HttpHeadParser::Limits());
    switch (parsed.status) {
    case HttpHeadParser::Status::Incomplete:
        return;
    case HttpHeadParser::Status::Invalid:
        m_ctx = RequestContext::forTransport(m_peer);
        answerProblem(parsed.errorStatus, parsed.errorCode);
        return;
    case HttpHeadParser::Status::Complete:
        m_buffer.remove(0, parsed.consumed);
        admit(std::move(parsed.head));
        return;
    }
}

void HttpConnection::admit(HttpRequestHead head)
{
    m_head = std::move(head);
    if (!RequestContext::fromHead(m_head, m_peer, m_trustedPeer, &m_ctx)) {
        answerProblem(400, ProblemCode::BadRequest);
        return;
    }
    HttpRequestHandler::Admission admission = m_server.handler().admit(m_ctx, m_head.contentLength);
    switch (admission.kind) {
    case HttpRequestHandler::Admission::Kind::Answer:
        // An unread body cannot stay on a connection that goes on: close after this answer.
        writeResponse(admission.answer, m_head.keepAlive && m_head.contentLength == 0);
        return;
    case HttpRequestHandler::Admission::Kind::VerifyFirst:
        m_bodyLimit = admission.bodyLimit;
        m_state = State::Verifying;
        m_timer.stop();
        m_server.handler().verify(m_ctx, callbackTo(&HttpConnection::onVerified));
        return;
    case HttpRequestHandler::Admission::Kind::ReadBody:
        m_bodyLimit = admission.bodyLimit;
        beginBody();
        return;
    }
}

void HttpConnection::onVerified(HttpResponse response)
{
    if (m_state != State::Verifying)
        return;
    if (response.statusCode() != HttpRequestHandler::Proceed) {
        writeResponse(response, m_head.keepAlive && m_head.contentLength == 0);
        return;
    }
    beginBody();
}

void HttpConnection::beginBody()
{
    const qint64 length = m_head.contentLength;
    if (length > m_bodyLimit) {
        answerProblem(413, ProblemCode::PayloadTooLarge);
        return;
    }
    if (!m_server.reserveBody(length)) {
        qCWarning(lcHttp) << "body budget exhausted: answering 503 to" << m_ctx.remoteAddress.toString();
        answerProblem(503, ProblemCode::ServerBusy);
        return;
    }
    m_reservedBody = length;
    m_ctx.body.reserve(length);
    const qsizetype fromBuffer = std::min<qsizetype>(length, m_buffer.size());
    m_ctx.body.append(m_buffer.constData(), fromBuffer);
    m_buffer.remove(0, fromBuffer);
    if (m_head.expectContinue && m_ctx.body.size() < length)
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    m_state = State::Body;
    // However it trickles, a body has to arrive at a modest rate overall (16 KiB/s).
    m_bodyClock.start();
    m_bodyDeadlineMs = m_server.limits().bodyTimeoutMs + length / 16;
    armBodyTimer();
    readBody();
}

void HttpConnection::readBody()
{
    const qint64 missing = m_head.contentLength - m_ctx.body.size();
    if (missing > 0) {
        const QByteArray chunk = m_socket->read(missing);
        if (chunk.isEmpty())
            return;
        m_ctx.body += chunk;
        armBodyTimer();
        if (m_ctx.body.size() < m_head.contentLength)
            return;
    }
    dispatch();
}

void HttpConnection::armBodyTimer()
{
    const qint64 left = m_bodyDeadlineMs - m_bodyClock.elapsed();
    arm(int(std::clamp<qint64>(left, 0, m_server.limits().bodyTimeoutMs)));
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    m_timer.stop();
    RequestContext ctx = std::exchange(m_ctx, RequestContext());
    // May answer before it returns (a quick read runs on this thread).
    m_server.handler().handle(std::move(ctx), callbackTo(&HttpConnection::onAnswer), m_cancelled);
}

void HttpConnection::onAnswer(HttpResponse response)
{
    if (m_state != State::Handling)
        return;
    writeResponse(response, m_head.keepAlive);
}

HttpRequestHandler::Done HttpConnection::callbackTo(void (HttpConnection::*slot)(HttpResponse))
{
    QPointer<HttpConnection> self(this);
    QObject* loop = parent();
    QThread* home = thread();
    return [self, slot, loop, home](HttpResponse response) {
        if (QThread::currentThread() == home) {
            if (self)
                (self.data()->*slot)(std::move(response));
            return;
        }
        // The I/O thread's context object outlives every connection on it, and the server
        // stops only after the workers are done: the answer is delivered through it, and
        // the connection is looked up again on its own thread.
        QMetaObject::invokeMethod(
            loop,
            [self, slot, response = std::move(response)]() mutable {
                if (self)
                    (self.data()->*slot)(std::move(response));
            },
            Qt::QueuedConnection);
    };
}

void HttpConnection::answerProblem(int status, const QString& code)
{
    const HttpResponse response = m_server.handler().transportProblem(m_ctx, status, code);
    writeResponse(response, false);
}

void HttpConnection::writeResponse(const HttpResponse& response, bool keepAlive)
{
    if (m_state == State::Gone)
        return;
    // Input of this request that was never read: known once the head was understood.
    m_unreadInput = m_head.method.isEmpty()
        ? -1
        : std::max<qint64>(0, m_head.contentLength - m_ctx.body.size() - m_buffer.size());
    if (m_reservedBody > 0) {
        m_server.releaseBody(m_reservedBody);
        m_reservedBody = 0;
    }
    m_ctx.body = QByteArray();
    const int status = response.statusCode();
    const bool hasBody = status >= 200 && status != 204 && status != 304;
    QByteArray out;
    out.reserve(256 + response.body().size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : response.headers())
        out += name + ": " + value + "\r\n";
    if (hasBody)
        out += "Content-Length: " + QByteArray::number(response.body().size()) + "\r\n";
    out += "Date: " + m_server.httpDate() + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (m_head.minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (hasBody)
        out += response.body();
    m_socket->write(out);
    if (m_state == State::Gone)
        return; // the write found the connection closed
    if (!keepAlive) {
        closeAfterWrite();
        return;
    }
    m_head = HttpRequestHead();
    m_state = State::Idle;
    m_server.advance(*m_slot, HttpServer::Stage::KeepAlive); // a busy connection keeps its place
    arm(m_server.limits().keepAliveTimeoutMs);
    continueWithNextRequest();
}

void HttpConnection::continueWithNextRequest()
{
    // A client that pipelines requests without reading the answers would have us hold them
    // all: the next request waits until what was written has mostly left.
    if (pendingOutput(m_socket) > m_server.limits().maxBufferedResponseBytes) {
        m_waitingForDrain = true;
        return;
    }
    m_waitingForDrain = false;
    // Through the event loop, not a call: a pipeline of requests answered from their heads
    // (404, 401...) would otherwise nest one call per request.
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(
            this,
            [this]() {
                if (m_state == State::Idle && !m_waitingForDrain)
                    readHead();
            },
            Qt::QueuedConnection);
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_waitingForDrain && m_state == State::Idle)
        continueWithNextRequest();
}

void HttpConnection::closeAfterWrite()
{
    // Closing at once with input still unread would make the kernel reset the connection,
    // and the client could lose the answer: discard input a moment, then close.
    m_state = State::Draining;
    m_buffer = QByteArray();
    arm(m_server.limits().lingerMs);
    drain();
}

void HttpConnection::drain()
{
    const qint64 skipped = std::max<qint64>(0, m_socket->skip(m_socket->bytesAvailable()));
    if (m_unreadInput > 0) {
        m_unreadInput = std::max<qint64>(0, m_unreadInput - skipped);
        // A body of a size a route could take is drained to its end while it keeps coming,
        // so that the client reads the answer rather than a reset; anything else gets the
        // fixed linger only.
        if (skipped > 0 && m_unreadInput <= MaxDrainedBody)
            arm(m_server.limits().lingerMs);
    }
    if (m_unreadInput == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Head:
    case State::Body:
        qCInfo(lcHttp).noquote() << "request from" << m_peer.toString() << "timed out";
        if (m_state == State::Head)
            m_ctx = RequestContext::forTransport(m_peer);
        answerProblem(408, ProblemCode::RequestTimeout);
        return;
    case State::Handshake:
    case State::Idle:
    case State::Draining:
        m_socket->abort();
        goAway();
        return;
    case State::Verifying:
    case State::Handling:
    case State::Gone:
        return;
    }
}

void HttpConnection::goAway()
{
    if (m_state == State::Gone)
        return;
    m_state = State::Gone;
    m_cancelled->store(true);
    m_timer.stop();
    m_silenceTimer.stop();
    deleteLater();
}

} // namespace citoyens::server
