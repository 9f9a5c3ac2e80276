#include "SupportingDocumentsPage.h"

#include "widgets/DocumentField.h"

#include "widgets/BusyButton.h"
#include "widgets/FamilyQuotientForm.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "quotient/QuotientCommands.h"
#include "sync/SubscriptionCommands.h"

#include "models/ProblemCodes.h"
#include "models/Quotient.h"
#include "models/Subscription.h"
#include "models/Validation.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

namespace {

const QString DocumentsPrefix = QStringLiteral("documents.");
const QString IncomeField = QStringLiteral("fiscalIncomeEuros");
const QString PartsField = QStringLiteral("fiscalPartsHalves");

// "proof_of_address" -> "documentProofOfAddress"
QString fieldObjectName(const QString& kind)
{
    QString name = QStringLiteral("document");
    bool upper = true;
    for (const QChar c : kind) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name;
}

} // namespace

SupportingDocumentsPage::SupportingDocumentsPage(SubscriptionCommands* commands, QuotientCommands* quotients,
                                                 QWidget* parent)
    : FormPage(QStringLiteral("justificatifsPage"), parent, 600)
    , m_commands(commands)
    , m_serviceLabel(FormHelpers::paragraph({}, this, QStringLiteral("subtitle")))
    , m_documentsBox(new QWidget(this))
    , m_incomeBox(new QWidget(this))
    , m_income(FormHelpers::lineEdit(QStringLiteral("justificatifsIncomeEdit"), m_incomeBox))
    , m_parts(new QDoubleSpinBox(m_incomeBox))
    , m_quotient(FormHelpers::paragraph({}, m_incomeBox, QStringLiteral("notice")))
    , m_formMessage(FormErrors::createMessageLabel(QStringLiteral("justificatifsFormError"), this))
    , m_errors(new FormErrors(m_formMessage, this))
    , m_progress(new QProgressBar(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_submit(new BusyButton(tr("&Validate"), tr("Sending…"), this))
    , m_quotients(quotients)
    , m_quotientBox(new QWidget(this))
    , m_quotientChoiceHint(FormHelpers::paragraph(tr("Or, with no document and no income to type in:"), m_quotientBox,
                                                  QStringLiteral("hint")))
    , m_quotientChoice(new QPushButton(tr("Get my &quotient from the CAF / MSA"), m_quotientBox))
    , m_quotientForm(new FamilyQuotientForm(QStringLiteral("justificatifsQuotient"), FamilyQuotientForm::Voice::Citizen,
                                            m_quotientBox))
    , m_quotientResult(FormHelpers::paragraph({}, m_quotientBox, QStringLiteral("success")))
    , m_quotientUndo(new QPushButton(tr("Attach a document &instead"), m_quotientBox))
{
    setTitle(tr("My services"));
    m_serviceLabel->setObjectName(QStringLiteral("justificatifsServiceLabel"));
    body()->addWidget(m_serviceLabel);
    body()->addWidget(FormHelpers::paragraph(
        tr("Attach your supporting documents and fill in the information requested, then \"Validate\"."), this,
        QStringLiteral("hint")));

    m_documentsBox->setObjectName(QStringLiteral("justificatifsDocuments"));
    auto* documentsLayout = new QVBoxLayout(m_documentsBox);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->setSpacing(16);
    body()->addWidget(m_documentsBox);
    body()->addSpacing(8);

    // The CAF/MSA's quotient, placed beside the income statement by setService().
    m_quotientBox->setObjectName(QStringLiteral("justificatifsQuotientBox"));
    auto* quotientLayout = new QVBoxLayout(m_quotientBox);
    quotientLayout->setContentsMargins(0, 0, 0, 0);
    quotientLayout->setSpacing(6);
    m_quotientChoice->setObjectName(QStringLiteral("justificatifsQuotientChoiceButton"));
    m_quotientChoice->setAccessibleName(tr("Get my quotient from the CAF / MSA"));
    m_quotientChoice->setAccessibleDescription(
        tr("Instead of the document, the income and the parts: the commune asks the CAF or the MSA."));
    m_quotientResult->setObjectName(QStringLiteral("justificatifsQuotientResult"));
    m_quotientResult->setAccessibleName(tr("Family quotient from the CAF / MSA"));
    m_quotientUndo->setObjectName(QStringLiteral("justificatifsQuotientUndoButton"));
    m_quotientUndo->setAccessibleName(tr("Attach a document instead"));
    m_quotientChoiceHint->setObjectName(QStringLiteral("justificatifsQuotientChoiceHint"));
    quotientLayout->addWidget(m_quotientChoiceHint);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_quotientChoice);
    choiceRow->addStretch(1);
    quotientLayout->addLayout(choiceRow);
    quotientLayout->addWidget(m_quotientForm);
    quotientLayout->addWidget(m_quotientResult);
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(m_quotientUndo);
    undoRow->addStretch(1);
    quotientLayout->addLayout(undoRow);
    m_quotientForm->hide();
    m_quotientResult->hide();
    m_quotientUndo->hide();

    // Income and parts.
    auto* incomeLayout = new QVBoxLayout(m_incomeBox);
    incomeLayout->setContentsMargins(0, 0, 0, 0);
    incomeLayout->setSpacing(4);
    m_income->setPlaceholderText(tr("In whole euros, e.g. 23 500"));
    m_income->setMaxLength(16);
    m_income->setInputMethodHints(Qt::ImhDigitsOnly);
    QLabel* incomeError = FormErrors::createMessageLabel(QStringLiteral("justificatifsIncomeError"), m_incomeBox);
    incomeLayout->addWidget(FormHelpers::fieldLabel(tr("&Reference tax income (€)"), m_income, m_incomeBox));
    auto* incomeHelp = FormHelpers::paragraph(tr("Annual income after deductions, reductions and various charges "
                                                 "(line 25 of the tax notice)."),
                                              m_incomeBox, QStringLiteral("hint"));
    incomeHelp->setObjectName(QStringLiteral("justificatifsIncomeHelp"));
    m_income->setAccessibleDescription(incomeHelp->text());
    incomeLayout->addWidget(m_income);
    incomeLayout->addWidget(incomeHelp);
    incomeLayout->addWidget(incomeError);
    incomeLayout->addSpacing(8);

    m_parts->setObjectName(QStringLiteral("justificatifsPartsSpin"));
    m_parts->setRange(Quotient::MinPartsHalves / 2.0, Quotient::MaxPartsHalves / 2.0);
    m_parts->setSingleStep(0.5);
    m_parts->setDecimals(1);
    m_parts->setValue(1.0);
    m_parts->setMaximumWidth(140);
    m_parts->setMinimumHeight(34); // as tall as the line edits
    QLabel* partsError = FormErrors::createMessageLabel(QStringLiteral("justificatifsPartsError"), m_incomeBox);
    incomeLayout->addWidget(FormHelpers::fieldLabel(tr("&Number of tax shares"), m_parts, m_incomeBox));
    auto* partsHelp = FormHelpers::paragraph(tr("Shares shown on the tax notice according to the number of "
                                                "children or dependants."),
                                             m_incomeBox, QStringLiteral("hint"));
    partsHelp->setObjectName(QStringLiteral("justificatifsPartsHelp"));
    m_parts->setAccessibleDescription(partsHelp->text());
    incomeLayout->addWidget(m_parts);
    incomeLayout->addWidget(partsHelp);
    incomeLayout->addWidget(partsError);
    incomeLayout->addSpacing(8);
    m_quotient->setObjectName(QStringLiteral("justificatifsQuotientLabel"));
    m_quotient->setAccessibleName(tr("Quotient familial"));
    incomeLayout->addWidget(m_quotient);
    body()->addWidget(m_incomeBox);

    m_errors->addField(IncomeField, m_income, incomeError, tr("Reference tax income"));
    m_errors->addField(PartsField, m_parts, partsError, tr("Number of tax shares"));
    body()->addWidget(m_formMessage);

    m_progress->setObjectName(QStringLiteral("justificatifsProgress"));
    m_progress->setAccessibleName(tr("Sending the documents"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    body()->addWidget(m_progress);

    m_back->setObjectName(QStringLiteral("justificatifsBackButton"));
    m_back->setAccessibleName(tr("Back to the list of services"));
    m_cancel->setObjectName(QStringLiteral("justificatifsCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the sending"));
    m_cancel->hide();
    m_submit->setObjectName(QStringLiteral("justificatifsSubmitButton"));
    m_submit->setAccessibleName(tr("Validate the request"));
    // Return is handled by keyPressEvent, not by a default button.
    addActionRow(m_back, m_submit, 8, { m_cancel }, NoDefaultButton | ExtrasBesideSubmit);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_operation)
            m_operation->cancel();
        else
            emit backRequested();
    });
    connect(m_back, &QPushButton::clicked, this, &SupportingDocumentsPage::backRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_submit, &QPushButton::clicked, this, &SupportingDocumentsPage::submit);
    connect(m_quotientChoice, &QPushButton::clicked, this, &SupportingDocumentsPage::openQuotientForm);
    connect(m_quotientForm, &FamilyQuotientForm::submitRequested, this, &SupportingDocumentsPage::obtainQuotient);
    connect(m_quotientUndo, &QPushButton::clicked, this, [this] {
        useQuotient(std::nullopt);
        m_quotientChoice->setFocus(Qt::OtherFocusReason);
    });
    connect(m_income, &QLineEdit::textChanged, this, &SupportingDocumentsPage::updateQuotient);
    connect(m_parts, &QDoubleSpinBox::valueChanged, this, [this] {
        m_errors->clearField(PartsField);
        updateQuotient();
    });
    connect(m_parts, &QDoubleSpinBox::editingFinished, this, [this] {
        // By halves: 2,3 becomes 2,5.
        m_parts->setValue(qRound(m_parts->value() * 2) / 2.0);
    });
    updateQuotient();
}

void SupportingDocumentsPage::setService(const Service& service, const QString& communeName)
{
    if (service.id == m_service.id && !m_documents.isEmpty())
        return;
    m_service = service;
    m_communeName = communeName;
    m_serviceLabel->setText(Subscription::titleCase(communeName) + QStringLiteral(" / ")
                            + Subscription::titleCase(service.name));
    qDeleteAll(m_documents);
    m_documents.clear();
    // Tab goes down the page as it reads: the documents (built here, after the rest), then the
    // income, the parts and the buttons.
    QList<QWidget*> chain;
    m_documentsBox->layout()->removeWidget(m_quotientBox);
    for (const DocumentRequirement& requirement : service.requiredDocuments) {
        const QString label
            = requirement.label.isEmpty() ? DocumentRequirement::defaultLabel(requirement.kind) : requirement.label;
        auto* field = new DocumentField(fieldObjectName(requirement.kind), label, m_documentsBox);
        field->setProperty("kind", requirement.kind);
        m_documentsBox->layout()->addWidget(field);
        m_documents.append(field);
        chain << field->browseButton()
              << field->findChild<QPushButton*>(field->objectName() + QStringLiteral("ClearButton"));
        connect(field, &DocumentField::pathChanged, m_formMessage, &QLabel::hide);
        if (requirement.kind == DocumentRequirement::KindIncomeStatement)
            placeQuotientBox(&chain);
    }
    if (service.needsIncome && m_documentsBox->layout()->indexOf(m_quotientBox) < 0)
        placeQuotientBox(&chain);
    m_quotientBox->setVisible(service.needsIncome);
    chain << m_income << m_parts << m_back << m_cancel << m_submit;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    m_incomeBox->setVisible(service.needsIncome);
    m_income->clear();
    m_parts->setValue(1.0);
    m_errors->clear();
    useQuotient(service.needsIncome ? m_quotients->kept() : std::nullopt);
    if (service.needsIncome)
        refreshKeptQuotient();
}

void SupportingDocumentsPage::placeQuotientBox(QList<QWidget*>* chain)
{
    m_documentsBox->layout()->addWidget(m_quotientBox);
    *chain << m_quotientChoice << m_quotientForm->tabStops() << m_quotientUndo;
}

void SupportingDocumentsPage::refreshKeptQuotient()
{
    if (m_quotientCall)
        return;
    QuotientOperation* operation = m_quotients->refresh();
    connect(operation, &Operation::finished, this, [this, operation] {
        // Only a page still showing the choice follows: a form being filled stays as it is.
        if (!operation->succeeded() || m_quotientForm->isVisible() || !m_service.needsIncome)
            return;
        if (operation->quotient().has_value() != m_familyQuotient.has_value())
            useQuotient(operation->quotient());
    });
}

void SupportingDocumentsPage::openQuotientForm()
{
    m_quotientForm->show();
    m_quotientChoice->hide();
    m_quotientChoiceHint->hide();
    m_quotientForm->firstField()->setFocus(Qt::OtherFocusReason);
    QuotientOperation* operation = m_quotients->identity();
    connect(operation, &Operation::finished, this, [this, operation] {
        if (const std::optional<Account>& a = operation->account())
            m_quotientForm->prefill(a->civility, a->firstName, a->lastName, a->birthDate);
    });
}

void SupportingDocumentsPage::obtainQuotient()
{
    if (m_quotientCall || !m_quotientForm->checkInput())
        return;
    QuotientOperation* operation = m_quotients->obtain(m_quotientForm->request());
    m_quotientCall = operation;
    m_quotientForm->setBusy(true);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_quotientForm->setBusy(false);
        if (!operation->succeeded()) {
            // The form and the upload stay: the person may correct, or attach the document.
            m_quotientForm->showError(operation->error());
            return;
        }
        useQuotient(operation->quotient());
        // The form is gone: the focus stays beside what it gave.
        m_quotientUndo->setFocus(Qt::OtherFocusReason);
    });
}

void SupportingDocumentsPage::useQuotient(const std::optional<FamilyQuotient>& quotient)
{
    m_familyQuotient = quotient;
    const bool used = quotient.has_value();
    if (used) {
        const TariffBracket* bracket = Quotient::bracketFor(m_service.brackets, quotient->valeur);
        const QString summary = FamilyQuotientForm::summary(*quotient);
        m_quotientResult->setText((bracket ? tr("%1 — bracket \"%2\"").arg(summary, bracket->label) : summary)
                                  + QLatin1Char('\n')
                                  + tr("The income statement, the income and the parts are no longer asked."));
        m_quotientForm->hide();
    }
    m_quotientUndo->setAccessibleDescription(used ? m_quotientResult->text() : QString());
    m_quotientResult->setVisible(used);
    m_quotientUndo->setVisible(used);
    m_quotientChoice->setVisible(!used && !m_quotientForm->isVisible());
    m_quotientChoiceHint->setVisible(m_quotientChoice->isVisibleTo(m_quotientBox));
    if (DocumentField* statement = documentField(DocumentRequirement::KindIncomeStatement))
        statement->setVisible(!used);
    m_incomeBox->setVisible(m_service.needsIncome && !used);
    updateQuotient();
}

DocumentField* SupportingDocumentsPage::documentField(const QString& kind) const
{
    for (DocumentField* field : m_documents) {
        if (field->property("kind").toString() == kind)
            return field;
    }
    return nullptr;
}

SubscriptionDraft SupportingDocumentsPage::draft() const
{
    SubscriptionDraft draft;
    draft.serviceId = m_service.id;
    if (m_familyQuotient) {
        draft.familyQuotientId = m_familyQuotient->id;
    } else if (m_service.needsIncome) {
        qint64 euros = 0;
        if (Validation::fiscalIncomeText(QString(m_income->text()).remove(QChar(0x20AC)), &euros).isEmpty())
            draft.fiscalIncomeEuros = euros;
        draft.fiscalPartsHalves = qRound(m_parts->value() * 2);
    }
    for (DocumentField* field : m_documents) {
        const QString kind = field->property("kind").toString();
        // The quotient stands for the income statement: a file chosen before is not sent.
        if (!field->path().isEmpty() && !(m_familyQuotient && kind == DocumentRequirement::KindIncomeStatement))
            draft.documentFiles.insert(kind, field->path());
    }
    return draft;
}

void SupportingDocumentsPage::clearDocuments()
{
    for (DocumentField* field : m_documents)
        field->clear();
}

void SupportingDocumentsPage::reset()
{
    clearDocuments();
    m_income->clear();
    m_parts->setValue(1.0);
    m_errors->clear();
    m_quotientForm->clear();
    m_quotientForm->hide();
    useQuotient(m_service.needsIncome ? m_quotients->kept() : std::nullopt);
    m_progress->hide();
    m_progress->setValue(0);
    updateQuotient();
}

void SupportingDocumentsPage::focusFirstField()
{
    if (!m_documents.isEmpty())
        m_documents.constFirst()->browseButton()->setFocus(Qt::OtherFocusReason);
    else if (m_service.needsIncome)
        m_income->setFocus(Qt::OtherFocusReason);
    else
        m_submit->setFocus(Qt::OtherFocusReason);
}

void SupportingDocumentsPage::updateQuotient()
{
    if (!m_service.needsIncome) {
        m_quotient->hide();
        return;
    }
    qint64 euros = 0;
    const int halves = qRound(m_parts->value() * 2);
    std::optional<int> quotient;
    if (Validation::fiscalIncomeText(QString(m_income->text()).remove(QChar(0x20AC)), &euros).isEmpty())
        quotient = Quotient::familial(euros, halves);
    m_quotient->show();
    if (!quotient) {
        m_quotient->setText(tr("The quotient familial and its bracket appear here once the income and the number of "
                               "shares are filled in."));
        return;
    }
    const TariffBracket* bracket = Quotient::bracketFor(m_service.brackets, *quotient);
    const QString amount = QLocale().toString(*quotient);
    m_quotient->setText(bracket ? tr("Quotient familial: %1 € — bracket \"%2\"").arg(amount, bracket->label)
                                : tr("Quotient familial: %1 €").arg(amount));
}

void SupportingDocumentsPage::showFieldErrors(const FieldErrors& errors)
{
    FieldErrors own;
    QWidget* firstDocument = nullptr;
    for (DocumentField* field : m_documents) {
        const QString name = DocumentsPrefix + field->property("kind").toString();
        const auto it
            = std::find_if(errors.cbegin(), errors.cend(), [&](const FieldError& e) { return e.field == name; });
        field->showError(it == errors.cend() ? QString() : it->code);
        if (it != errors.cend() && !firstDocument)
            firstDocument = field->browseButton();
    }
    for (const FieldError& e : errors) {
        if (!e.field.startsWith(DocumentsPrefix))
            own.append(e);
    }
    m_errors->show(own);
    if (firstDocument)
        firstDocument->setFocus(Qt::OtherFocusReason);
}

void SupportingDocumentsPage::submit()
{
    if (m_operation)
        return;
    m_formMessage->hide();
    const SubscriptionDraft d = draft();
    FieldErrors errors = m_commands->validate(d);
    const QString incomeText = QString(m_income->text()).remove(QChar(0x20AC));
    if (m_service.needsIncome && !m_familyQuotient && !incomeText.trimmed().isEmpty()) {
        // The words for what was typed ("not a number") rather than "required".
        const FieldErrors typed = Validation::fiscalIncomeText(incomeText);
        if (!typed.isEmpty()) {
            errors.erase(std::remove_if(errors.begin(), errors.end(),
                                        [](const FieldError& e) { return e.field == IncomeField; }),
                         errors.end());
            errors += typed;
        }
    }
    showFieldErrors(errors);
    if (!errors.isEmpty())
        return;
    if (m_commands->isBusy()) {
        m_errors->showFormMessage(tr("Another request is being sent. Try again in a moment."));
        return;
    }
    SubscriptionOperation* operation = m_commands->submit(d);
    m_operation = operation;
    onBusyChanged(true);
    connect(operation, &Operation::progress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(std::min<qint64>(100, sent * 100 / total)));
    });
    connect(operation, &Operation::finished, this, [this, operation] {
        m_operation = nullptr;
        onBusyChanged(false);
        if (!operation->succeeded())
            return onFailed(operation->error());
        const QString id = operation->subscription().id;
        reset();
        emit submitted(id);
    });
}

void SupportingDocumentsPage::onBusyChanged(bool busy)
{
    m_submit->setBusy(busy);
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_back->setEnabled(!busy);
    m_documentsBox->setEnabled(!busy);
    m_incomeBox->setEnabled(!busy);
    if (busy)
        m_cancel->setFocus(Qt::OtherFocusReason);
}

void SupportingDocumentsPage::onFailed(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled) {
        m_errors->showFormMessage(tr("Sending was cancelled. Everything you entered is still here: press "
                                     "\"Validate\" to try again."));
        m_submit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (error.code == ProblemCode::QuotientExpired) {
        // Expired since it was painted: back to the document and the income, which are kept.
        useQuotient(std::nullopt);
        refreshKeptQuotient();
    }
    FieldErrors documentErrors;
    for (const FieldError& e : error.fieldErrors) {
        if (e.field.startsWith(DocumentsPrefix))
            documentErrors.append(e);
    }
    m_errors->show(error);
    for (DocumentField* field : m_documents) {
        const QString name = DocumentsPrefix + field->property("kind").toString();
        for (const FieldError& e : documentErrors) {
            if (e.field == name)
                field->showMessage(error.fieldMessage(name));
        }
    }
    if (!m_errors->hasErrors())
        m_submit->setFocus(Qt::OtherFocusReason);
}

void SupportingDocumentsPage::keyPressEvent(QKeyEvent* event)
{
    // Return in a field (line edits and spin boxes pass it up): "Valider".
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // On a button, Return presses that button; anywhere else it is "Valider".
        if (auto* button = qobject_cast<QAbstractButton*>(focusWidget())) {
            button->click();
            return;
        }
        submit();
        return;
    }
    FormPage::keyPressEvent(event);
}

} // namespace citoyens
