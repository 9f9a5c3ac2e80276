#include "ForcedPasswordChangePage.h"

#include "widgets/FormHelpers.h"
#include "widgets/PasswordChangeForm.h"

#include "operations/Operation.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

ForcedPasswordChangePage::ForcedPasswordChangePage(Session* session, QWidget* parent)
    : FormPage(QStringLiteral("forcedPasswordChangePage"), parent)
    , m_session(session)
    , m_form(new PasswordChangeForm(QStringLiteral("forcedPassword"), tr("&Change my password"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
{
    setTitle(tr("Choose a new password"));
    setLead(tr("For security reasons, every user of the platform must now have a password that follows the rules "
               "below. Your password was created before these rules: choose a new one to continue. "
               "Your other sessions will be closed."));
    body()->addWidget(m_form);
    m_signOut->setObjectName(QStringLiteral("forcedSignOutButton"));
    m_signOut->setAccessibleName(FormHelpers::plain(m_signOut->text()));
    m_signOut->setProperty("role", QStringLiteral("secondary"));
    m_signOut->setAutoDefault(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_signOut);
    row->addStretch(1);
    body()->addSpacing(12);
    body()->addLayout(row);

    connect(m_form, &PasswordChangeForm::submitted, this, [this](const QString& current, const QString& next) {
        Operation* operation = m_session->changePassword(current, next);
        connect(operation, &Operation::finished, this, [this, operation] {
            if (operation->succeeded())
                m_form->clear();
            else
                m_form->showError(operation->error());
        });
    });
    connect(m_signOut, &QPushButton::clicked, this, &ForcedPasswordChangePage::signOutRequested);
}

void ForcedPasswordChangePage::reset()
{
    m_form->clear();
}

void ForcedPasswordChangePage::focusFirstField()
{
    m_form->focusFirstField();
}

} // namespace citoyens
