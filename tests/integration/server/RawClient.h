#pragma once

// A raw HTTP/1.1 client over TLS for the transport tests: it writes bytes exactly as given
// (half requests, pipelines, bodies that never end) and then does what a test wants of it —
// wait for answers, close at once, or vanish without a word. Everything is driven by the
// sockets' signals; nothing here blocks or sleeps.

#include "TestServer.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

class RawClient : public QObject
{
    Q_OBJECT

public:
    enum class After {
        Stay, // keep the connection and collect whatever comes
        Close, // disconnectFromHost() once the bytes are written (the request reaches the server)
        Abort, // abort() once the bytes are written: the socket is gone, no goodbye
    };

    RawClient(const TestServer& server, QByteArray payload, After after, QObject* parent = nullptr)
        : QObject(parent)
        , m_payload(std::move(payload))
        , m_after(after)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(server.caCertificates());
        m_socket.setSslConfiguration(tls);
        connect(&m_socket, &QSslSocket::encrypted, this, [this]() {
            m_encrypted = true;
            if (!m_payload.isEmpty())
                m_socket.write(m_payload);
            else if (m_after != After::Stay)
                finish();
        });
        connect(&m_socket, &QSslSocket::encryptedBytesWritten, this, [this]() {
            // Handshake records count too: only the payload's last bytes are the signal.
            if (m_encrypted && m_after != After::Stay && m_socket.bytesToWrite() == 0
                && m_socket.encryptedBytesToWrite() == 0)
                finish();
        });
        connect(&m_socket, &QIODevice::readyRead, this, [this]() { m_received += m_socket.readAll(); });
        connect(&m_socket, &QAbstractSocket::disconnected, this, [this]() { m_closed = true; });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                m_failed = true;
            m_closed = m_closed || m_socket.state() == QAbstractSocket::UnconnectedState;
        });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.baseUrl().port()));
    }

    void write(const QByteArray& bytes) { m_socket.write(bytes); }
    void close() { m_socket.disconnectFromHost(); }

    bool encrypted() const { return m_encrypted; }
    // Closed by either side (or never opened).
    bool closed() const { return m_closed || m_socket.state() == QAbstractSocket::UnconnectedState; }
    bool failed() const { return m_failed; }
    const QByteArray& received() const { return m_received; }
    // How many answers have arrived (status lines at the start of a line).
    int answers() const
    {
        int n = m_received.startsWith("HTTP/1.1 ") ? 1 : 0;
        return n + int(m_received.count("\r\nHTTP/1.1 ") + m_received.count("}HTTP/1.1 "));
    }
    // The status of the first answer, 0 before it.
    int firstStatus() const
    {
        return m_received.startsWith("HTTP/1.1 ") && m_received.size() >= 12 ? m_received.mid(9, 3).toInt() : 0;
    }

private:
    void finish()
    {
        if (m_after == After::Abort)
            m_socket.abort();
        else
            m_socket.disconnectFromHost();
        m_closed = true;
    }

    QSslSocket m_socket;
    QByteArray m_payload;
    After m_after;
    QByteArray m_received;
    bool m_encrypted = false;
    bool m_closed = false;
    bool m_failed = false;
};

// One request head (and body) as bytes.
inline QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QByteArray& extraHeaders = {},
                             const QByteArray& body = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}
