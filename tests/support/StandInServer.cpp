#include "StandInServer.h"

#include "TestCertificates.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace {

constexpr qsizetype MaxHead = 64 * 1024;
constexpr qsizetype MaxBody = 1024 * 1024;

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

StandInServer::StandInServer(QObject* parent)
    : QObject(parent)
{ }

StandInServer::~StandInServer() = default;

bool StandInServer::start(Handler handler)
{
    m_handler = std::move(handler);
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!makeTestCertificates(m_dir->path(), QStringLiteral("Citoyens Stand-in CA"), &m_error))
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(readFile(m_dir->filePath(QStringLiteral("server.pem"))), QSsl::Pem));
    config.setPrivateKey(QSslKey(readFile(m_dir->filePath(QStringLiteral("server.key"))), QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the callers present no certificate
    if (config.localCertificate().isNull() || config.privateKey().isNull()) {
        m_error = QStringLiteral("cannot read the stand-in's certificate or key");
        return false;
    }
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(config);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &StandInServer::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

QUrl StandInServer::url() const
{
    return m_server ? QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->serverPort())) : QUrl();
}

QString StandInServer::caFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("ca.pem")) : QString();
}

void StandInServer::accept()
{
    while (m_server->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, socket]() { readFrom(socket); });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void StandInServer::readFrom(QSslSocket* socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > MaxHead)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 2) {
        socket->abort();
        return;
    }
    StandInRequest request;
    request.method = requestLine.at(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (length < 0 || length > MaxBody) {
        socket->abort();
        return;
    }
    if (buffer.size() - (headEnd + 4) < length)
        return; // more to come
    request.body = buffer.mid(headEnd + 4, length);
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    socket->setProperty("answered", true);
    m_requests.append(request);
    emit requestReceived(request);
    answer(socket, request);
}

void StandInServer::answer(QSslSocket* socket, const StandInRequest& request)
{
    const StandInResponse response = m_handler ? m_handler(request) : StandInResponse::of(404);
    const QPointer<QSslSocket> guarded(socket);
    auto send = [guarded, response]() {
        if (!guarded)
            return;
        if (response.hangUp) {
            guarded->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonOf(response.status) + "\r\n";
        if (!response.contentType.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        out += response.body;
        guarded->write(out);
        guarded->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}
