#pragma once

#include "PaymentProvider.h"
#include "outbound/HttpsClient.h"

#include <functional>

namespace citoyens::server {

// PayFiP, the DGFiP's payment service of the régies (--payment-provider payfip,
// docs/architecture/payfip.md): creerPaiementSecurise registers a payment and gives its idOp,
// the person pays on PayFiP's page, recupererDetailPaiementSecurise says how it ended. Each
// call is one blocking SOAP request over verified HTTPS (HttpsClient) from the worker thread
// that needs it; nothing is kept between calls, so any number of threads may call at once.
// The payer's e-mail is sent, never logged.
class PayFipProvider : public PaymentProvider
{
public:
    struct Settings
    {
        QUrl endpoint; // the web service (…/tpa/services/securite)
        QUrl page; // the payment page (…/tpa/paiementws.web), given ?idop=
        QString numcli; // the régie's client number, 6 digits
        QString saisie; // T test, X activation, W production
        HttpsClient::Options https;
        // The addresses PayFiP calls back and sends the person back to (known once the server
        // listens).
        std::function<QUrl()> notificationUrl;
        std::function<QUrl()> returnUrl;
    };

    // PayFiP's own limits on the fields of creerPaiementSecurise.
    static constexpr qint64 MinAmountCents = 100;
    static constexpr int MinEmailLength = 6;
    static constexpr int MaxEmailLength = 80;
    static constexpr int MaxObjectLength = 100;

    explicit PayFipProvider(Settings settings);

    QString name() const override { return QStringLiteral("payfip"); }
    // Throws Problem 422 payment_email_unusable for an e-mail PayFiP refuses (before any
    // call), Problem 503 payment_unavailable when PayFiP cannot be reached or refuses.
    Created create(const Request& request) override;
    // Never throws for PayFiP's own reasons: a fault other than P1 (expired), a transport error
    // or a timeout answer InProgress (the top-up stays pending until it expires), logged.
    std::optional<Status> status(const QString& idOp) override;

    // `objet` as PayFiP takes it: accents stripped, [A-Za-z0-9 ] only, at most 100.
    static QString sanitisedObject(const QString& text);
    static bool isEmailUsable(const QString& email);
    // The year of `ms` in Paris (exer).
    static int parisYear(qint64 ms);
    // dattrans (DDMMYYYY) and heurtrans (HHMM), Paris time, as ms since the epoch; 0 when
    // unreadable.
    static qint64 paidAt(const QString& dattrans, const QString& heurtrans);

private:
    PaymentProvider::Status detail(const QString& idOp, const QHash<QString, QString>& fields) const;

    Settings m_settings;
    HttpsClient m_client;
};

} // namespace citoyens::server
