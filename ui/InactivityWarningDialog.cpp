#include "InactivityWarningDialog.h"

#include "widgets/FormHelpers.h"

#include "session/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

InactivityWarningDialog::InactivityWarningDialog(Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_countdown(FormHelpers::paragraph({}, this, QStringLiteral("countdown")))
    , m_stay(new QPushButton(tr("&Stay signed in"), this))
{
    setObjectName(QStringLiteral("inactivityWarningDialog"));
    setWindowTitle(tr("Are you still there?"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(FormHelpers::paragraph(windowTitle(), this, QStringLiteral("subtitle")));
    layout->addWidget(FormHelpers::paragraph(
        tr("For your security, you will be automatically signed out after 2 hours of inactivity. "
           "What you have typed will be kept until you sign in again."),
        this));
    m_countdown->setObjectName(QStringLiteral("inactivityCountdownLabel"));
    m_countdown->setAccessibleName(tr("Time left before sign-out"));
    layout->addWidget(m_countdown);
    m_stay->setObjectName(QStringLiteral("inactivityStayButton"));
    m_stay->setAccessibleName(FormHelpers::plain(m_stay->text()));
    m_stay->setProperty("role", QStringLiteral("primary"));
    m_stay->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stay);
    layout->addLayout(buttons);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWarningDialog::updateCountdown);
    connect(m_clock, &Clock::changed, this, &InactivityWarningDialog::updateCountdown);
    // Escape, closing the window and the button all mean "I am here".
    connect(m_stay, &QPushButton::clicked, this, &QDialog::accept);
    connect(this, &QDialog::finished, this, [this] {
        m_timer.stop();
        if (!m_dismissing)
            emit staySignedInRequested();
    });
}

void InactivityWarningDialog::showCountdown(int secondsLeft)
{
    m_deadline = m_clock->now().addSecs(secondsLeft);
    updateCountdown();
    m_timer.start();
    open();
    m_stay->setFocus(Qt::OtherFocusReason);
}

int InactivityWarningDialog::secondsLeft() const
{
    return std::max<qint64>(0, m_clock->now().secsTo(m_deadline));
}

void InactivityWarningDialog::dismiss()
{
    m_timer.stop();
    if (!isVisible())
        return;
    m_dismissing = true;
    done(QDialog::Rejected);
    m_dismissing = false;
}

void InactivityWarningDialog::updateCountdown()
{
    const int left = secondsLeft();
    const QString time = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(tr("You will be signed out in %1.").arg(time));
}

} // namespace citoyens
