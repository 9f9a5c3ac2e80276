#pragma once

#include <QPointer>

#include "widgets/FormPage.h"

#include "sync/SubscriptionDraft.h"

#include "models/FamilyQuotient.h"
#include "models/Service.h"

#include <QList>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace citoyens {

class ApiError;
class BusyButton;
class DocumentField;
class FamilyQuotientForm;
class FormErrors;
class QuotientCommands;
class QuotientOperation;
class Subscription;
class SubscriptionCommands;
class SubscriptionOperation;

// The second step of a request: the supporting documents the service asks for, the revenu
// fiscal de référence and the number of parts, with the quotient familial and its bracket
// shown as they are typed. Beside the income statement, « Récupérer mon quotient auprès de la
// CAF / MSA » opens the identity form (FamilyQuotientForm): once the quotient is obtained (or
// the one kept is painted from the store), it prices the request and the income statement, the
// income and the parts are no longer asked. "Valider" uploads with a progress bar and "Annuler"; a failure
// keeps everything in place. Escape goes back to the list of services (or cancels a transfer).
class SupportingDocumentsPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportingDocumentsPage)

public:
    SupportingDocumentsPage(SubscriptionCommands* commands, QuotientCommands* quotients, QWidget* parent = nullptr);

    // Builds the form for `service` (`communeName` as the catalogue writes it). The same
    // service again keeps what was typed.
    void setService(const Service& service, const QString& communeName);
    QString serviceId() const { return m_service.id; }
    SubscriptionDraft draft() const;
    DocumentField* documentField(const QString& kind) const;
    FamilyQuotientForm* quotientForm() const { return m_quotientForm; }
    // The CAF/MSA's quotient the request will carry (nullopt: the income and the document).
    const std::optional<FamilyQuotient>& familyQuotient() const { return m_familyQuotient; }
    void reset();
    void focusFirstField() override;

signals:
    void submitted(const QString& subscriptionId);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void clearDocuments();
    void updateQuotient();
    void submit();
    void onBusyChanged(bool busy);
    void onFailed(const ApiError& error);
    void showFieldErrors(const FieldErrors& errors);
    // The quotient part of the page: the choice, the form, or the quotient used.
    void placeQuotientBox(QList<QWidget*>* chain);
    void openQuotientForm();
    void obtainQuotient();
    void useQuotient(const std::optional<FamilyQuotient>& quotient);
    void refreshKeptQuotient();

    SubscriptionCommands* m_commands;
    Service m_service;
    QString m_communeName;
    QLabel* m_serviceLabel;
    QWidget* m_documentsBox;
    QList<DocumentField*> m_documents;
    QWidget* m_incomeBox;
    QLineEdit* m_income;
    QDoubleSpinBox* m_parts;
    QLabel* m_quotient;
    QLabel* m_formMessage;
    FormErrors* m_errors;
    QProgressBar* m_progress;
    QPushButton* m_back;
    QPushButton* m_cancel;
    BusyButton* m_submit;
    QPointer<SubscriptionOperation> m_operation; // the submission this page started
    QuotientCommands* m_quotients;
    QWidget* m_quotientBox;
    QLabel* m_quotientChoiceHint;
    QPushButton* m_quotientChoice;
    FamilyQuotientForm* m_quotientForm;
    QLabel* m_quotientResult;
    QPushButton* m_quotientUndo;
    std::optional<FamilyQuotient> m_familyQuotient;
    QPointer<QuotientOperation> m_quotientCall;
};

} // namespace citoyens
