#pragma once

#include "widgets/FormPage.h"

class QPushButton;

namespace citoyens {

class PasswordChangeForm;
class Session;

// Shown after signing in with a password created before the current rules: the account
// can do nothing else until the password is changed (the server enforces it too).
class ForcedPasswordChangePage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForcedPasswordChangePage)

public:
    explicit ForcedPasswordChangePage(Session* session, QWidget* parent = nullptr);

    void reset();
    void focusFirstField() override;

signals:
    void signOutRequested();

private:
    Session* m_session;
    PasswordChangeForm* m_form;
    QPushButton* m_signOut;
};

} // namespace citoyens
