#pragma once

#include <QWidget>

class QLabel;

namespace citoyens {

class ApiError;
class BusyButton;
class FormErrors;
class PasswordField;
class PasswordRulesWidget;

// Current password + new password with the live rules checklist, and its button. The
// page that holds it sends the change (Session::changePassword) and reports back.
class PasswordChangeForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChangeForm)

public:
    PasswordChangeForm(const QString& prefix, const QString& buttonText, QWidget* parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const;
    void showError(const ApiError& error);
    void clear();
    void focusFirstField();

signals:
    void submitted(const QString& currentPassword, const QString& newPassword);

private:
    void submit();

    PasswordField* m_current;
    PasswordField* m_new;
    PasswordRulesWidget* m_rules;
    BusyButton* m_submit;
    FormErrors* m_errors;
};

} // namespace citoyens
