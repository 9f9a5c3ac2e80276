#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace citoyens {

// How the client reaches the platform. Built once by Application from the command line.
struct ApiClientConfig
{
    QUrl baseUrl; // e.g. https://127.0.0.1:8443 (the /api/v1 prefix is added)
    QList<QSslCertificate> caCertificates; // extra trusted CAs (--ca-file); the system CAs stay trusted
    QString language = QStringLiteral("fr"); // "fr" or "en": Accept-Language
    int transferTimeoutMs = 30000; // no byte moving for this long ends the call (Kind::Timeout)
};

} // namespace citoyens
