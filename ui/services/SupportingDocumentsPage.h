#pragma once

#include <QPointer>

#include "widgets/FormPage.h"

#include "sync/SubscriptionDraft.h"

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
class FormErrors;
class Subscription;
class SubscriptionCommands;
class SubscriptionOperation;

// The second step of a request: the supporting documents the service asks for, the revenu
// fiscal de référence and the number of parts, with the quotient familial and its bracket
// shown as they are typed. "Valider" uploads with a progress bar and "Annuler"; a failure
// keeps everything in place. Escape goes back to the list of services (or cancels a transfer).
class SupportingDocumentsPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportingDocumentsPage)

public:
    SupportingDocumentsPage(SubscriptionCommands* commands, QWidget* parent = nullptr);

    // Builds the form for `service` (`communeName` as the catalogue writes it). The same
    // service again keeps what was typed.
    void setService(const Service& service, const QString& communeName);
    QString serviceId() const { return m_service.id; }
    SubscriptionDraft draft() const;
    DocumentField* documentField(const QString& kind) const;
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
};

} // namespace citoyens
