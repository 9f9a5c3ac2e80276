// The benchmark's reference point: what Qt HttpServer 6.4 behind QSslServer answers on this
// machine with no application work at all. Same TLS setup as citoyens-server (TLS 1.2 or later,
// the same certificate), one route answering a fixed list of 50 beneficiary-shaped items.
//
//   bench_bare_server --tls-cert server.pem --tls-key server.key [--listen 127.0.0.1:0]
// prints "bench_bare_server listening on https://HOST:PORT" once it listens.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>

#include <cstdio>

namespace {

QByteArray fiftyItems()
{
    QJsonArray items;
    for (int i = 0; i < 50; ++i) {
        items.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("5b0c6a7e-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')) },
            { QStringLiteral("lastName"), QStringLiteral("Dupont") },
            { QStringLiteral("firstName"), QStringLiteral("Enfant %1").arg(i) },
            { QStringLiteral("birthDate"), QStringLiteral("2015-03-14") },
            { QStringLiteral("relation"), QStringLiteral("enfant") },
            { QStringLiteral("schoolClass"), QStringLiteral("CE2") },
            { QStringLiteral("pai"), QStringLiteral("non") },
            { QStringLiteral("group"), QString() },
            { QStringLiteral("client"), QString() },
            { QStringLiteral("hasPhoto"), false },
            { QStringLiteral("status"), QStringLiteral("pending") },
            { QStringLiteral("statusReason"), QString() },
            { QStringLiteral("createdAt"), QStringLiteral("2026-01-05T09:30:00.000Z") },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("beneficiaries"), items } }).toJson(QJsonDocument::Compact);
}

QSslKey readKey(const QByteArray& pem)
{
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("listen"), QStringLiteral("HOST:PORT"), QStringLiteral("addr"),
                       QStringLiteral("127.0.0.1:0") });
    parser.addOption({ QStringLiteral("tls-cert"), QStringLiteral("PEM chain"), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("tls-key"), QStringLiteral("PEM key"), QStringLiteral("file") });
    parser.addHelpOption();
    parser.process(app);

    QFile keyFile(parser.value(QStringLiteral("tls-key")));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(parser.value(QStringLiteral("tls-cert")));
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_bare_server: --tls-cert and --tls-key are needed\n");
        return 2;
    }
    const QSslKey key = readKey(keyFile.readAll());
    if (key.isNull()) {
        std::fprintf(stderr, "bench_bare_server: cannot read the key\n");
        return 2;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    const QByteArray body = fiftyItems();
    QHttpServer http;
    http.route(QStringLiteral("/api/v1/bench/list"), QHttpServerRequest::Method::Get,
               [body](const QHttpServerRequest&) { return QHttpServerResponse("application/json", body); });

    auto* ssl = new QSslServer(&http);
    ssl->setSslConfiguration(tls);
    ssl->setHandshakeTimeout(10000);
    const QString listen = parser.value(QStringLiteral("listen"));
    const QString host = listen.section(QLatin1Char(':'), 0, -2);
    const quint16 port = listen.section(QLatin1Char(':'), -1).toUShort();
    if (!ssl->listen(QHostAddress(host), port)) {
        std::fprintf(stderr, "bench_bare_server: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    http.bind(ssl);
    std::printf("bench_bare_server listening on https://%s:%u (%lld bytes)\n", qPrintable(host), ssl->serverPort(),
                static_cast<long long>(body.size()));
    std::fflush(stdout);
    return app.exec();
}
