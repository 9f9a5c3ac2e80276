// What tst_walletflow needs beside ServicesFlowSupport: a stand-in for the system browser, the
// provider's page driven over HTTP as a browser would, Marie's answers read over the API.
#pragma once

#include "ServicesFlowSupport.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
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
    // The PDF's text comes back with ordinary spaces where French typography puts no-break ones.
    static QString spaced(QString text);
    // French typography: a no-break space before the colon.
    static QString nb(QString text) { return text.replace(QStringLiteral(" :"), QStringLiteral("\u00A0:")); }

    BrowserStandIn m_browser;
};
