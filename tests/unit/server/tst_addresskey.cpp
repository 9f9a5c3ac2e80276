#include "http/HttpServer.h"

#include <QTest>

using citoyens::server::HttpServer;

// What the per-address connection cap counts as one client: an IPv4 address
// itself, an IPv6 address by its /64 (a subscriber's or a machine's whole network: 2^64
// addresses must not be 2^64 clients), an IPv4-mapped IPv6 address as its IPv4 address.
class TestAddressKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void keyIsUsableAsAnAddress();
};

namespace {

QHostAddress key(const char* address)
{
    return HttpServer::addressKey(QHostAddress(QString::fromLatin1(address)));
}

} // namespace

void TestAddressKey::keys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    // IPv6: one /64, one client, however the rest is chosen.
    QTest::newRow("same /64") << "2001:db8::1"
                              << "2001:db8::ffff:1" << true;
    QTest::newRow("same /64, full interface id") << "2001:db8:0:0:1:2:3:4"
                                                 << "2001:db8::ffff:ffff:ffff:ffff" << true;
    QTest::newRow("next /64") << "2001:db8::1"
                              << "2001:db8:0:1::1" << false;
    QTest::newRow("other /48") << "2001:db8:1::1"
                               << "2001:db8:2::1" << false;
    QTest::newRow("loopback") << "::1"
                              << "::1" << true;
    QTest::newRow("link-local scopes") << "fe80::1%1"
                                       << "fe80::2%2" << true;
    // IPv4: the exact address, as before.
    QTest::newRow("ipv4 exact") << "10.0.0.1"
                                << "10.0.0.1" << true;
    QTest::newRow("ipv4 neighbours") << "10.0.0.1"
                                     << "10.0.0.2" << false;
    QTest::newRow("loopback ipv4") << "127.0.0.2"
                                   << "127.0.0.3" << false;
    // An IPv4-mapped IPv6 address (a dual-stack socket) is its IPv4 address, not a /64 that
    // would put every IPv4 client of the Internet in one (::ffff:0:0/96 is inside ::/64).
    QTest::newRow("mapped is its ipv4") << "::ffff:10.0.0.1"
                                        << "10.0.0.1" << true;
    QTest::newRow("mapped neighbours") << "::ffff:10.0.0.1"
                                       << "::ffff:10.0.0.2" << false;
}

void TestAddressKey::keys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const QHostAddress ka = HttpServer::addressKey(QHostAddress(a));
    const QHostAddress kb = HttpServer::addressKey(QHostAddress(b));
    QVERIFY(!ka.isNull());
    QCOMPARE(ka == kb, same);
    if (same) // a QHash key: equal keys, equal hashes
        QCOMPARE(qHash(ka), qHash(kb));
}

void TestAddressKey::keyIsUsableAsAnAddress()
{
    // Logged as the client refused: readable as the network it stands for.
    QCOMPARE(key("2001:db8:0:1:aaaa:bbbb:cccc:dddd").toString(), QStringLiteral("2001:db8:0:1::"));
    QCOMPARE(key("::ffff:10.0.0.1").toString(), QStringLiteral("10.0.0.1"));
    QCOMPARE(key("::ffff:10.0.0.1").protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(key("192.0.2.7").toString(), QStringLiteral("192.0.2.7"));
    QCOMPARE(key("fe80::1%1").scopeId(), QString());
}

QTEST_GUILESS_MAIN(TestAddressKey)
#include "tst_addresskey.moc"
