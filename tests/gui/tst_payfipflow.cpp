// A top-up paid through PayFiP end to end, offscreen, with the keyboard alone: the real
// citoyens-server runs with --payment-provider payfip against a local stand-in of PayFiP
// (PayFipStandIn, HTTPS with its own authority); Marie chooses 25 € and « Recréditer mon
// porte-monnaie » with Tab and Space, the page the client opens in the browser is PayFiP's (the
// stand-in's), paid there as a browser would; PayFiP calls the server's notification address,
// the server asks it, and the client says the payment was accepted, with the balance and the
// movement at 25,00 €.
#include "PayFipStandIn.h"
#include "WalletFlowSupport.h"

#include "KeyboardSupport.h"
#include "MainWindow.h"
#include "account/AccountWidget.h"
#include "account/PageIds.h"
#include "wallet/WalletPanel.h"

#include "models/Money.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "wallet/WalletCommands.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace citoyens;
using namespace servicesflow;

class TestPayFipFlow : public QObject, public WalletFlowSupport
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void topUpPaidThroughPayFipWithTheKeyboard();

private:
    PayFipStandIn m_payfip;
};

void TestPayFipFlow::initTestCase()
{
    QVERIFY2(m_payfip.start(), qPrintable(m_payfip.errorString()));
    startServerAndWriteFiles(m_payfip.serverArguments(QStringLiteral("10s")));
    if (QTest::currentTestFailed())
        return;
    m_payfip.setServerTrust(m_server->caCertificates());
    m_providerTrust = QSslCertificate::fromPath(m_payfip.caFile());
    QVERIFY(!m_providerTrust.isEmpty());
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    openClientAndSignIn();
    QVERIFY(m_client->services());
    m_client->services()->walletCommands()->setFollowInterval(std::chrono::milliseconds(100));
}

void TestPayFipFlow::cleanupTestCase()
{
    m_client.reset();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    stopServer();
}

void TestPayFipFlow::topUpPaidThroughPayFipWithTheKeyboard()
{
    FIND(QLabel, balance, "walletBalanceLabel");
    const qint64 before = marieGet(QStringLiteral("/me/wallet")).value(QStringLiteral("balanceCents")).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(before).toFrench(),
                              NetworkTimeoutMs);

    // 25 € and « Recréditer mon porte-monnaie », from the keyboard.
    QVERIFY2(keys::tabTo(QStringLiteral("walletAmount2500")), qPrintable(keys::focusName()));
    keys::press(Qt::Key_Space);
    QCOMPARE(m_client->window()->accountWidget()->walletPanel()->chosenAmountCents(), qint64(2500));
    QVERIFY2(keys::tabTo(QStringLiteral("walletTopUpButton")), qPrintable(keys::focusName()));
    keys::press(Qt::Key_Space);

    // The browser is sent to PayFiP's page (the stand-in's), for the payment PayFiP registered.
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, NetworkTimeoutMs);
    const QUrl page = m_browser.opened.constFirst();
    QCOMPARE(page.adjusted(QUrl::RemoveQuery), m_payfip.page());
    const QString idOp = QUrlQuery(page).queryItemValue(QStringLiteral("idop"));
    const std::optional<PayFipStandIn::Payment> payment = m_payfip.payment(idOp);
    QVERIFY(payment);
    QCOMPARE(payment->fields.value(QStringLiteral("montant")), QStringLiteral("2500"));
    QCOMPARE(payment->fields.value(QStringLiteral("mel")), MarieEmail);
    FIND(QLabel, status, "walletTopUpStatus");
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("En attente du paiement de")));
    shot(QStringLiteral("p01-payfip-pending"));

    // Paid on PayFiP's page; PayFiP notifies the server, which asks PayFiP and credits.
    const int notified = m_payfip.notificationsAnswered();
    payOnProviderPage(page, QStringLiteral("payer"));
    QTRY_COMPARE_WITH_TIMEOUT(m_payfip.notificationsAnswered(), notified + 1, NetworkTimeoutMs);
    // With the bank's authorisation number PayFiP gave.
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text().startsWith(QStringLiteral("Paiement accepté, %1 crédités (n°\u00a0d'autorisation ")
                                      .arg(Money::fromCents(2500).toFrench())),
        NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        balance->text(), fr(QStringLiteral("Solde : ")) + Money::fromCents(before + 2500).toFrench(), NetworkTimeoutMs);
    const QJsonObject wallet = marieGet(QStringLiteral("/me/wallet"));
    QCOMPARE(wallet.value(QStringLiteral("balanceCents")).toInteger(), before + 2500);
    const QJsonObject movement = wallet.value(QStringLiteral("movements")).toArray().at(0).toObject();
    QCOMPARE(movement.value(QStringLiteral("amountCents")).toInteger(), 2500);
    const QString authorisation = movement.value(QStringLiteral("authorisation")).toString();
    QVERIFY(!authorisation.isEmpty());
    QVERIFY2(status->text().endsWith(authorisation + QLatin1Char(')')), qPrintable(status->text()));

    // « Mon porte-monnaie »: the movement.
    m_client->window()->accountWidget()->openPage(PageId::Wallet);
    FIND(QTableView, movements, "walletMovementsTable");
    QTRY_VERIFY_WITH_TIMEOUT(movements->model()->rowCount() >= 1, NetworkTimeoutMs);
    QCOMPARE(movements->model()->index(0, 2).data().toString(),
             QStringLiteral("+") + Money::fromCents(2500).toFrench());
    shot(QStringLiteral("p02-payfip-paid"));
}

QTEST_MAIN(TestPayFipFlow)
#include "tst_payfipflow.moc"
