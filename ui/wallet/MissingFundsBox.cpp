#include "MissingFundsBox.h"

#include "WalletPanel.h"

#include "widgets/FormHelpers.h"

#include "models/Money.h"
#include "scope/AccountScope.h"
#include "wallet/TopUpOperation.h"
#include "wallet/WalletCommands.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

MissingFundsBox::MissingFundsBox(AccountScope* scope, const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_line(new QWidget(this))
    , m_short(FormHelpers::paragraph({}, m_line, QStringLiteral("reminder")))
    , m_topUp(new QPushButton(m_line))
    , m_status(FormHelpers::paragraph({}, this, QStringLiteral("notice")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line->setObjectName(prefix + QStringLiteral("ShortBox"));
    auto* line = new QHBoxLayout(m_line);
    line->setContentsMargins(0, 0, 0, 0);
    m_short->setObjectName(prefix + QStringLiteral("ShortLabel"));
    line->addWidget(m_short, 1);
    m_topUp->setObjectName(prefix + QStringLiteral("TopUpButton"));
    m_topUp->setAutoDefault(false);
    line->addWidget(m_topUp);
    layout->addWidget(m_line);
    m_status->setObjectName(prefix + QStringLiteral("TopUpStatus"));
    m_status->hide();
    layout->addWidget(m_status);
    connect(m_topUp, &QPushButton::clicked, this, &MissingFundsBox::topUp);
    setMissing(0);
}

void MissingFundsBox::setMissing(qint64 missingCents)
{
    // The button is named even while hidden (the smallest top-up when nothing is missing).
    const Money topUp = Money::fromCents(WalletRules::topUpCovering(std::max<qint64>(missingCents, 1)));
    m_short->setText(tr("You are missing %1.").arg(Money::fromCents(missingCents).toFrench()));
    m_topUp->setText(tr("Top &up %1").arg(topUp.toFrench()));
    m_topUp->setAccessibleName(tr("Top up %1").arg(topUp.toFrench()));
    m_topUp->setProperty("cents", topUp.cents());
    m_topUp->setEnabled(!isToppingUp());
    m_line->setVisible(missingCents > 0);
}

bool MissingFundsBox::isToppingUp() const
{
    return m_toppingUp && m_toppingUp->isRunning();
}

void MissingFundsBox::topUp()
{
    if (isToppingUp())
        return;
    TopUpOperation* operation = m_scope->walletCommands()->topUp(m_topUp->property("cents").toLongLong());
    m_toppingUp = operation;
    const auto show = [this, operation] {
        // The payment page's address, when the browser could not open it, wraps instead of being cut.
        QString text = operation->statusText();
        if (const QString url = operation->paymentUrl().toString(); !url.isEmpty())
            text.replace(url, WalletPanel::breakableUrl(url));
        m_status->setText(text);
        m_status->setAccessibleName(operation->statusText());
        m_status->show();
    };
    connect(operation, &TopUpOperation::statusChanged, this, show);
    connect(operation, &Operation::finished, this, [this, show] {
        show();
        m_topUp->setEnabled(true);
        Q_EMIT topUpFinished();
    });
    show();
    m_topUp->setEnabled(false);
}

} // namespace citoyens
