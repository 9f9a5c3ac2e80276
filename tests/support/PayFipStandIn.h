#pragma once

#include "StandInServer.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>

// A stand-in of PayFiP's web service and payment page on a StandInServer, for tests of
// --payment-provider payfip (docs/architecture/payfip.md says what the real one does):
//   POST /tpa/services/securite      SOAP 1.1: creerPaiementSecurise, recupererDetailPaiementSecurise;
//                                    checks the envelope (namespaces, an unqualified arg0 and
//                                    fields) and each field, refusing with PayFiP's fault
//                                    (FonctionnelleErreur code and libelle; R3 for a refdet)
//   GET  /tpa/paiementws.web?idop=   the payment page; POST with idop and action (payer,
//                                    refuser, abandonner) decides, as decide() does.
// Once decided, a payment's urlnotif is called (POST form idop=…) unless notifications are
// off, trusting only setServerTrust()'s certificates. Scenario switches change what the
// detail read answers. Its handler runs on the test's thread: the test spins its event loop
// while the server under test calls it.
class PayFipStandIn : public QObject
{
    Q_OBJECT

public:
    enum class Action { Pay, Refuse, Abandon };

    struct Payment
    {
        QString idOp;
        QHash<QString, QString> fields; // creerPaiementSecurise's arg0, as received
        QString resultrans; // empty while in progress
        QDateTime decidedAt;
    };

    static constexpr const char* ServicePath = "/tpa/services/securite";
    static constexpr const char* PagePath = "/tpa/paiementws.web";

    explicit PayFipStandIn(QString numcli = QStringLiteral("123456"), QObject* parent = nullptr);

    bool start();
    QString errorString() const { return m_server.errorString(); }
    QUrl endpoint() const;
    QUrl page() const;
    QString caFile() const { return m_server.caFile(); }
    // The arguments that point the server at this stand-in (--payment-provider payfip …,
    // --payfip-timeout `timeout`).
    QStringList serverArguments(const QString& timeout = QStringLiteral("2s")) const;
    // The certificates the notification trusts (the server under test's CA).
    void setServerTrust(const QList<QSslCertificate>& certificates) { m_serverTrust = certificates; }
    void setNotifying(bool on) { m_notifying = on; }

    // The person's choice on the page; false when the payment is unknown or decided.
    bool decide(const QString& idOp, Action action);
    // PayFiP purged the payment: its detail read answers P1 from now on.
    void forget(const QString& idOp) { m_payments.remove(idOp); }

    // Scenarios of the detail read: P5 for the next `reads` reads of a decided payment; a
    // fault with `code` for every read (empty: none); the amount off by `deltaCents`; another
    // numcli; every SOAP answer `delayMs` late (past the server's timeout).
    void answerInProgressFor(int reads) { m_inProgressReads = reads; }
    void setDetailFault(const QString& code) { m_detailFault = code; }
    void setAmountDelta(qint64 deltaCents) { m_amountDelta = deltaCents; }
    void setNumcliAnswered(const QString& numcli) { m_numcliAnswered = numcli; }
    void setDelayMs(int delayMs) { m_delayMs = delayMs; }

    std::optional<Payment> payment(const QString& idOp) const;
    QList<Payment> payments() const { return m_payments.values(); }
    // How many SOAP calls of `operation` arrived, and how many were refused with a fault.
    int calls(const QString& operation) const { return m_calls.value(operation); }
    int notificationsSent() const { return m_notificationsSent; }
    int notificationsAnswered() const { return m_notificationsAnswered; }
    QList<StandInRequest> requests() const { return m_server.requests(); }

    // What the handler does with one request (public so that it can be tested alone).
    StandInResponse handle(const StandInRequest& request);

private:
    StandInResponse soap(const StandInRequest& request);
    StandInResponse create(const QHash<QString, QString>& fields);
    StandInResponse detail(const QHash<QString, QString>& fields);
    StandInResponse pageOf(const StandInRequest& request);
    void notify(const Payment& payment);

    QString m_numcli;
    StandInServer m_server;
    QHash<QString, Payment> m_payments;
    QHash<QString, int> m_calls;
    QList<QSslCertificate> m_serverTrust;
    QNetworkAccessManager m_nam;
    bool m_notifying = true;
    int m_inProgressReads = 0;
    QString m_detailFault;
    qint64 m_amountDelta = 0;
    QString m_numcliAnswered;
    int m_delayMs = 0;
    int m_notificationsSent = 0;
    int m_notificationsAnswered = 0;
    int m_nextId = 1;
};
