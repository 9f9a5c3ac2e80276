#include "AccountWidget.h"

#include "HomePage.h"
#include "ProfilePage.h"

#include "widgets/Sidebar.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

AccountWidget::AccountWidget(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_sidebar(new Sidebar(tr("MY ACCOUNT"), this))
    , m_home(new HomePage(session, this))
    , m_profile(new ProfilePage(session, this))
    , m_signOut(nullptr)
{
    setObjectName(QStringLiteral("accountWidget"));
    m_sidebar->addPage(tr("Home"), QIcon(), m_home);
    m_sidebar->addPage(tr("My personal information"), QIcon(), m_profile);
    m_signOut = m_sidebar->addFooterButton(tr("Sign &out") + QStringLiteral("  \u2794"), QIcon(),
                                           QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);

    QPushButton* profileTile = m_home->addTile(tr("My personal information"), QStringLiteral("homeProfileTile"));
    connect(profileTile, &QPushButton::clicked, this, [this] {
        m_sidebar->setCurrentPage(m_profile);
        m_profile->setFocus(Qt::OtherFocusReason);
    });
    connect(m_signOut, &QPushButton::clicked, this, &AccountWidget::signOutRequested);
}

void AccountWidget::showHome()
{
    m_sidebar->setCurrentPage(m_home);
}

void AccountWidget::forgetPasswords()
{
    m_profile->forgetPasswords();
}

void AccountWidget::reset()
{
    m_profile->reset();
    m_home->showAccountCreated(false);
    m_home->showNotice({});
    showHome();
}

} // namespace citoyens
