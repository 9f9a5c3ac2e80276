#include "NewCitizenPage.h"

#include "ActivationSheet.h"

#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/FormPage.h"

#include "assisted/AssistedSession.h"
#include "models/FieldCodes.h"
#include "models/FieldError.h"
#include "walkin/WalkInCommands.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace citoyens {

namespace {

std::function<void(QPrinter&)>& printerSetup()
{
    static std::function<void(QPrinter&)> setup = [](QPrinter&) {
    };
    return setup;
}

} // namespace

void NewCitizenPage::setPrinterSetup(std::function<void(QPrinter&)> setup)
{
    printerSetup() = std::move(setup);
}

NewCitizenPage::NewCitizenPage(AssistedSession* assistance, QWidget* parent)
    : QWidget(parent)
    , m_assistance(assistance)
    , m_civility(new QComboBox(this))
    , m_firstName(FormHelpers::lineEdit(QStringLiteral("newCitizenFirstNameEdit"), this))
    , m_lastName(FormHelpers::lineEdit(QStringLiteral("newCitizenLastNameEdit"), this))
    , m_birthDate(FormHelpers::lineEdit(QStringLiteral("newCitizenBirthDateEdit"), this))
    , m_email(FormHelpers::lineEdit(QStringLiteral("newCitizenEmailEdit"), this))
    , m_sendMail(new QPushButton(tr("Send the code by &e-mail"), this))
    , m_printSheet(new QPushButton(tr("&Print an activation sheet"), this))
    , m_message(FormErrors::createMessageLabel(QStringLiteral("newCitizenMessage"), this))
    , m_result(FormHelpers::paragraph({}, this))
    , m_assist(new QPushButton(tr("&Open an assisted session"), this))
    , m_another(new QPushButton(tr("&New citizen"), this))
    , m_errors(new FormErrors(m_message, this))
{
    setObjectName(QStringLiteral("newCitizenPage"));
    setAccessibleName(tr("New citizen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(FormPage::pageMargins());
    layout->addWidget(FormHelpers::paragraph(tr("New citizen"), this, QStringLiteral("title")));
    layout->addWidget(FormHelpers::paragraph(
        tr("Create the account with the citizen. They receive an activation code and choose their password "
           "themselves: nobody at the desk sees it."),
        this));

    m_civility->setObjectName(QStringLiteral("newCitizenCivilityCombo"));
    m_civility->addItem(tr("Mr"), QStringLiteral("M"));
    m_civility->addItem(tr("Ms"), QStringLiteral("Mme"));
    m_birthDate->setPlaceholderText(tr("DD/MM/YYYY"));
    auto* form = new QFormLayout;
    struct Row
    {
        QWidget* input;
        QString label;
        QString field;
        QString messageName;
    };
    const QList<Row> rows {
        { m_civility, tr("&Civility"), QStringLiteral("civility"), QStringLiteral("newCitizenCivilityError") },
        { m_lastName, tr("&Last name"), QStringLiteral("lastName"), QStringLiteral("newCitizenLastNameError") },
        { m_firstName, tr("&First name"), QStringLiteral("firstName"), QStringLiteral("newCitizenFirstNameError") },
        { m_birthDate, tr("&Birth date"), QStringLiteral("birthDate"), QStringLiteral("newCitizenBirthDateError") },
        { m_email, tr("E-&mail address"), QStringLiteral("email"), QStringLiteral("newCitizenEmailError") }
    };
    for (const Row& row : rows) {
        auto* column = new QVBoxLayout;
        QLabel* error = FormErrors::createMessageLabel(row.messageName, this);
        column->addWidget(row.input);
        column->addWidget(error);
        form->addRow(FormHelpers::fieldLabel(row.label, row.input, this), column);
        row.input->setAccessibleName(FormHelpers::plain(row.label));
        m_errors->addField(row.field, row.input, error, FormHelpers::plain(row.label));
    }
    auto* formBox = new QWidget(this);
    formBox->setMaximumWidth(640);
    formBox->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0); // the labels under the title, at the page's margin
    layout->addWidget(formBox);
    layout->addWidget(m_message);

    m_sendMail->setObjectName(QStringLiteral("newCitizenSendMailButton"));
    m_sendMail->setAccessibleName(tr("Send the code by e-mail"));
    m_printSheet->setObjectName(QStringLiteral("newCitizenPrintSheetButton"));
    m_printSheet->setAccessibleName(tr("Print an activation sheet"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendMail);
    buttons->addWidget(m_printSheet);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_result->setObjectName(QStringLiteral("newCitizenResult"));
    m_result->hide();
    layout->addWidget(m_result);
    m_assist->setObjectName(QStringLiteral("newCitizenAssistButton"));
    m_assist->setAccessibleName(tr("Open an assisted session"));
    m_assist->hide();
    m_another->setObjectName(QStringLiteral("newCitizenAnotherButton"));
    m_another->setAccessibleName(tr("New citizen"));
    m_another->hide();
    auto* after = new QHBoxLayout;
    after->addWidget(m_assist);
    after->addWidget(m_another);
    after->addStretch(1);
    layout->addLayout(after);
    layout->addStretch(1);

    connect(m_sendMail, &QPushButton::clicked, this, [this] { create(WalkInCitizenInput::DeliveryMail); });
    connect(m_printSheet, &QPushButton::clicked, this, [this] {
        // The sheet of an account already created that could not be saved: the code is given
        // once, so the same answer is printed again.
        if (m_unprinted)
            onCreated(*m_unprinted);
        else
            create(WalkInCitizenInput::DeliverySheet);
    });
    connect(m_assist, &QPushButton::clicked, this, &NewCitizenPage::openAssisted);
    connect(m_another, &QPushButton::clicked, this, &NewCitizenPage::reset);
    // The reading order: the form as the screen shows it (Nom before Prénom), then its buttons.
    // Return presses the focused button through the window's ButtonKeys, as on every page.
    FormHelpers::setTabOrder(
        { m_civility, m_lastName, m_firstName, m_birthDate, m_email, m_sendMail, m_printSheet, m_assist, m_another });
}

NewCitizenPage::~NewCitizenPage() = default;

void NewCitizenPage::focusInEvent(QFocusEvent* event)
{
    // No focus proxy: Qt's Tab goes from a page to its proxy and past the controls between them.
    QWidget::focusInEvent(event);
    m_civility->setFocus(Qt::OtherFocusReason);
}

void NewCitizenPage::reset()
{
    if (m_call)
        m_call->cancel();
    m_civility->setCurrentIndex(0);
    for (QLineEdit* edit : { m_firstName, m_lastName, m_birthDate, m_email })
        edit->clear();
    m_errors->clear();
    m_result->hide();
    m_assist->hide();
    m_another->hide();
    m_createdId.clear();
    m_createdName.clear();
    m_sheetDestination.clear();
    m_unprinted.reset();
    m_idempotencyKey.clear();
    m_keyBody = {};
    setBusy(false);
}

bool NewCitizenPage::input(const QString& delivery, WalkInCitizenInput* input)
{
    input->civility = m_civility->currentData().toString();
    input->firstName = m_firstName->text();
    input->lastName = m_lastName->text();
    input->email = m_email->text();
    input->delivery = delivery;
    FieldErrors errors;
    const QString birthText = m_birthDate->text().trimmed();
    if (!birthText.isEmpty()) {
        input->birthDate = QDate::fromString(birthText, QStringLiteral("dd/MM/yyyy"));
        if (!input->birthDate.isValid())
            errors.append({ QStringLiteral("birthDate"), FieldCode::InvalidDate });
    }
    errors += input->validate();
    if (!errors.isEmpty())
        m_errors->show(errors);
    return errors.isEmpty();
}

void NewCitizenPage::create(const QString& delivery)
{
    if (m_call && m_call->isRunning())
        return;
    m_errors->clear();
    WalkInCitizenInput citizen;
    if (!input(delivery, &citizen))
        return;
    // The same input sent again (a lost answer) replays the first creation.
    const QJsonObject body = citizen.toJson();
    if (body != m_keyBody || m_idempotencyKey.isEmpty()) {
        m_idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_keyBody = body;
    }
    setBusy(true);
    WalkInOperation* operation = m_assistance->walkIn()->create(citizen, m_idempotencyKey);
    m_call = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        setBusy(false);
        if (!operation->succeeded()) {
            if (operation->error().kind != ApiError::Kind::Cancelled)
                m_errors->show(operation->error());
            return;
        }
        onCreated(operation->created());
    });
}

void NewCitizenPage::onCreated(const CreatedCitizen& created)
{
    m_createdId = created.id;
    if (m_createdName.isEmpty())
        m_createdName = m_firstName->text().trimmed() + QLatin1Char(' ') + m_lastName->text().trimmed();
    m_idempotencyKey.clear();
    m_keyBody = {};
    QString text;
    if (created.delivery == WalkInCitizenInput::DeliverySheet) {
        if (printSheet(created)) {
            m_unprinted.reset();
            text = tr("The account of %1 is created. The activation sheet went to %2: hand it to the citizen.")
                       .arg(m_createdName, m_sheetDestination);
        } else {
            if (!m_unprinted)
                m_unprinted = std::make_unique<CreatedCitizen>(created);
            text = tr("The account of %1 is created, but the activation sheet was not printed. Print it again: the "
                      "code is given only once.")
                       .arg(m_createdName);
        }
    } else {
        text
            = tr("The account of %1 is created. The activation code was sent to %2.").arg(m_createdName, created.email);
    }
    m_result->setText(text);
    m_result->show();
    m_assist->show();
    m_another->show();
    setBusy(false);
    m_assist->setFocus(Qt::OtherFocusReason);
}

bool NewCitizenPage::printSheet(const CreatedCitizen& created)
{
    ActivationSheet::Details details;
    details.agglomeration = QStringLiteral("Communauté d'Agglomération du Puy-en-Velay");
    details.citizenName = m_createdName;
    details.email = created.email;
    details.code = created.activationCode;
    details.expiresAt = created.activationExpiresAt;
    details.platformAddress = QStringLiteral("https://citoyens.agglo-lepuyenvelay.fr");
    ActivationSheet sheet(details);

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Activation sheet"));
    ActivationSheet::preparePrinter(printer);
    printerSetup()(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("activationSheetPrintDialog"));
    dialog.setWindowTitle(tr("Print the activation sheet"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!sheet.print(printer)) {
        m_errors->showFormMessage(sheet.errorString());
        return false;
    }
    m_sheetDestination = printer.outputFileName().isEmpty() ? printer.printerName()
                                                            : QDir::toNativeSeparators(printer.outputFileName());
    return true;
}

void NewCitizenPage::openAssisted()
{
    if (m_createdId.isEmpty() || (m_call && m_call->isRunning()))
        return;
    m_assist->setEnabled(false);
    WalkInOperation* operation = m_assistance->confirmAssisted(m_createdId, m_createdName, {});
    m_call = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        m_assist->setEnabled(true);
        if (!operation->succeeded() && operation->error().kind != ApiError::Kind::Cancelled)
            m_errors->showFormMessage(operation->error().message);
    });
}

void NewCitizenPage::setBusy(bool busy)
{
    const bool created = !m_createdId.isEmpty();
    m_sendMail->setEnabled(!busy && !created);
    m_printSheet->setEnabled(!busy && (!created || m_unprinted));
}

} // namespace citoyens
