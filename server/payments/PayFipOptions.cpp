#include "PayFipOptions.h"

#include "process/ServerConfig.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace citoyens::server::PayFipOptions {

namespace {

const QString Endpoint = QStringLiteral("payfip-endpoint");
const QString Page = QStringLiteral("payfip-page");
const QString Numcli = QStringLiteral("payfip-numcli");
const QString Saisie = QStringLiteral("payfip-saisie");
const QString CaFile = QStringLiteral("payfip-ca-file");
const QString Timeout = QStringLiteral("payfip-timeout");

bool isHttpsAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() && !url.hasQuery()
        && !url.hasFragment();
}

} // namespace

QList<QCommandLineOption> options()
{
    const PayFipConfig defaults;
    QCommandLineOption timeout(Timeout, QString(), QStringLiteral("duration"), QStringLiteral("15s"));
    timeout.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        QCommandLineOption(Endpoint, QStringLiteral("PayFiP's web service (default: %1).").arg(defaults.endpoint),
                           QStringLiteral("url")),
        QCommandLineOption(Page, QStringLiteral("PayFiP's payment page (default: %1).").arg(defaults.page),
                           QStringLiteral("url")),
        QCommandLineOption(Numcli, QStringLiteral("The régie's PayFiP client number (6 digits)."), QStringLiteral("n")),
        QCommandLineOption(Saisie, QStringLiteral("PayFiP's mode: T test, X activation, W production (default: T)."),
                           QStringLiteral("T|X|W")),
        QCommandLineOption(CaFile,
                           QStringLiteral("Trust only this CA for PayFiP (a test stand-in; default: the "
                                          "system's trust store)."),
                           QStringLiteral("file")),
        timeout,
    };
}

bool read(const QCommandLineParser& p, bool selected, PayFipConfig* c, QString* message)
{
    if (!selected) {
        for (const QString& name : { Endpoint, Page, Numcli, Saisie, CaFile, Timeout }) {
            if (p.isSet(name)) {
                *message = QStringLiteral("--%1 goes with --payment-provider payfip").arg(name);
                return false;
            }
        }
        return true;
    }
    if (p.isSet(Endpoint))
        c->endpoint = p.value(Endpoint);
    if (p.isSet(Page))
        c->page = p.value(Page);
    if (!isHttpsAddress(c->endpoint) || !isHttpsAddress(c->page)) {
        *message = QStringLiteral("--payfip-endpoint and --payfip-page want https addresses without a query, e.g. "
                                  "https://www.payfip.gouv.fr/tpa/services/securite");
        return false;
    }
    c->numcli = p.value(Numcli);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(c->numcli).hasMatch()) {
        *message = QStringLiteral("--payment-provider payfip needs --payfip-numcli, the régie's PayFiP client number "
                                  "(6 digits, given by the DGFiP)");
        return false;
    }
    if (p.isSet(Saisie))
        c->saisie = p.value(Saisie);
    if (c->saisie != QLatin1String("T") && c->saisie != QLatin1String("X") && c->saisie != QLatin1String("W")) {
        *message = QStringLiteral("--payfip-saisie: T (test), X (activation) or W (production)");
        return false;
    }
    c->caFile = p.value(CaFile);
    if (!c->caFile.isEmpty() && !QFileInfo(c->caFile).isReadable()) {
        *message = QStringLiteral("--payfip-ca-file: cannot read %1").arg(c->caFile);
        return false;
    }
    if (p.isSet(Timeout)) {
        c->timeoutMs = ServerConfig::parseDuration(p.value(Timeout));
        if (c->timeoutMs <= 0 || c->timeoutMs > 120'000) {
            *message = QStringLiteral("--payfip-timeout: a duration up to 2m, e.g. 15s");
            return false;
        }
    }
    return true;
}

} // namespace citoyens::server::PayFipOptions
