#include "NewCitizenPage.h"

#include "ActivationSheet.h"
#include "Desk.h"

#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "api/ApiCall.h"
#include "api/CitizenDeskApi.h"
#include "models/FieldCodes.h"
#include "models/FieldError.h"

#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace citoyens {

namespace {

std::function<QString(QWidget*, const QString&)>& sheetChooser()
{
    static std::function<QString(QWidget*, const QString&)> chooser = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, NewCitizenPage::tr("Save the activation sheet"), suggested,
                                            NewCitizenPage::tr("PDF documents (*.pdf)"));
    };
    return chooser;
}

std::function<void(const QString&)>& sheetOpener()
{
    static std::function<void(const QString&)> opener = [](const QString& path) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    return opener;
}

} // namespace

void NewCitizenPage::setSheetPathChooser(std::function<QString(QWidget*, const QString&)> chooser)
{
    sheetChooser() = std::move(chooser);
}

void NewCitizenPage::setSheetOpener(std::function<void(const QString&)> opener)
{
    sheetOpener() = std::move(opener);
}

NewCitizenPage::NewCitizenPage(Desk* desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
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

    connect(m_sendMail, &QPushButton::clicked, this, [this] { create(QStringLiteral("mail")); });
    connect(m_printSheet, &QPushButton::clicked, this, [this] {
        // The sheet of an account already created that could not be saved: the code is given
        // once, so the same answer is printed again.
        if (!m_sheetAnswer.isEmpty())
            onCreated(m_sheetAnswer, QStringLiteral("sheet"));
        else
            create(QStringLiteral("sheet"));
    });
    connect(m_assist, &QPushButton::clicked, this, &NewCitizenPage::openAssisted);
    connect(m_another, &QPushButton::clicked, this, &NewCitizenPage::reset);
    setFocusProxy(m_civility);
}

void NewCitizenPage::reset()
{
    if (m_call)
        m_call->abort();
    m_civility->setCurrentIndex(0);
    for (QLineEdit* edit : { m_firstName, m_lastName, m_birthDate, m_email })
        edit->clear();
    m_errors->clear();
    m_result->hide();
    m_assist->hide();
    m_another->hide();
    m_createdId.clear();
    m_createdName.clear();
    m_sheetPath.clear();
    m_sheetAnswer = {};
    m_idempotencyKey.clear();
    m_keyBody = {};
    setBusy(false);
}

QJsonObject NewCitizenPage::input(const QString& delivery, bool* ok)
{
    FieldErrors errors;
    QJsonObject body;
    body.insert(QStringLiteral("civility"), m_civility->currentData().toString());
    body.insert(QStringLiteral("firstName"), m_firstName->text().trimmed());
    body.insert(QStringLiteral("lastName"), m_lastName->text().trimmed());
    body.insert(QStringLiteral("email"), m_email->text().trimmed());
    body.insert(QStringLiteral("delivery"), delivery);
    const QString birthText = m_birthDate->text().trimmed();
    if (!birthText.isEmpty()) {
        const QDate birth = QDate::fromString(birthText, QStringLiteral("dd/MM/yyyy"));
        if (!birth.isValid())
            errors.append({ QStringLiteral("birthDate"), FieldCode::InvalidDate });
        else
            body.insert(QStringLiteral("birthDate"), birth.toString(Qt::ISODate));
    }
    for (const QString& field : { QStringLiteral("lastName"), QStringLiteral("firstName"), QStringLiteral("email") }) {
        if (body.value(field).toString().isEmpty())
            errors.append({ field, FieldCode::Required });
    }
    *ok = errors.isEmpty();
    if (!*ok)
        m_errors->show(errors);
    return body;
}

void NewCitizenPage::create(const QString& delivery)
{
    if (m_call)
        return;
    m_errors->clear();
    bool ok = false;
    const QJsonObject body = input(delivery, &ok);
    if (!ok)
        return;
    // The same input sent again (a lost answer) replays the first creation.
    if (body != m_keyBody || m_idempotencyKey.isEmpty()) {
        m_idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_keyBody = body;
    }
    setBusy(true);
    ApiCall* call = m_desk->api()->create(body, m_idempotencyKey);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, delivery] {
        setBusy(false);
        if (!call->ok()) {
            if (call->error().kind != ApiError::Kind::Cancelled)
                m_errors->show(call->error());
            return;
        }
        onCreated(call->json(), delivery);
    });
}

void NewCitizenPage::onCreated(const QJsonObject& answer, const QString& delivery)
{
    m_createdId = answer.value(QStringLiteral("id")).toString();
    if (m_createdName.isEmpty())
        m_createdName = m_firstName->text().trimmed() + QLatin1Char(' ') + m_lastName->text().trimmed();
    m_idempotencyKey.clear();
    m_keyBody = {};
    QString text;
    if (delivery == QStringLiteral("sheet")) {
        if (writeSheet(answer)) {
            m_sheetAnswer = {};
            text = tr("The account of %1 is created. The activation sheet is saved in %2: hand it to the citizen.")
                       .arg(m_createdName, QDir::toNativeSeparators(m_sheetPath));
        } else {
            m_sheetAnswer = answer;
            text = tr("The account of %1 is created, but the activation sheet was not saved. Print it again: the "
                      "code is given only once.")
                       .arg(m_createdName);
        }
    } else {
        text = tr("The account of %1 is created. The activation code was sent to %2.")
                   .arg(m_createdName, answer.value(QStringLiteral("email")).toString());
    }
    m_result->setText(text);
    m_result->show();
    m_assist->show();
    m_another->show();
    setBusy(false);
    m_assist->setFocus(Qt::OtherFocusReason);
}

bool NewCitizenPage::writeSheet(const QJsonObject& answer)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(tr("activation-%1.pdf").arg(m_lastName->text().trimmed().toLower()));
    const QString path = sheetChooser()(this, suggested);
    if (path.isEmpty())
        return false;
    ActivationSheet::Details details;
    details.agglomeration = QStringLiteral("Communauté d'Agglomération du Puy-en-Velay");
    details.citizenName = m_createdName;
    details.email = answer.value(QStringLiteral("email")).toString();
    details.code = answer.value(QStringLiteral("activationCode")).toString();
    details.expiresAt
        = QDateTime::fromString(answer.value(QStringLiteral("activationExpiresAt")).toString(), Qt::ISODateWithMs);
    details.platformAddress = QStringLiteral("https://citoyens.agglo-lepuyenvelay.fr");
    ActivationSheet sheet(details);
    if (!sheet.writePdf(path)) {
        m_errors->showFormMessage(sheet.errorString());
        return false;
    }
    m_sheetPath = path;
    sheetOpener()(path);
    return true;
}

void NewCitizenPage::openAssisted()
{
    if (m_createdId.isEmpty() || m_call)
        return;
    m_assist->setEnabled(false);
    ApiCall* call = m_desk->confirmAssisted(m_createdId, m_createdName, {});
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_assist->setEnabled(true);
        if (!call->ok() && call->error().kind != ApiError::Kind::Cancelled)
            m_errors->showFormMessage(call->error().message);
    });
}

void NewCitizenPage::setBusy(bool busy)
{
    const bool created = !m_createdId.isEmpty();
    m_sendMail->setEnabled(!busy && !created);
    m_printSheet->setEnabled(!busy && (!created || !m_sheetAnswer.isEmpty()));
}

} // namespace citoyens
