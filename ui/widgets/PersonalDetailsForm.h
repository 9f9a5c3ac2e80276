#pragma once

#include "models/Account.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace citoyens {

class DateField;
class FormErrors;
class PasswordField;
class PasswordRulesWidget;

// The personal details a person gives when creating an account and edits later on the
// profile page, in the web platform's order: Civilité, * Prénom, * Nom, [* Mot de passe], Date de
// naissance, newsletter, "Je suis une société" (company name and SIRET). Object names are
// `prefix` + "FirstNameEdit", "CivilityMRadio", ...
class PersonalDetailsForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonalDetailsForm)

public:
    PersonalDetailsForm(const QString& prefix, bool withPassword, QWidget* parent = nullptr);

    // Registers every field with `errors` (API field names), in tab order.
    void registerFields(FormErrors* errors);

    void setAccount(const Account& account);
    void clear();

    QString civility() const;
    QString firstName() const;
    QString lastName() const;
    QString password() const;
    // Invalid when empty; birthDateText() tells an unreadable entry from an empty one.
    QDate birthDate() const;
    bool birthDateUnreadable() const;
    bool newsletter() const;
    std::optional<Company> company() const;

    // Local checks that are not in Validation (an unreadable date).
    FieldErrors localErrors() const;
    void fill(Registration& registration) const;
    ProfileChange profileChange() const;

    PasswordField* passwordField() const { return m_password; }
    // The controls Tab visits, in reading order (hidden ones included): a page chains its own
    // controls after the last one.
    QList<QWidget*> tabStops() const;

signals:
    // Return was pressed in one of the text fields: the page submits.
    void returnPressed();

private:
    QLabel* addErrorLabel(const QString& name);
    void resetCivilityFocus();

    QString m_prefix;
    QRadioButton* m_civilityM;
    QRadioButton* m_civilityMme;
    QButtonGroup* m_civilityGroup;
    QWidget* m_civilityBox;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    PasswordField* m_password;
    PasswordRulesWidget* m_rules;
    DateField* m_birthDate;
    QCheckBox* m_newsletter;
    QCheckBox* m_isCompany;
    QWidget* m_companyBox;
    QLineEdit* m_companyName;
    QLineEdit* m_siret;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QString> m_fieldNames;
    QStringList m_order;
};

} // namespace citoyens
