#include "CitizenRecordView.h"

#include "widgets/FamilyQuotientForm.h"
#include "widgets/FormHelpers.h"
#include "widgets/FormPage.h"

#include "assisted/AssistedSession.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "models/Subscription.h"
#include "walkin/WalkInCommands.h"

#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace citoyens {

CitizenRecordView::CitizenRecordView(AssistedSession* assistance, QWidget* parent)
    : QWidget(parent)
    , m_assistance(assistance)
    , m_title(FormHelpers::paragraph({}, this, QStringLiteral("title")))
    , m_identity(FormHelpers::paragraph({}, this))
    , m_beneficiaries(new QListWidget(this))
    , m_subscriptions(new QListWidget(this))
    , m_back(new QPushButton(tr("\u2190 &Back to the search"), this))
    , m_assist(new QPushButton(tr("&Open an assisted session"), this))
    , m_quotient(new QPushButton(tr("&Get the CAF / MSA quotient"), this))
    , m_consent(new QWidget(this))
    , m_code(FormHelpers::lineEdit(QStringLiteral("citizenConsentCodeEdit"), m_consent))
    , m_confirm(new QPushButton(tr("&Confirm"), m_consent))
    , m_message(FormHelpers::paragraph({}, this))
{
    setObjectName(QStringLiteral("citizenRecord"));
    setAccessibleName(tr("Citizen's record"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(FormPage::pageMargins());
    m_back->setObjectName(QStringLiteral("citizenBackButton"));
    m_back->setAccessibleName(tr("Back to the search"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch(1);
    layout->addLayout(top);
    m_title->setObjectName(QStringLiteral("citizenName"));
    layout->addWidget(m_title);
    m_identity->setObjectName(QStringLiteral("citizenIdentity"));
    m_identity->setTextFormat(Qt::PlainText);
    layout->addWidget(m_identity);

    layout->addWidget(FormHelpers::fieldLabel(tr("&Beneficiaries"), m_beneficiaries, this));
    m_beneficiaries->setObjectName(QStringLiteral("citizenBeneficiariesList"));
    m_beneficiaries->setAccessibleName(tr("Beneficiaries"));
    m_beneficiaries->setMaximumHeight(120);
    layout->addWidget(m_beneficiaries);
    layout->addWidget(FormHelpers::fieldLabel(tr("&Requests in your communes"), m_subscriptions, this));
    m_subscriptions->setObjectName(QStringLiteral("citizenSubscriptionsList"));
    m_subscriptions->setAccessibleName(tr("Requests in your communes"));
    m_subscriptions->setMaximumHeight(160);
    layout->addWidget(m_subscriptions);

    m_assist->setObjectName(QStringLiteral("citizenAssistButton"));
    m_assist->setAccessibleName(tr("Open an assisted session"));
    auto* assistRow = new QHBoxLayout;
    assistRow->addWidget(m_assist);
    m_quotient->setObjectName(QStringLiteral("citizenQuotientButton"));
    m_quotient->setAccessibleName(tr("Get the CAF / MSA quotient"));
    m_quotient->setAccessibleDescription(tr("With the citizen's consent, given at the desk."));
    assistRow->addWidget(m_quotient);
    assistRow->addStretch(1);
    layout->addLayout(assistRow);

    m_consent->setObjectName(QStringLiteral("citizenConsent"));
    auto* consentLayout = new QHBoxLayout(m_consent);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    m_code->setAccessibleName(tr("Code read out by the citizen"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setPlaceholderText(tr("6 digits"));
    m_confirm->setObjectName(QStringLiteral("citizenConsentConfirmButton"));
    m_confirm->setAccessibleName(tr("Confirm"));
    consentLayout->addWidget(FormHelpers::fieldLabel(tr("Code read out by the &citizen"), m_code, m_consent));
    consentLayout->addWidget(m_code);
    consentLayout->addWidget(m_confirm);
    consentLayout->addStretch(1);
    m_consent->hide();
    layout->addWidget(m_consent);
    m_message->setObjectName(QStringLiteral("citizenRecordMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_back, &QPushButton::clicked, this, &CitizenRecordView::backRequested);
    connect(m_assist, &QPushButton::clicked, this, &CitizenRecordView::requestConsent);
    connect(m_quotient, &QPushButton::clicked, this, &CitizenRecordView::openQuotientDialog);
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(m_id, m_name, m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { confirm(m_id, m_name, m_code->text()); });
    setFocusProxy(m_assist);
}

void CitizenRecordView::load(const QString& citizenId)
{
    if (m_call)
        m_call->cancel();
    m_id = citizenId;
    m_name.clear();
    m_citizen = {};
    m_title->clear();
    m_loaded = false;
    m_identity->setText(tr("Loading the record…"));
    m_beneficiaries->clear();
    m_subscriptions->clear();
    m_consent->hide();
    m_code->clear();
    setMessage({}, false);
    WalkInOperation* operation = m_assistance->walkIn()->record(citizenId);
    m_call = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        if (operation->succeeded())
            show(operation->record());
        else if (operation->error().kind != ApiError::Kind::Cancelled)
            setMessage(operation->error().message, true);
    });
}

void CitizenRecordView::show(const CitizenRecord& record)
{
    const WalkInCitizen& citizen = record.citizen;
    m_citizen = citizen;
    m_name = citizen.fullName();
    m_title->setText(m_name);
    QStringList lines { citizen.email };
    if (citizen.birthDate.isValid())
        lines << tr("Born on %1").arg(citizen.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    lines << (citizen.activated ? tr("Account activated") : tr("Account not activated yet"));
    m_identity->setText(lines.join(QLatin1Char('\n')));
    for (const QString& name : record.beneficiaryNames)
        m_beneficiaries->addItem(name);
    if (m_beneficiaries->count() == 0)
        m_beneficiaries->addItem(tr("No beneficiary"));
    for (const Subscription& s : record.subscriptions) {
        m_subscriptions->addItem(s.displayName() + QStringLiteral(" — ")
                                 + SubscriptionTableModel::statusText(s.status, s.statusReason));
    }
    if (m_subscriptions->count() == 0)
        m_subscriptions->addItem(tr("No request in your communes"));
    m_loaded = true;
    m_assist->setFocus(Qt::OtherFocusReason);
}

void CitizenRecordView::requestConsent()
{
    if (m_id.isEmpty() || (m_call && m_call->isRunning()))
        return;
    m_assist->setEnabled(false);
    WalkInOperation* operation = m_assistance->walkIn()->requestConsent(m_id);
    m_call = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        m_assist->setEnabled(true);
        if (!operation->succeeded()) {
            if (operation->error().kind != ApiError::Kind::Cancelled)
                setMessage(operation->error().message, true);
            return;
        }
        m_consent->show();
        m_code->setFocus(Qt::OtherFocusReason);
        setMessage(tr("A code was sent to the citizen's e-mail address. Ask them to read it out to you."), false);
    });
}

void CitizenRecordView::confirm(const QString& citizenId, const QString& citizenName, const QString& code)
{
    if (m_call && m_call->isRunning())
        return;
    if (citizenId != m_id) {
        m_id = citizenId;
        m_loaded = false;
    }
    m_name = citizenName;
    WalkInOperation* operation = m_assistance->confirmAssisted(citizenId, citizenName, code);
    m_call = operation;
    m_confirm->setEnabled(false);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_confirm->setEnabled(true);
        if (!operation->succeeded()) {
            if (operation->error().kind == ApiError::Kind::Cancelled)
                return;
            const QString field = operation->error().fieldMessage(QStringLiteral("code"));
            setMessage(field.isEmpty() ? operation->error().message : tr("Code: %1").arg(field), true);
            return;
        }
        m_consent->hide();
        m_code->clear();
        setMessage({}, false);
    });
}

void CitizenRecordView::setMessage(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setProperty("error", error);
    m_message->setVisible(!message.isEmpty());
}

void CitizenRecordView::openQuotientDialog()
{
    if (!m_loaded)
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("citizenQuotientDialog"));
    dialog->setWindowTitle(tr("Family quotient of %1").arg(m_name));
    dialog->setAccessibleName(dialog->windowTitle());
    auto* form = new FamilyQuotientForm(QStringLiteral("citizenQuotient"), FamilyQuotientForm::Voice::Desk);
    form->prefill(m_citizen.civility, m_citizen.firstName, m_citizen.lastName, m_citizen.birthDate);
    // At 200 % the form is taller than a small screen: it scrolls.
    auto* scroll = new QScrollArea(dialog);
    scroll->setObjectName(QStringLiteral("citizenQuotientScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("citizenQuotientCloseButton"));
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 640);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(form, &FamilyQuotientForm::submitRequested, dialog, [this, dialog, form] { obtainQuotient(dialog, form); });
    QWidget::setTabOrder(form->tabStops().constLast(), close);
    dialog->open();
    form->firstField()->setFocus(Qt::OtherFocusReason);
}

void CitizenRecordView::obtainQuotient(QDialog* dialog, FamilyQuotientForm* form)
{
    if ((m_call && m_call->isRunning()) || !form->checkInput())
        return;
    WalkInOperation* operation = m_assistance->walkIn()->obtainQuotient(m_id, form->request());
    m_call = operation;
    form->setBusy(true);
    QPointer<QDialog> open = dialog;
    connect(operation, &Operation::finished, this, [this, operation, open, form] {
        if (!open)
            return;
        form->setBusy(false);
        if (!operation->succeeded()) {
            if (operation->error().kind != ApiError::Kind::Cancelled)
                form->showError(operation->error());
            return;
        }
        setMessage(
            tr("%1, obtained with the citizen's consent.").arg(FamilyQuotientForm::summary(*operation->quotient())),
            false);
        open->accept();
        m_quotient->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace citoyens
