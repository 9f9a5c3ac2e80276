// docs/deploy run for real: Debian's nginx with docs/deploy/citoyens.nginx.conf (paths and
// ports replaced) in front of two citoyens-server processes sharing one PostgreSQL database
// and one data dir. Signs in through nginx, proves that requests land on both processes
// (each one's access log), sends clients that leave mid-request (half a body, or before the
// answer), and checks that nginx and both servers are still up and answering; that nginx's
// per-client limits count an IPv6 /64 as one client and answer a burst 429.
#include "NginxProcess.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <vector>

namespace {

const QString CitizenEmail = QStringLiteral("marie.dupont@example.org");
const QString CitizenPassword = QStringLiteral("Citoyens-2026!");

QByteArray smallPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                             "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

int countLines(const QString& log, const QString& needle)
{
    return int(log.count(needle));
}

// Whether this server build knows --trusted-proxy (the new transport): then nginx is trusted,
// and its X-Real-IP believed, as docs/deploy says to run it.
bool serverKnowsTrustedProxy()
{
    QProcess help;
    help.setProcessChannelMode(QProcess::MergedChannels);
    help.start(qEnvironmentVariable("CITOYENS_SERVER_BIN"), { QStringLiteral("--help") });
    help.waitForFinished(10000);
    return help.readAll().contains("trusted-proxy");
}

} // namespace

class TstDeployNginx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInThroughNginxLandsOnBothProcesses();
    void documentsAreSharedBetweenProcesses();
    void clientsThatLeaveMidRequestLeaveEveryoneUp();
    void oneClientPerIpv6Slash64();
    void burstsFromOneClientAreAnswered429();

private:
    // A raw TLS connection to nginx; false when it could not be set up.
    bool openRaw(QSslSocket* socket);
    // Writes `bytes`, waits until they are handed to the kernel, then closes the connection
    // at once (no answer read).
    bool writeThenAbort(const QByteArray& bytes);
    TestReply getMe();

    std::unique_ptr<TestServer> m_first;
    std::unique_ptr<TestServer> m_second;
    QTemporaryDir m_caDir;
    NginxProcess m_nginx;
    std::unique_ptr<TestHttp> m_http;
    QByteArray m_token;
    QString m_documentId;
};

void TstDeployNginx::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CITOYENS_TEST_PG_URL"))
        QSKIP("CITOYENS_TEST_PG_URL is not set: the processes behind nginx share one PostgreSQL database "
              "(scripts/test starts a private one; by hand: see tests/CMakeLists.txt)");
    qputenv("CITOYENS_TEST_DB", "postgresql");
    QStringList common;
    if (serverKnowsTrustedProxy())
        common << QStringLiteral("--trusted-proxy") << QStringLiteral("127.0.0.1");
    m_first = std::make_unique<TestServer>(common + QStringList { QStringLiteral("--demo-data") });
    QVERIFY2(m_first->start(), qPrintable(m_first->errorString()));
    QVERIFY(m_first->usesPostgres());
    m_second = std::make_unique<TestServer>(common);
    m_second->shareStorageWith(*m_first);
    QVERIFY2(m_second->start(), qPrintable(m_second->errorString()));
    QCOMPARE(m_second->databaseUrl(), m_first->databaseUrl());

    // Each TestServer made its own CA: nginx trusts both (one bundle), nothing else.
    QVERIFY(m_caDir.isValid());
    const QString bundle = m_caDir.filePath(QStringLiteral("backends-ca.pem"));
    QFile out(bundle);
    QVERIFY(out.open(QIODevice::WriteOnly));
    for (const TestServer* s : { m_first.get(), m_second.get() }) {
        QFile ca(s->caFile());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        out.write(ca.readAll());
    }
    out.close();

    NginxProcess::Site site;
    site.docsConfigPath
        = qEnvironmentVariable("CITOYENS_SOURCE_DIR") + QStringLiteral("/docs/deploy/citoyens.nginx.conf");
    site.backendPorts = { quint16(m_first->baseUrl().port()), quint16(m_second->baseUrl().port()) };
    site.certFile = m_first->certFile(); // nginx shows the first server's certificate (127.0.0.1)
    site.keyFile = m_first->keyFile();
    site.backendCaFile = bundle;
    QVERIFY2(m_nginx.start(site), qPrintable(m_nginx.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_nginx.isListening() || !m_nginx.isRunning(), "nginx did not start listening", 20000);
    QVERIFY2(m_nginx.isRunning(), qPrintable(m_nginx.errorLog()));

    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_nginx.port());
    m_http = std::make_unique<TestHttp>(url, m_first->caCertificates());
}

void TstDeployNginx::cleanupTestCase()
{
    m_nginx.stop();
    if (m_second)
        m_second->stop(); // before the first: the first drops the shared database
    if (m_first)
        m_first->stop();
}

TestReply TstDeployNginx::getMe()
{
    return m_http->get(QStringLiteral("/me"));
}

void TstDeployNginx::signInThroughNginxLandsOnBothProcesses()
{
    const TestReply tokens
        = m_http->post(QStringLiteral("/auth/login"),
                       { { QStringLiteral("email"), CitizenEmail }, { QStringLiteral("password"), CitizenPassword } });
    QVERIFY2(tokens.status == 200,
             qPrintable(tokens.networkError + QString::fromUtf8(tokens.body) + m_nginx.errorLog()));
    m_token = tokens.json().value(QStringLiteral("accessToken")).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
    m_http->setBearer(m_token);

    // The session lives in the shared database: whichever process answers knows it.
    for (int i = 0; i < 12; ++i) {
        const TestReply me = getMe();
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("email")).toString(), CitizenEmail);
    }
    const QString line = QStringLiteral("GET /api/v1/me 200");
    QTRY_VERIFY2(countLines(m_first->serverLog(), line) > 0, "the first process served no GET /me");
    QTRY_VERIFY2(countLines(m_second->serverLog(), line) > 0, "the second process served no GET /me");
    QTRY_COMPARE(countLines(m_first->serverLog(), line) + countLines(m_second->serverLog(), line), 12);
}

void TstDeployNginx::documentsAreSharedBetweenProcesses()
{
    QVERIFY(!m_token.isEmpty());
    const QByteArray pdf = smallPdf();
    const TestReply sent = m_http->send("POST", QStringLiteral("/me/documents?kind=proof_of_address&filename=avis.pdf"),
                                        pdf, "application/pdf");
    QVERIFY2(sent.status == 201, qPrintable(QString::number(sent.status) + QString::fromUtf8(sent.body)));
    m_documentId = sent.json().value(QStringLiteral("id")).toString();
    QVERIFY(!m_documentId.isEmpty());
    // Read back through either process (round robin): both find the file in the shared dir.
    const auto served = [this](const TestServer& s) {
        return countLines(s.serverLog(), QStringLiteral(" 200 ")) > 0
            && s.serverLog().contains(QRegularExpression(QStringLiteral("GET /api/v1/me/documents/\\S+ 200")));
    };
    for (int i = 0; i < 6; ++i) {
        const TestReply bytes = m_http->get(QStringLiteral("/me/documents/") + m_documentId);
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.body, pdf);
    }
    QTRY_VERIFY2(served(*m_first), "the first process served no document");
    QTRY_VERIFY2(served(*m_second), "the second process served no document");

    // A body above client_body_buffer_size goes through nginx's temporary file first (its
    // workers' private client_body/ directory), then to a backend whole.
    const QByteArray big = pdf + QByteArray(3 * 1024 * 1024, '\n');
    const TestReply large = m_http->send(
        "POST", QStringLiteral("/me/documents?kind=proof_of_address&filename=gros.pdf"), big, "application/pdf");
    QVERIFY2(
        large.status == 201,
        qPrintable(QString::number(large.status) + QString::fromUtf8(large.body) + m_nginx.errorLog().right(1500)));
    const TestReply back
        = m_http->get(QStringLiteral("/me/documents/") + large.json().value(QStringLiteral("id")).toString());
    QCOMPARE(back.status, 200);
    QCOMPARE(back.body.size(), big.size());
}

bool TstDeployNginx::openRaw(QSslSocket* socket)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_first->caCertificates());
    socket->setSslConfiguration(tls);
    QSignalSpy encrypted(socket, &QSslSocket::encrypted);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_nginx.port());
    return encrypted.count() > 0 || encrypted.wait(10000);
}

bool TstDeployNginx::writeThenAbort(const QByteArray& bytes)
{
    QSslSocket socket;
    if (!openRaw(&socket))
        return false;
    QSignalSpy written(&socket, &QSslSocket::encryptedBytesWritten);
    socket.write(bytes);
    for (int i = 0; i < 200 && socket.encryptedBytesToWrite() + socket.bytesToWrite() > 0; ++i) {
        if (!written.wait(5000))
            return false;
    }
    socket.abort(); // gone: no TLS close_notify, no answer read
    return true;
}

void TstDeployNginx::clientsThatLeaveMidRequestLeaveEveryoneUp()
{
    QVERIFY(!m_token.isEmpty());
    const QByteArray bearer = "Authorization: Bearer " + m_token + "\r\n";
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_nginx.port()) + "\r\n";
    // Headers and half of a 2 MiB document, then gone (nginx buffers bodies: the backends
    // never see it); a public read and an authenticated read, each closed before the answer
    // (nginx has passed them on: the backend's client vanishes); a sign-in (Argon2 work on
    // the backend) closed before its answer.
    const QByteArray halfUpload = "POST /api/v1/me/documents?kind=proof_of_address&filename=a.pdf HTTP/1.1\r\n" + host
        + bearer + "Content-Type: application/pdf\r\nContent-Length: 2097152\r\n\r\n" + smallPdf()
        + QByteArray(1048576, 'x');
    const QByteArray communes = "GET /api/v1/communes HTTP/1.1\r\n" + host + "\r\n";
    const QByteArray me = "GET /api/v1/me HTTP/1.1\r\n" + host + bearer + "\r\n";
    const QByteArray loginBody = QJsonDocument(QJsonObject { { QStringLiteral("email"), CitizenEmail },
                                                             { QStringLiteral("password"), CitizenPassword } })
                                     .toJson(QJsonDocument::Compact);
    const QByteArray login = "POST /api/v1/auth/login HTTP/1.1\r\n" + host
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(loginBody.size()) + "\r\n\r\n"
        + loginBody;

    const int before = countLines(m_first->serverLog(), QStringLiteral("GET /api/v1/me 200"))
        + countLines(m_second->serverLog(), QStringLiteral("GET /api/v1/me 200"));
    int normal = 0;
    for (int round = 0; round < 60; ++round) {
        QVERIFY2(writeThenAbort(halfUpload), "could not send half an upload");
        QVERIFY2(writeThenAbort(communes), "could not send GET /communes");
        QVERIFY2(writeThenAbort(me), "could not send GET /me");
        if (round % 10 == 0)
            QVERIFY2(writeThenAbort(login), "could not send a sign-in");
        const TestReply answer = getMe(); // everyone else is still served, meanwhile
        QVERIFY2(answer.status == 200,
                 qPrintable(QStringLiteral("round %1: GET /me answered %2 %3 (first server %4, second %5)\n%6")
                                .arg(round)
                                .arg(answer.status)
                                .arg(answer.networkError,
                                     m_first->isRunning() ? QStringLiteral("up") : QStringLiteral("DEAD"),
                                     m_second->isRunning() ? QStringLiteral("up") : QStringLiteral("DEAD"),
                                     m_nginx.errorLog().right(1500))));
        ++normal;
    }

    QVERIFY2(m_nginx.isRunning(), qPrintable(m_nginx.errorLog()));
    QVERIFY2(m_first->isRunning(), qPrintable(m_first->serverLog().right(4000)));
    QVERIFY2(m_second->isRunning(), qPrintable(m_second->serverLog().right(4000)));

    // Both processes still answer afterwards (a dead one would be skipped by nginx: count
    // what each served after the storm).
    const int firstHealth = countLines(m_first->serverLog(), QStringLiteral("GET /api/v1/health 200"));
    const int secondHealth = countLines(m_second->serverLog(), QStringLiteral("GET /api/v1/health 200"));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
    QTRY_VERIFY2(countLines(m_first->serverLog(), QStringLiteral("GET /api/v1/health 200")) > firstHealth,
                 "the first process no longer answers");
    QTRY_VERIFY2(countLines(m_second->serverLog(), QStringLiteral("GET /api/v1/health 200")) > secondHealth,
                 "the second process no longer answers");
    QTRY_VERIFY(countLines(m_first->serverLog(), QStringLiteral("GET /api/v1/me 200"))
                    + countLines(m_second->serverLog(), QStringLiteral("GET /api/v1/me 200"))
                >= before + normal);
    QVERIFY(!m_first->serverLog().contains(QStringLiteral(" 500 ")));
    QVERIFY(!m_second->serverLog().contains(QStringLiteral(" 500 ")));
    QCOMPARE(m_http->get(QStringLiteral("/me/documents/") + m_documentId).status, 200);
}

void TstDeployNginx::oneClientPerIpv6Slash64()
{
    // The map that names a client for limit_conn and limit_req, read from the docs file and
    // applied as nginx does (exact entries, then each regular expression in order, then
    // default), to addresses written as nginx writes $remote_addr (RFC 5952). Only ::1 is
    // IPv6 on a test machine: the addresses are given, not connected from.
    QFile file(qEnvironmentVariable("CITOYENS_SOURCE_DIR") + QStringLiteral("/docs/deploy/citoyens.nginx.conf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString conf = QString::fromUtf8(file.readAll());
    const qsizetype start = conf.indexOf(QStringLiteral("map $remote_addr $citoyens_client {"));
    QVERIFY(start >= 0);
    const QStringList lines
        = conf.mid(start, conf.indexOf(QStringLiteral("\n}"), start) - start).split(QLatin1Char('\n')).mid(1);
    const QRegularExpression entry(QStringLiteral(R"(^\s*("[^"]*"|\S+)\s+("[^"]*"|\S+);\s*$)"));
    const auto unquote = [](QString text) {
        return text.startsWith(QLatin1Char('"')) ? text.mid(1).chopped(1) : text;
    };
    const auto keyOf = [&](const QString& address) -> QString {
        QString value;
        QRegularExpressionMatch captured;
        for (int pass = 0; pass < 2 && value.isNull(); ++pass) {
            for (const QString& line : lines) {
                const QRegularExpressionMatch m = entry.match(line);
                if (!m.hasMatch())
                    continue;
                const QString key = unquote(m.captured(1));
                const bool regex = key.startsWith(QLatin1Char('~'));
                if (pass == 0 && !regex && key == address) {
                    value = unquote(m.captured(2));
                    break;
                }
                if (pass == 1 && regex) {
                    const QRegularExpressionMatch r = QRegularExpression(key.mid(1)).match(address);
                    if (r.hasMatch()) {
                        value = unquote(m.captured(2));
                        captured = r;
                        break;
                    }
                }
            }
        }
        if (value.isNull())
            return address; // default $remote_addr
        for (const QString& name : { QStringLiteral("g"), QStringLiteral("h") })
            value.replace(QLatin1Char('$') + name, captured.captured(name));
        return value;
    };
    const QList<QPair<QString, QString>> expected = {
        { QStringLiteral("2001:db8:1:2::1"), QStringLiteral("2001:db8:1:2") },
        { QStringLiteral("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), QStringLiteral("2001:db8:1:2") },
        { QStringLiteral("2001:db8::1"), QStringLiteral("2001:db8:0:0") },
        { QStringLiteral("2001:db8::a:b:c:d"), QStringLiteral("2001:db8:0:0") },
        { QStringLiteral("2001:db8:0:0:1::"), QStringLiteral("2001:db8:0:0") },
        { QStringLiteral("2001:db8:0:1::1"), QStringLiteral("2001:db8:0:1") },
        { QStringLiteral("2001:db8:5::1"), QStringLiteral("2001:db8:5:0") },
        { QStringLiteral("2001::1:2:3:4:5"), QStringLiteral("2001:0:0:1") },
        { QStringLiteral("2001::1"), QStringLiteral("2001:0:0:0") },
        { QStringLiteral("::1:2:3:4:5:6"), QStringLiteral("0:0:1:2") },
        { QStringLiteral("::1:2:3:4:5"), QStringLiteral("0:0:0:1") },
        { QStringLiteral("::1:2:3:4"), QStringLiteral("0:0:0:0") },
        { QStringLiteral("203.0.113.7"), QStringLiteral("203.0.113.7") },
        { QStringLiteral("::ffff:203.0.113.7"), QStringLiteral("::ffff:203.0.113.7") },
        { QStringLiteral("127.0.0.1"), QString() },
        { QStringLiteral("::1"), QString() },
    };
    for (const auto& [address, key] : expected)
        QCOMPARE(keyOf(address), key);
}

void TstDeployNginx::burstsFromOneClientAreAnswered429()
{
    // 8 connections from 127.0.0.2 (the host's own 127.0.0.1 is not limited), 50 pipelined
    // requests each, at once: beyond the burst of 60 and 20 per second, nginx answers 429
    // itself. For none to be refused, the 400 would have to take 17 s.
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_nginx.port()) + "\r\n";
    QByteArray pipeline;
    const int perConnection = 50;
    for (int i = 0; i < perConnection; ++i)
        pipeline += "GET /api/v1/health HTTP/1.1\r\n" + host + "\r\n";
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_first->caCertificates());
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    std::vector<QByteArray> received(8);
    for (int i = 0; i < 8; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(tls);
        QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        QSslSocket* raw = socket.get();
        connect(raw, &QSslSocket::encrypted, raw, [raw, pipeline]() { raw->write(pipeline); });
        connect(raw, &QIODevice::readyRead, raw, [raw, &received, i]() { received[size_t(i)] += raw->readAll(); });
        raw->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_nginx.port());
        sockets.push_back(std::move(socket));
    }
    const auto count = [&](const QByteArray& status) {
        int n = 0;
        for (const QByteArray& r : received)
            n += int(r.count("HTTP/1.1 " + status + ' '));
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(count("200") + count("429"), 8 * perConnection, 60000);
    qInfo("%d served, %d refused (429)", count("200"), count("429"));
    QVERIFY2(count("200") >= 60, qPrintable(QString::number(count("200"))));
    QVERIFY2(count("429") > 0, qPrintable(QString::number(count("429"))));
    QByteArray all;
    for (const QByteArray& r : received)
        all += r;
    const qsizetype refused = all.indexOf("HTTP/1.1 429 ");
    const QByteArray answer = all.mid(refused, all.indexOf("}", refused) + 1 - refused);
    QVERIFY2(answer.contains("\r\nRetry-After: 1\r\n"), answer.constData());
    QVERIFY2(answer.contains("\r\nContent-Type: application/problem+json\r\n"), answer.constData());
    QVERIFY2(answer.contains("\"code\":\"too_many_requests\""), answer.constData());
    // Another client is not affected.
    QSslSocket other;
    other.setSslConfiguration(tls);
    QVERIFY(other.bind(QHostAddress(QStringLiteral("127.0.0.3"))));
    QByteArray otherReceived;
    connect(&other, &QSslSocket::encrypted, &other,
            [&]() { other.write("GET /api/v1/health HTTP/1.1\r\n" + host + "\r\n"); });
    connect(&other, &QIODevice::readyRead, &other, [&]() { otherReceived += other.readAll(); });
    other.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_nginx.port());
    QTRY_VERIFY_WITH_TIMEOUT(otherReceived.startsWith("HTTP/1.1 ") && otherReceived.size() > 12, 20000);
    QVERIFY2(otherReceived.startsWith("HTTP/1.1 200 "), otherReceived.constData());
}

QTEST_GUILESS_MAIN(TstDeployNginx)
#include "tst_deploy_nginx.moc"
