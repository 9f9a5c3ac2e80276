#include "LockScreen.h"

#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "api/ApiError.h"
#include "assisted/AssistedSession.h"
#include "operations/Operation.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

LockScreen::LockScreen(AssistedSession* assistance, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_assistance(assistance)
    , m_session(session)
    , m_who(FormHelpers::paragraph({}, this, QStringLiteral("subtitle")))
    , m_password(FormHelpers::lineEdit(QStringLiteral("lockPasswordEdit"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_switch(new QPushButton(tr("&Change user"), this))
    , m_error(FormErrors::createMessageLabel(QStringLiteral("lockError"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAccessibleName(tr("Locked desk"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(FormHelpers::paragraph(tr("The desk is locked"), box, QStringLiteral("title")));
    m_who->setObjectName(QStringLiteral("lockWhoLabel"));
    layout->addWidget(m_who);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    layout->addWidget(FormHelpers::fieldLabel(tr("&Password"), m_password, box));
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    m_unlock->setObjectName(QStringLiteral("lockUnlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_switch->setObjectName(QStringLiteral("lockSwitchUserButton"));
    m_switch->setAccessibleName(tr("Change user"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_switch, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    setFocusProxy(m_password);
}

void LockScreen::prepare()
{
    m_who->setText(tr("Signed in as %1. Enter your password to continue.").arg(m_assistance->lockedEmail()));
    m_password->clear();
    m_error->hide();
    m_unlock->setEnabled(true);
}

void LockScreen::unlock()
{
    if (m_password->text().isEmpty()) {
        m_error->setText(
            tr("Password: %1").arg(ApiError::describe({ QStringLiteral("password"), QStringLiteral("required") })));
        m_error->show();
        return;
    }
    m_error->hide();
    m_unlock->setEnabled(false);
    const QString password = m_password->text();
    m_password->clear();
    Operation* operation = m_session->signIn(m_assistance->lockedEmail(), password, false);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_unlock->setEnabled(true);
        if (operation->succeeded() || operation->error().kind == ApiError::Kind::Cancelled)
            return;
        m_error->setText(operation->error().message);
        m_error->show();
        m_password->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace citoyens
