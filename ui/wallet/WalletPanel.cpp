#include "WalletPanel.h"

#include "itemmodels/WalletMovementModel.h"
#include "models/Money.h"
#include "scope/AccountScope.h"
#include "wallet/WalletCommands.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

namespace {

// The payment page's address inside a status text: breakable as WalletPanel::breakableUrl
// makes it, so the sidebar's narrow label wraps it instead of cutting it. Only the shown text:
// the accessible name keeps the address.
QString breakable(const QString& text)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString& word : words)
        if (word.contains(QLatin1String("://")))
            word = WalletPanel::breakableUrl(word);
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
    , m_topUp(new QPushButton(tr("Top up my wallet"), this))
    , m_status(new QLabel(this))
    , m_link(new QLabel(this))
    , m_copyLink(new QPushButton(tr("Copy the link"), this))
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
    m_link->setObjectName(QStringLiteral("walletPaymentLink"));
    m_link->setWordWrap(true);
    m_link->setTextFormat(Qt::PlainText);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_link->hide();
    layout->addWidget(m_link);
    m_copyLink->setObjectName(QStringLiteral("walletCopyLinkButton"));
    m_copyLink->setAccessibleName(tr("Copy the link of the payment page"));
    m_copyLink->setAutoDefault(false);
    m_copyLink->hide();
    layout->addWidget(m_copyLink);
    m_reopen->setObjectName(QStringLiteral("walletReopenButton"));
    m_reopen->setAccessibleName(tr("Open the payment page again"));
    m_reopen->setAutoDefault(false);
    m_reopen->hide();
    layout->addWidget(m_reopen);

    // The five amounts are one stop of the Tab order, on the chosen one, and the arrows choose
    // (Qt's own way for the buttons of an exclusive group, as for radio buttons); then the
    // buttons below them, in reading order (the amounts are built after them).
    const auto amountsOneStop = [this] {
        for (QAbstractButton* amount : m_amounts->buttons())
            amount->setFocusPolicy(amount->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
    };
    connect(m_amounts, &QButtonGroup::idToggled, this, amountsOneStop);
    amountsOneStop();
    QList<QWidget*> order;
    for (QAbstractButton* amount : m_amounts->buttons())
        order.append(amount);
    order += { m_topUp, m_copyLink, m_reopen };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_topUp, &QPushButton::clicked, this, &WalletPanel::topUp);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (!m_following)
            return;
        QGuiApplication::clipboard()->setText(m_following->paymentUrl().toString());
        m_copyLink->setText(tr("Link copied"));
    });
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

QString WalletPanel::breakableUrl(const QString& url)
{
    static const QString after = QStringLiteral("/?&=.-_:");
    QString shown;
    int run = 0;
    for (const QChar c : url) {
        shown.append(c);
        ++run;
        // Long tokens break too, every 20 characters.
        if (after.contains(c) || run >= 20) {
            shown.append(QChar(0x200B));
            run = 0;
        }
    }
    return shown;
}

void WalletPanel::updateStatus()
{
    const bool running = m_following && m_following->isRunning();
    // The page could not be opened: the address on its own lines, whole, with a button to copy it.
    const bool showLink = running && !m_following->status().isEmpty() && !m_following->pageOpened()
        && !m_following->paymentUrl().isEmpty();
    QString text = m_following ? m_following->statusText() : m_lastWords;
    if (showLink) {
        const QString url = m_following->paymentUrl().toString();
        text = tr("The payment page could not be opened. Open this address in your browser to pay %1:")
                   .arg(Money::fromCents(m_following->amountCents()).toFrench());
        m_link->setText(breakableUrl(url));
        m_link->setAccessibleName(url);
    }
    if (m_link->isHidden() == showLink)
        m_copyLink->setText(tr("Copy the link"));
    m_link->setVisible(showLink);
    m_copyLink->setVisible(showLink);
    m_status->setText(breakable(text));
    m_status->setAccessibleName(text);
    m_status->setVisible(!text.isEmpty());
    m_reopen->setVisible(running && !m_following->paymentUrl().isEmpty());
    const bool hadFocus = m_topUp->hasFocus();
    m_topUp->setEnabled(!running || !m_following->status().isEmpty());
    // While the top-up is created the button is off: the focus stays in the block, on the amount.
    if (hadFocus && !m_topUp->isEnabled() && m_amounts->checkedButton())
        m_amounts->checkedButton()->setFocus(Qt::OtherFocusReason);
}

} // namespace citoyens
