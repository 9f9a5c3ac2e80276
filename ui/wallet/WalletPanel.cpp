#include "WalletPanel.h"

#include "itemmodels/WalletMovementModel.h"
#include "models/Money.h"
#include "scope/AccountScope.h"
#include "wallet/WalletCommands.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

namespace {

// The payment page's address, shown when no browser could open it, has no space to wrap at: a
// zero-width space after its separators (and inside long runs) lets the sidebar's narrow label
// wrap it instead of cutting it. Only the shown text: the accessible name keeps the address.
QString breakable(const QString& text)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString& word : words) {
        if (!word.contains(QLatin1String("://")))
            continue;
        QString out;
        int run = 0;
        for (const QChar c : std::as_const(word)) {
            out += c;
            if (QStringView(u"/?&=.").contains(c) || ++run >= 12) {
                out += QChar(0x200B);
                run = 0;
            }
        }
        word = out;
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

WalletPanel::WalletPanel(AccountScope* scope, QWidget* parent)
    : QWidget(parent)
    , m_commands(scope->walletCommands())
    , m_wallet(scope->walletModel())
    , m_title(new QLabel(tr("FUNDS DEPOSIT"), this))
    , m_balance(new QLabel(this))
    , m_amounts(new QButtonGroup(this))
    , m_topUp(new QPushButton(tr("&Top up my wallet"), this))
    , m_status(new QLabel(this))
    , m_reopen(new QPushButton(tr("Open the payment page again"), this))
{
    setObjectName(QStringLiteral("walletPanel"));
    setAccessibleName(tr("Funds deposit"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "#walletPanel { border-top: 1px solid #4d7f8d; }"
        "#walletPanel QLabel { color: #ffffff; background: transparent; }"
        "#walletPanel QLabel#walletPanelTitle { font-weight: 700; letter-spacing: 1px; }"
        "#walletPanel QLabel#walletBalanceLabel { font-size: 13pt; font-weight: 600; }"
        "#walletPanel QPushButton { background: transparent; color: #ffffff; border: 1px solid #4d7f8d; "
        "padding: 6px; border-radius: 4px; }"
        "#walletPanel QPushButton:checked { background: #00708a; border-color: #9fd8e4; font-weight: 600; }"
        "#walletPanel QPushButton:focus { border: 2px solid #9fd8e4; }"
        "#walletPanel QPushButton#walletTopUpButton { background: #ffffff; color: #0b3d4c; font-weight: 600; }"
        "#walletPanel QPushButton#walletTopUpButton:disabled { background: #6b9aa6; color: #ffffff; }"));
    // Opening the provider's page is the GUI's business; the core only decides when.
    m_commands->setUrlOpener([](const QUrl& url) { return QDesktopServices::openUrl(url); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(6);
    m_title->setObjectName(QStringLiteral("walletPanelTitle"));
    layout->addWidget(m_title);
    m_balance->setObjectName(QStringLiteral("walletBalanceLabel"));
    layout->addWidget(m_balance);

    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    int i = 0;
    for (qint64 cents : WalletRules::TopUpAmountsCents) {
        auto* button = new QPushButton(Money::fromCents(cents).toFrench(), this);
        button->setObjectName(QStringLiteral("walletAmount%1").arg(cents));
        button->setAccessibleName(tr("Top-up amount %1").arg(Money::fromCents(cents).toFrench()));
        button->setCheckable(true);
        button->setAutoDefault(false);
        m_amounts->addButton(button, int(cents));
        grid->addWidget(button, i / 3, i % 3);
        ++i;
    }
    m_amounts->setExclusive(true);
    chooseAmount(2500);
    layout->addLayout(grid);

    m_topUp->setObjectName(QStringLiteral("walletTopUpButton"));
    m_topUp->setAccessibleName(tr("Top up my wallet"));
    m_topUp->setAutoDefault(false);
    layout->addWidget(m_topUp);
    m_status->setObjectName(QStringLiteral("walletTopUpStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    layout->addWidget(m_status);
    m_reopen->setObjectName(QStringLiteral("walletReopenButton"));
    m_reopen->setAccessibleName(tr("Open the payment page again"));
    m_reopen->setAutoDefault(false);
    m_reopen->hide();
    layout->addWidget(m_reopen);

    connect(m_topUp, &QPushButton::clicked, this, &WalletPanel::topUp);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_following)
            QDesktopServices::openUrl(m_following->paymentUrl());
    });
    connect(m_wallet, &WalletMovementModel::balanceChanged, this, &WalletPanel::updateBalance);
    connect(m_commands, &WalletCommands::topUpStarted, this, &WalletPanel::follow);
    if (m_commands->currentTopUp())
        follow(m_commands->currentTopUp());
    updateBalance();
}

qint64 WalletPanel::chosenAmountCents() const
{
    return m_amounts->checkedId();
}

void WalletPanel::chooseAmount(qint64 cents)
{
    if (QAbstractButton* button = m_amounts->button(int(cents)))
        button->setChecked(true);
}

void WalletPanel::updateBalance()
{
    const QString text = m_wallet->isKnown()
        ? tr("Balance: %1").arg(Money::fromCents(m_wallet->balanceCents()).toFrench())
        : tr("Balance: not known yet");
    m_balance->setText(text);
    m_balance->setAccessibleName(text);
}

void WalletPanel::topUp()
{
    const qint64 amount = chosenAmountCents();
    if (amount <= 0)
        return;
    m_commands->topUp(amount); // follow() comes through topUpStarted
}

void WalletPanel::follow(TopUpOperation* operation)
{
    if (m_following)
        m_following->disconnect(this);
    m_following = operation;
    connect(operation, &TopUpOperation::statusChanged, this, &WalletPanel::updateStatus);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_lastWords = operation->statusText();
        m_following = nullptr;
        updateStatus();
    });
    m_lastWords.clear();
    updateStatus();
}

void WalletPanel::updateStatus()
{
    const bool running = m_following && m_following->isRunning();
    const QString text = m_following ? m_following->statusText() : m_lastWords;
    m_status->setText(breakable(text));
    m_status->setAccessibleName(text);
    m_status->setVisible(!text.isEmpty());
    m_reopen->setVisible(running && !m_following->paymentUrl().isEmpty());
    m_topUp->setEnabled(!running || !m_following->status().isEmpty());
}

} // namespace citoyens
