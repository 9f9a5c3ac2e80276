#pragma once

#include "widgets/FormPage.h"

#include "models/Account.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;

namespace citoyens {

class Operation;
class AuthOperations;
class BusyButton;
class FormErrors;
class PersonalDetailsForm;

// "Vos informations personnelles": the details of a new account, sent with
// POST /auth/register; the server then mails a code to confirm the address.
class RegisterDetailsPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterDetailsPage)

public:
    explicit RegisterDetailsPage(AuthOperations* auth, QWidget* parent = nullptr);

    void setEmail(const QString& email);
    void reset();
    void focusFirstField() override;

signals:
    // The server accepted the registration and sent a code (or a notice) to the address.
    void registrationSent(const citoyens::Registration& registration);
    void backRequested();

private:
    void submit();
    void onFinished(Operation* operation, const Registration& registration);

    AuthOperations* m_auth;
    QString m_email;
    QLabel* m_emailLabel;
    PersonalDetailsForm* m_form;
    QPushButton* m_readTerms;
    QPushButton* m_readPrivacy;
    QCheckBox* m_terms;
    BusyButton* m_submit;
    QPushButton* m_back;
    FormErrors* m_errors;
    QPointer<Operation> m_call;
};

} // namespace citoyens
