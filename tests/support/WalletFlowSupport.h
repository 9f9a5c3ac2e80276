// What tst_walletflow needs beside ServicesFlowSupport: a stand-in for the system browser, the
// provider's page driven over HTTP as a browser would, Marie's answers read over the API.
#pragma once

#include "FrenchText.h"
#include "ServicesFlowSupport.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// Stands for the system browser: QDesktopServices hands it every https URL the client opens.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

class WalletFlowSupport : public ServicesFlowSupport
{
protected:
    // What the person does on the provider's page: "payer", "refuser" or "abandonner".
    void payOnProviderPage(const QUrl& url, const QString& action);
    // Marie's answer to GET `path`.
    QJsonObject marieGet(const QString& path);
    // A request of Marie's for `serviceId`, with both documents (its id; empty on failure).
    QString askOverHttp(const QString& serviceId);
    // Marie's child Léa Dupont, born on `birthDate` (ISO), with a photo, that the Rosières agent
    // validated: its id (empty on failure).
    QString approvedChildOfMarie(const QString& birthDate);

    BrowserStandIn m_browser;
    // Authorities the browser trusts beside the server's: a provider stand-in's (PayFiP).
    QList<QSslCertificate> m_providerTrust;
};
