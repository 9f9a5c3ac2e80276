#pragma once

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace citoyens {

class AccountScope;
class TopUpOperation;
class WalletCommands;
class WalletMovementModel;

// The web platform's "DÉPÔTS DE FONDS" block beside every page of the account: the balance,
// the five amounts and "Recréditer mon porte-monnaie". A top-up opens the provider's page in
// the system browser; the block then says where the payment stands until it is paid,
// refused, abandoned or expired (the top-up itself lives in WalletCommands, so it also
// follows one started from the purchase dialog).
class WalletPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletPanel)

public:
    explicit WalletPanel(AccountScope* scope, QWidget* parent = nullptr);

    QLabel* balanceLabel() const { return m_balance; }
    QLabel* statusLabel() const { return m_status; }
    // The amount chosen among the five (cents).
    qint64 chosenAmountCents() const;
    void chooseAmount(qint64 cents);

    // `url` as shown in a narrow column: it may break after its punctuation (a zero-width space),
    // so that a word-wrapped label shows all of it instead of cutting it at the edge.
    static QString breakableUrl(const QString& url);

private:
    void updateBalance();
    void topUp();
    void follow(TopUpOperation* operation);
    void updateStatus();

    WalletCommands* m_commands;
    WalletMovementModel* m_wallet;
    QLabel* m_title;
    QLabel* m_balance;
    QButtonGroup* m_amounts;
    QPushButton* m_topUp;
    QLabel* m_status;
    QLabel* m_link; // the payment page's address when the browser could not be opened
    QPushButton* m_copyLink;
    QPushButton* m_reopen;
    QPointer<TopUpOperation> m_following;
    QString m_lastWords; // what the last top-up came to, kept once it is gone
};

} // namespace citoyens
