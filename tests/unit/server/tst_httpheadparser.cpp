#include "http/HttpRequestHead.h"

#include <QTest>

using citoyens::server::HttpHeadParser;
using Status = HttpHeadParser::Status;

// The strict reading of request heads: what is served, what is refused and with which
// status, and that no prefix of a request is mistaken for a whole one.
class TestHttpHeadParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusals_data();
    void refusals();
    void acceptedHead();
    void keepAliveAndContinue_data();
    void keepAliveAndContinue();
    void everyPrefixIsIncomplete();
    void limits();
    void pipelinedRestIsLeft();
};

void TestHttpHeadParser::refusals_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    const QByteArray h = "Host: a\r\n";
    QTest::newRow("two content-length") << "POST /x HTTP/1.1\r\n" + h + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n"
                                        << 400 << QByteArray("bad_request");
    QTest::newRow("same content-length twice")
        << "POST /x HTTP/1.1\r\n" + h + "Content-Length: 1\r\nContent-Length: 1\r\n\r\n"
        << 400 << QByteArray("bad_request");
    QTest::newRow("length and chunked") << "POST /x HTTP/1.1\r\n" + h
            + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        << 400 << QByteArray("bad_request");
    QTest::newRow("chunked") << "POST /x HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n"
                             << 411 << QByteArray("length_required");
    QTest::newRow("signed length") << "POST /x HTTP/1.1\r\n" + h + "Content-Length: +3\r\n\r\n"
                                   << 400 << QByteArray("bad_request");
    QTest::newRow("length list") << "POST /x HTTP/1.1\r\n" + h + "Content-Length: 3, 3\r\n\r\n"
                                 << 400 << QByteArray("bad_request");
    QTest::newRow("length overflow") << "POST /x HTTP/1.1\r\n" + h + "Content-Length: 99999999999999999999\r\n\r\n"
                                     << 400 << QByteArray("bad_request");
    QTest::newRow("space before colon") << QByteArray("GET /x HTTP/1.1\r\nHost : a\r\n\r\n") << 400
                                        << QByteArray("bad_request");
    QTest::newRow("obs-fold") << "GET /x HTTP/1.1\r\n" + h + "X-A: 1\r\n 2\r\n\r\n" << 400 << QByteArray("bad_request");
    QTest::newRow("bare CR") << QByteArray("GET /x HTTP/1.1\r\nHost: a\rX-B: 1\r\n\r\n") << 400
                             << QByteArray("bad_request");
    QTest::newRow("NUL in value") << QByteArray("GET /x HTTP/1.1\r\nHost: a\0b\r\n\r\n", 30) << 400
                                  << QByteArray("bad_request");
    QTest::newRow("no host") << QByteArray("GET /x HTTP/1.1\r\n\r\n") << 400 << QByteArray("bad_request");
    QTest::newRow("two hosts") << "GET /x HTTP/1.1\r\n" + h + h + "\r\n" << 400 << QByteArray("bad_request");
    QTest::newRow("double space") << "GET  /x HTTP/1.1\r\n" + h + "\r\n" << 400 << QByteArray("bad_request");
    QTest::newRow("lower-case method") << "get /x HTTP/1.1\r\n" + h + "\r\n" << 400 << QByteArray("bad_request");
    QTest::newRow("absolute form") << "GET http://a/x HTTP/1.1\r\n" + h + "\r\n" << 400 << QByteArray("bad_request");
    QTest::newRow("space in target") << "GET /a b HTTP/1.1\r\n" + h + "\r\n" << 400 << QByteArray("bad_request");
    QTest::newRow("HTTP/2.0") << "GET /x HTTP/2.0\r\n" + h + "\r\n" << 505 << QByteArray("http_version_not_supported");
    QTest::newRow("not HTTP") << "GET /x FTP/1.1\r\n" + h + "\r\n" << 400 << QByteArray("bad_request");
    QTest::newRow("expect other") << "POST /x HTTP/1.1\r\n" + h + "Expect: 200-ok\r\nContent-Length: 1\r\n\r\n"
                                  << 417 << QByteArray("expectation_failed");
    QTest::newRow("header without colon") << "GET /x HTTP/1.1\r\n" + h + "Nonsense\r\n\r\n"
                                          << 400 << QByteArray("bad_request");
}

void TestHttpHeadParser::refusals()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    const HttpHeadParser::Result r = HttpHeadParser::parse(head, HttpHeadParser::Limits());
    QCOMPARE(r.status, Status::Invalid);
    QCOMPARE(r.errorStatus, status);
    QCOMPARE(r.errorCode.toLatin1(), code);
}

void TestHttpHeadParser::acceptedHead()
{
    const QByteArray head = "\r\nPOST /api/v1/me/documents?kind=k HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type:application/pdf  \r\nX-Empty:\r\nContent-Length: 0012\r\n\r\n";
    const HttpHeadParser::Result r = HttpHeadParser::parse(head + "body bytes..", HttpHeadParser::Limits());
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.consumed, head.size());
    QCOMPARE(r.head.method, QByteArray("POST"));
    QCOMPARE(r.head.target, QByteArray("/api/v1/me/documents?kind=k"));
    QCOMPARE(r.head.contentLength, 12);
    QCOMPARE(r.head.header("content-type"), QByteArray("application/pdf"));
    QCOMPARE(r.head.header("x-empty"), QByteArray());
    QCOMPARE(r.head.headers.size(), 4);
    // Bare LF line ends are read the same.
    QByteArray lf = head;
    lf.replace("\r\n", "\n");
    const HttpHeadParser::Result r2 = HttpHeadParser::parse(lf, HttpHeadParser::Limits());
    QCOMPARE(r2.status, Status::Complete);
    QCOMPARE(r2.head.contentLength, 12);
}

void TestHttpHeadParser::keepAliveAndContinue_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("expectContinue");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true << false;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Keep-Alive, CLOSE\r\n\r\n")
                               << false << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true << false;
    QTest::newRow("continue") << QByteArray(
        "PUT / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 9\r\n\r\n")
                              << true << true;
    QTest::newRow("1.0 continue ignored")
        << QByteArray("PUT / HTTP/1.0\r\nExpect: 100-continue\r\n\r\n") << false << false;
}

void TestHttpHeadParser::keepAliveAndContinue()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    QFETCH(bool, expectContinue);
    const HttpHeadParser::Result r = HttpHeadParser::parse(head, HttpHeadParser::Limits());
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.head.keepAlive, keepAlive);
    QCOMPARE(r.head.expectContinue, expectContinue);
}

void TestHttpHeadParser::everyPrefixIsIncomplete()
{
    const QByteArray head = "\r\nGET /api/v1/me?x=1 HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer t\r\n\r\n";
    for (qsizetype n = 0; n < head.size(); ++n) {
        const HttpHeadParser::Result r = HttpHeadParser::parse(head.left(n), HttpHeadParser::Limits());
        QVERIFY2(r.status == Status::Incomplete, qPrintable(QString::number(n)));
    }
    QCOMPARE(HttpHeadParser::parse(head, HttpHeadParser::Limits()).status, Status::Complete);
}

void TestHttpHeadParser::limits()
{
    HttpHeadParser::Limits limits;
    limits.maxHeadBytes = 1024;
    limits.maxTargetBytes = 100;
    limits.maxHeaders = 3;
    QCOMPARE(HttpHeadParser::parse("GET /" + QByteArray(100, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n", limits).errorStatus,
             414);
    // A request line that never ends.
    QCOMPARE(HttpHeadParser::parse("GET /" + QByteArray(2000, 'a'), limits).errorStatus, 414);
    // Headers that never end, or too many of them.
    QCOMPARE(HttpHeadParser::parse("GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(2000, 'a'), limits).errorStatus,
             431);
    QCOMPARE(HttpHeadParser::parse("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits).errorStatus,
             431);
    QCOMPARE(HttpHeadParser::parse("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\n\r\n", limits).status,
             Status::Complete);
    // Just under the limit, still waiting for more.
    QCOMPARE(HttpHeadParser::parse("GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(900, 'a'), limits).status,
             Status::Incomplete);
}

void TestHttpHeadParser::pipelinedRestIsLeft()
{
    const QByteArray one = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n";
    const QByteArray two = "GET /b HTTP/1.1\r\nHost: h\r\n\r\n";
    const HttpHeadParser::Result r = HttpHeadParser::parse(one + two, HttpHeadParser::Limits());
    QCOMPARE(r.status, Status::Complete);
    QCOMPARE(r.consumed, one.size());
    QCOMPARE(r.head.target, QByteArray("/a"));
}

QTEST_APPLESS_MAIN(TestHttpHeadParser)
#include "tst_httpheadparser.moc"
