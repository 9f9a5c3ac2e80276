#pragma once

#include "widgets/FormPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace citoyens {

class FormErrors;

// "Créez votre compte": the e-mail address first, then the details page.
class RegisterEmailPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterEmailPage)

public:
    explicit RegisterEmailPage(QWidget* parent = nullptr);

    void setEmail(const QString& email);
    QString email() const;
    void reset();
    void focusFirstField() override;

signals:
    void continueRequested(const QString& email);
    void backRequested();

private:
    void submit();

    QLineEdit* m_email;
    QPushButton* m_submit;
    QPushButton* m_back;
    FormErrors* m_errors;
};

} // namespace citoyens
