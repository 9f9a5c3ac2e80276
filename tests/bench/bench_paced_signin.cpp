// A paced sign-in load (wrk has no rate control): POST /auth/login at a fixed rate over TLS,
// open loop (a request is sent every 1/rate s whether or not the previous ones have finished),
// for a fixed time. Prints what was achieved, so the benchmark reports the real rate:
//   bench_paced_signin --url https://127.0.0.1:PORT/api/v1 --ca ca.pem --email E --password P
//                      [--rate 20] [--seconds 10]
//   -> "signins sent=200 ok=200 failed=0 seconds=10.02 rate=19.96/s p50=41.0ms p99=88.1ms"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char* name : { "url", "ca", "email", "password", "rate", "seconds" })
        parser.addOption({ QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("value") });
    parser.process(app);
    const double rate
        = parser.value(QStringLiteral("rate")).isEmpty() ? 20.0 : parser.value(QStringLiteral("rate")).toDouble();
    const double seconds
        = parser.value(QStringLiteral("seconds")).isEmpty() ? 10.0 : parser.value(QStringLiteral("seconds")).toDouble();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")));
    if (ca.isEmpty() || rate <= 0 || seconds <= 0) {
        std::fprintf(stderr, "bench_paced_signin: --url --ca --email --password [--rate --seconds]\n");
        return 2;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    QNetworkRequest request(QUrl(parser.value(QStringLiteral("url")) + QStringLiteral("/auth/login")));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("email"), parser.value(QStringLiteral("email")) },
                                      { QStringLiteral("password"), parser.value(QStringLiteral("password")) },
                                      { QStringLiteral("remember"), false } })
              .toJson(QJsonDocument::Compact);

    QNetworkAccessManager nam;
    const int total = std::max(1, int(rate * seconds + 0.5));
    int sent = 0, done = 0, ok = 0;
    QList<double> latencies;
    QElapsedTimer clock;
    clock.start();
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    // Sends are scheduled against the clock (not timer ticks), so a late tick catches up.
    const auto sendDue = [&]() {
        const int due = std::min(total, int(clock.nsecsElapsed() / 1e9 * rate) + 1);
        while (sent < due) {
            ++sent;
            auto* started = new QElapsedTimer;
            started->start();
            QNetworkReply* reply = nam.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, started]() {
                latencies.append(started->nsecsElapsed() / 1e6);
                delete started;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++ok;
                reply->deleteLater();
                if (++done == total)
                    app.quit();
            });
        }
        if (sent == total)
            pace.stop();
    };
    QObject::connect(&pace, &QTimer::timeout, &app, sendDue);
    pace.start(std::max(1, int(1000.0 / rate / 4)));
    sendDue();
    // A bound on the whole run: the load is late by more than 30 s only if the server is stuck.
    QTimer::singleShot(int(seconds * 1000) + 30000, &app, &QCoreApplication::quit);
    app.exec();
    const double elapsed = clock.nsecsElapsed() / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const auto pct = [&](double p) {
        return latencies.isEmpty()
            ? 0.0
            : latencies.at(std::min<qsizetype>(latencies.size() - 1, qsizetype(p * latencies.size())));
    };
    std::printf("signins sent=%d ok=%d failed=%d seconds=%.2f rate=%.2f/s p50=%.1fms p99=%.1fms\n", sent, ok, done - ok,
                elapsed, ok / elapsed, pct(0.50), pct(0.99));
    return ok == total ? 0 : 1;
}
