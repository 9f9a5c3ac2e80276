#pragma once

#include "HttpRequestHandler.h"
#include "HttpRequestHead.h"
#include "HttpServer.h"
#include "RequestContext.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace citoyens::server {

// One client connection, living on one of the server's I/O threads (its parent `loop` is
// that thread's context object): reads one request at a time (a pipelined request waits for
// the answer before it), hands it to the HttpRequestHandler, writes the answer, and enforces
// the server's HttpLimits on the way. The connection owns its socket. When the client goes,
// the connection is deleted: an answer that arrives later from a worker finds nothing and is
// dropped, and work still queued for it is cancelled (HttpRequestHandler::CancelFlag).
class HttpConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(QTcpSocket* socket, HttpServer& server, QObject* loop, const QHostAddress& peer, bool trustedPeer,
                   std::shared_ptr<HttpServer::Slot> slot);
    ~HttpConnection() override;

    void start(); // plain TCP
    void startTls(); // server handshake first (QSslSocket), once the client's first bytes are there
    // Its place was given to a newcomer (HttpServer::evictLocked): closed at once.
    void evict();

private:
    enum class State {
        Handshake,
        Idle, // between requests
        Head, // the first bytes of a request have arrived
        Verifying, // admit() asked to verify before the body
        Body,
        Handling, // a worker has the request
        Draining, // answered and closing: unread input is discarded for a moment
        Gone,
    };

    void beginHandshake();
    void onSilence();
    void onReadyRead();
    void readHead();
    void admit(HttpRequestHead head);
    void beginBody();
    void readBody();
    void dispatch();
    void onVerified(HttpResponse response);
    void onAnswer(HttpResponse response);
    void onTimeout();
    void onBytesWritten();
    void goAway();

    // Writes `response`; then either waits for the next request or closes.
    void writeResponse(const HttpResponse& response, bool keepAlive);
    void answerProblem(int status, const QString& code);
    void closeAfterWrite();
    void drain();
    void armBodyTimer();
    void continueWithNextRequest();
    void arm(int ms);
    // The callback given to the handler: called on this thread, it delivers the answer at
    // once; from another thread, it brings the answer back to this connection through its
    // I/O thread's event loop, or drops it when the connection is gone by then.
    HttpRequestHandler::Done callbackTo(void (HttpConnection::*slot)(HttpResponse));

    QTcpSocket* m_socket;
    HttpServer& m_server;
    QHostAddress m_peer;
    bool m_trustedPeer;
    std::shared_ptr<HttpServer::Slot> m_slot;
    State m_state = State::Handshake;
    QTimer m_timer;
    QTimer m_silenceTimer; // before the first byte of a TLS handshake (HttpLimits::handshakeStartMs)
    QMetaObject::Connection m_firstBytes;
    QByteArray m_buffer; // received, not yet consumed
    HttpRequestHead m_head;
    RequestContext m_ctx;
    qint64 m_bodyLimit = 0;
    qint64 m_reservedBody = 0;
    bool m_waitingForDrain = false;
    QElapsedTimer m_bodyClock;
    qint64 m_bodyDeadlineMs = 0;
    qint64 m_unreadInput = 0; // -1: unknown (the head was not understood)
    HttpRequestHandler::CancelFlag m_cancelled;
};

} // namespace citoyens::server
