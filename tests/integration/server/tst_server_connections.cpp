// The connection table of citoyens-server against clients that only take places:
// idle plain TCP connections from many loopback addresses fill the global cap, and a real
// client must still get in; the least advanced connections give their place first, the
// oldest first; under pressure a TLS connection that sends nothing is closed quickly.
// Linux routes all of 127.0.0.0/8 to lo: each socket is bound to its own 127.0.0.N first.
// (The IPv6 /64 rule is tested in tests/unit/server/tst_addresskey.)

#include "RawClient.h"
#include "ServerTestSupport.h"

#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace support;

namespace {

// A plain TCP connection from 127.0.0.`host` that sends `bytes` (nothing: not even a TLS
// ClientHello) and then only holds its place.
class PlainClient : public QObject
{
    Q_OBJECT

public:
    PlainClient(const TestServer& server, int host, QByteArray bytes = {})
        : m_bytes(std::move(bytes))
    {
        const QHostAddress from(QStringLiteral("127.0.0.%1").arg(host));
        m_bound = m_socket.bind(from);
        connect(&m_socket, &QTcpSocket::connected, this, [this]() {
            m_connected = true;
            if (!m_bytes.isEmpty())
                m_socket.write(m_bytes);
        });
        m_socket.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
    }

    bool bound() const { return m_bound; }
    bool connected() const { return m_connected; }
    bool written() const { return m_connected && m_socket.bytesToWrite() == 0; }
    // Closed by the server (or never opened).
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_bytes;
    bool m_bound = false;
    bool m_connected = false;
};

using Plain = std::vector<std::unique_ptr<PlainClient>>;

int countClosed(const Plain& clients)
{
    int n = 0;
    for (const auto& c : clients)
        n += c->closed() ? 1 : 0;
    return n;
}

// The start of a TLS record carrying a handshake (a ClientHello that never ends).
const QByteArray HandshakeStart = QByteArray::fromHex("160301");

const QByteArray Health = rawRequest("GET", "/api/v1/health");

} // namespace

class TestServerConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idleConnectionsFromManyAddressesDoNotLockOut();
    void leastAdvancedConnectionsGiveTheirPlaceFirst();
    void silentConnectionsAreClosedUnderPressure();
    void durationsAreChecked();
};

void TestServerConnections::initTestCase()
{
    if (!TestServer::postgresUnavailableReason().isEmpty())
        QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
}

void TestServerConnections::idleConnectionsFromManyAddressesDoNotLockOut()
{
    // The attack at 1/16 scale: the cap 1024 and 32 per address became 64 and 2;
    // 33 addresses with 2 idle TCP connections each (no TLS) are 66 > 64. The old server
    // refused everyone past the 64th, a real client from 127.0.0.1 included. The silent
    // rule is set aside (10 minutes) so that only the full table's own rule is at work.
    TestServer server({ QStringLiteral("--max-connections"), QStringLiteral("64"),
                        QStringLiteral("--max-connections-per-address"), QStringLiteral("2"),
                        QStringLiteral("--handshake-start-timeout"), QStringLiteral("10m"),
                        QStringLiteral("--handshake-timeout"), QStringLiteral("10m") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    Plain idle;
    for (int address = 2; address <= 34; ++address) {
        for (int i = 0; i < 2; ++i) {
            idle.push_back(std::make_unique<PlainClient>(server, address));
            QVERIFY2(idle.back()->bound(), "cannot bind a socket to 127.0.0.N");
            // One after the other: the server sees them in this order.
            QTRY_VERIFY(idle.back()->connected() || idle.back()->closed());
        }
    }
    // The table is full: the last two took the places of the two oldest.
    QTRY_COMPARE_WITH_TIMEOUT(countClosed(idle), 2, 20000);

    // A real client still gets in, and is served.
    RawClient citizen(server, Health, RawClient::After::Stay);
    QTRY_COMPARE_WITH_TIMEOUT(citizen.firstStatus(), 200, 20000);
    QVERIFY(!citizen.closed());
    // It took the place of one idle connection, one of the oldest; the others are held.
    QTRY_COMPARE(countClosed(idle), 3);
    for (size_t i = 8; i < idle.size(); ++i)
        QVERIFY2(!idle[i]->closed(), qPrintable(QString::number(i)));
    // And the server goes on serving it.
    citizen.write(Health);
    QTRY_COMPARE(citizen.answers(), 2);
    QVERIFY(server.serverLog().contains(QStringLiteral("give their place to newcomers")));
}

void TestServerConnections::leastAdvancedConnectionsGiveTheirPlaceFirst()
{
    // Four places, one I/O thread (what the server reads, it reads in order), no timeouts in
    // the way. Taken, from the first to the last: a connection that ended its handshake and
    // asks nothing (fresh), one that was served and stays (keep-alive), one that started a
    // handshake and stopped (handshaking), one that sent nothing at all (silent).
    TestServer server({ QStringLiteral("--max-connections"), QStringLiteral("4"), QStringLiteral("--io-threads"),
                        QStringLiteral("1"), QStringLiteral("--handshake-start-timeout"), QStringLiteral("10m"),
                        QStringLiteral("--handshake-timeout"), QStringLiteral("10m"),
                        QStringLiteral("--keep-alive-timeout"), QStringLiteral("10m"), QStringLiteral("--body-timeout"),
                        QStringLiteral("10m") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    RawClient fresh(server, QByteArray(), RawClient::After::Stay);
    QTRY_VERIFY(fresh.encrypted());
    RawClient keepAlive(server, Health, RawClient::After::Stay);
    QTRY_COMPARE(keepAlive.firstStatus(), 200);
    PlainClient handshaking(server, 2, HandshakeStart);
    QTRY_VERIFY(handshaking.written());
    PlainClient silent(server, 3);
    QTRY_VERIFY(silent.connected());
    // Once this second answer is out, the server has read everything sent before it.
    keepAlive.write(Health);
    QTRY_COMPARE(keepAlive.answers(), 2);
    QVERIFY(!fresh.closed() && !handshaking.closed() && !silent.closed());

    // Each newcomer is a real client, served, that stays (keep-alive, newer than the first).
    std::vector<std::unique_ptr<RawClient>> newcomers;
    const auto arrive = [&]() {
        newcomers.push_back(std::make_unique<RawClient>(server, Health, RawClient::After::Stay));
        const RawClient* n = newcomers.back().get();
        return QTest::qWaitFor([n]() { return n->firstStatus() == 200 || n->closed(); }, 10000)
            && n->firstStatus() == 200;
    };
    const auto states = [&]() {
        return QStringLiteral("silent %1, handshaking %2, fresh %3, keep-alive %4")
            .arg(silent.closed())
            .arg(handshaking.closed())
            .arg(fresh.closed())
            .arg(keepAlive.closed());
    };

    QVERIFY(arrive());
    QTRY_VERIFY2(silent.closed(), qPrintable(states()));
    QVERIFY2(!handshaking.closed() && !fresh.closed() && !keepAlive.closed(), qPrintable(states()));

    QVERIFY(arrive());
    QTRY_VERIFY2(handshaking.closed(), qPrintable(states()));
    QVERIFY2(!fresh.closed() && !keepAlive.closed(), qPrintable(states()));

    QVERIFY(arrive());
    QTRY_VERIFY2(fresh.closed(), qPrintable(states()));
    QVERIFY2(!keepAlive.closed(), qPrintable(states()));

    // Among connections at the same stage, the one that reached it first goes first.
    QVERIFY(arrive());
    QTRY_VERIFY2(keepAlive.closed(), qPrintable(states()));
    for (const auto& n : newcomers)
        QVERIFY(!n->closed());
    QVERIFY(arrive());
    QTRY_VERIFY(newcomers.front()->closed());
    for (size_t i = 1; i < newcomers.size(); ++i)
        QVERIFY(!newcomers[i]->closed());

    // A connection in the middle of a request is never given away. Three of the four
    // start a sign-in whose body they hold back (the server's "100 Continue" says it is
    // reading it); a newcomer that does the same takes the place of the one still idle;
    // with every place busy, the next newcomer is refused.
    const QByteArray heldBody = "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 100\r\n\r\n";
    for (size_t i = 2; i < newcomers.size(); ++i)
        newcomers[i]->write(heldBody);
    for (size_t i = 2; i < newcomers.size(); ++i)
        QTRY_VERIFY(newcomers[i]->received().contains("HTTP/1.1 100 Continue"));
    RawClient busy(server, heldBody, RawClient::After::Stay);
    QTRY_VERIFY(busy.received().startsWith("HTTP/1.1 100 Continue"));
    QVERIFY(newcomers[1]->closed());
    for (size_t i = 2; i < newcomers.size(); ++i)
        QVERIFY(!newcomers[i]->closed());
    RawClient refused(server, Health, RawClient::After::Stay);
    QTRY_VERIFY(refused.closed());
    QVERIFY(!refused.encrypted());
    QTRY_VERIFY(server.serverLog().contains(QStringLiteral("server full, every connection busy")));
}

void TestServerConnections::silentConnectionsAreClosedUnderPressure()
{
    // Eight places, under pressure from six (75 %). Two real clients, then six plain TCP
    // connections that never start a handshake: silent past handshakeStartMs (1 s by
    // default) while the table is at 6 or more, they are closed, until it is under 6 again.
    // Their own handshake timeout (10 minutes here) has nothing to do with it.
    TestServer server({ QStringLiteral("--max-connections"), QStringLiteral("8"), QStringLiteral("--handshake-timeout"),
                        QStringLiteral("10m"), QStringLiteral("--keep-alive-timeout"), QStringLiteral("10m") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RawClient first(server, Health, RawClient::After::Stay);
    RawClient second(server, QByteArray(), RawClient::After::Stay);
    QTRY_COMPARE(first.firstStatus(), 200);
    QTRY_VERIFY(second.encrypted());

    Plain silent;
    for (int address = 2; address < 8; ++address) {
        silent.push_back(std::make_unique<PlainClient>(server, address));
        QTRY_VERIFY(silent.back()->connected() || silent.back()->closed());
    }
    // 8 places taken: three silent ones go (8 -> 5), the other three stay.
    QTRY_COMPARE_WITH_TIMEOUT(countClosed(silent), 3, 30000);
    // Meanwhile the real clients are served.
    first.write(Health);
    second.write(Health);
    QTRY_COMPARE(first.answers(), 2);
    QTRY_COMPARE(second.firstStatus(), 200);
    QVERIFY(!first.closed() && !second.closed());
    QCOMPARE(countClosed(silent), 3);
}

void TestServerConnections::durationsAreChecked()
{
    // The new durations are read like the others; nonsense stops the server before it
    // opens anything (the command line is read first: no database needed here).
    const QList<QStringList> wrong = { { QStringLiteral("--handshake-timeout"), QStringLiteral("0") },
                                       { QStringLiteral("--handshake-start-timeout"), QStringLiteral("soon") },
                                       { QStringLiteral("--handshake-start-timeout"), QStringLiteral("999999999h") } };
    for (const QStringList& args : wrong) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("CITOYENS_SERVER_BIN"), args);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray said = process.readAll();
        QVERIFY2(said.contains("durations are written like"), said.constData());
    }
}

QTEST_GUILESS_MAIN(TestServerConnections)
#include "tst_server_connections.moc"
