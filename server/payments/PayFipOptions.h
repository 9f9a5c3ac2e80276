#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace citoyens::server {

// What the command line says of PayFiP (--payment-provider payfip, docs/deploy/README.md).
struct PayFipConfig
{
    QString endpoint = QStringLiteral("https://www.payfip.gouv.fr/tpa/services/securite");
    QString page = QStringLiteral("https://www.payfip.gouv.fr/tpa/paiementws.web");
    QString numcli; // the régie's client number, 6 digits
    QString saisie = QStringLiteral("T"); // T test, X activation, W production
    QString caFile; // empty: the system's trust store
    qint64 timeoutMs = 15'000; // hidden --payfip-timeout: a whole call, connection included
};

namespace PayFipOptions {

QList<QCommandLineOption> options();
// Reads and checks the options into `config`; with `selected` false (another provider) any
// of them is refused, so that a mistyped --payment-provider is not silently ignored.
bool read(const QCommandLineParser& parser, bool selected, PayFipConfig* config, QString* message);

} // namespace PayFipOptions

} // namespace citoyens::server
