#pragma once

#include "models/FamilyQuotient.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStringListModel;

namespace citoyens {

class ApiError;
class BusyButton;
class DateField;
class FormErrors;

// The identity the CAF or the MSA knows a person by, and their consent, to obtain the family
// quotient: nom de naissance, prénoms, sexe, date de naissance, pays and commune de naissance (a
// commune chosen from the official list by its name, never typed as a code), the consent box
// and « Récupérer mon quotient ». The page that shows it sends the request (the citizen's own,
// or the desk's for a citizen) and gives the answer back: a failure keeps everything typed.
// Object names start with `prefix`: `<prefix>BirthNameEdit`, `<prefix>SubmitButton`...
class FamilyQuotientForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FamilyQuotientForm)

public:
    enum class Voice { Citizen, Desk }; // « mon quotient » or « le quotient de l'usager »

    FamilyQuotientForm(const QString& prefix, Voice voice, QWidget* parent = nullptr);

    // « Quotient CAF de mars 2026 : 512 € ».
    static QString summary(const FamilyQuotient& quotient);

    // Fills the fields still blank from the account: the last name as the birth name, the
    // first name, the sex from the civility, the birth date.
    void prefill(const QString& civility, const QString& firstName, const QString& lastName, const QDate& birthDate);
    FamilyQuotientRequest request() const;
    // The rules of the request (FamilyQuotientRequest::check), shown under the fields, the
    // focus on the first wrong one: true when it can be sent.
    bool checkInput();
    // The server's answer to a request that failed, under its field or as the form's message
    // (which says the document can still be attached).
    void showError(const ApiError& error);
    void setBusy(bool busy);
    // Forgets what was typed (another person).
    void clear();

    QWidget* firstField() const;
    // The form's controls in reading order, for the host's tab order.
    QList<QWidget*> tabStops() const;

Q_SIGNALS:
    // « Récupérer … » was pressed (or Return in a field).
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void searchCommunes(const QString& text);
    // The commune typed or chosen: its code, or empty when the text names none (or several).
    QString communeCode() const;
    void updateCountry();

    QLineEdit* m_birthName;
    QLineEdit* m_firstNames;
    QWidget* m_sexBox;
    QRadioButton* m_female;
    QRadioButton* m_male;
    QButtonGroup* m_sexGroup;
    DateField* m_birthDate;
    QComboBox* m_country;
    QWidget* m_communeBox;
    QLineEdit* m_commune;
    QStringListModel* m_communeChoices;
    QLabel* m_abroad;
    QCheckBox* m_consent;
    QLabel* m_formMessage;
    FormErrors* m_errors;
    BusyButton* m_submit;
    QString m_chosenCode; // the commune picked in the list, while its text is unchanged
    QString m_chosenLabel;
};

} // namespace citoyens
