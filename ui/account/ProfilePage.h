#pragma once

#include "widgets/FormPage.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QPushButton;

namespace citoyens {

class BusyButton;
class FormErrors;
class PasswordChangeForm;
class PersonalDetailsForm;
class Session;

// "Mes informations personnelles": the profile as the server knows it, an edit mode saved
// with Session::updateProfile, and the password change. What is being typed survives an
// account refresh (and an idle sign-out followed by signing in again as the same person).
class ProfilePage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    explicit ProfilePage(Session* session, QWidget* parent = nullptr);

    bool isEditing() const;
    void startEditing();
    void cancelEditing();
    // Forgets everything typed (another account signs in, or an explicit sign-out).
    void reset();
    // Passwords are never kept, not even for the same person after an idle sign-out.
    void forgetPasswords();

private:
    void showAccount();
    void setMode(int index);
    void save();
    QLabel* addValueRow(const QString& label, const QString& objectName);

    Session* m_session;
    QWidget* m_viewMode;
    QWidget* m_editMode;
    QFormLayout* m_view;
    QHash<QString, QLabel*> m_values;
    QPushButton* m_edit;
    PersonalDetailsForm* m_form;
    BusyButton* m_save;
    QPushButton* m_cancel;
    FormErrors* m_errors;
    QLabel* m_saved;
    PasswordChangeForm* m_password;
    QLabel* m_passwordSaved;
};

} // namespace citoyens
