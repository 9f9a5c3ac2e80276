#include "BeneficiaryForm.h"

#include "IdentityPhoto.h"

#include "widgets/BusyButton.h"
#include "widgets/DateField.h"
#include "widgets/DocumentField.h"
#include "widgets/FilePicker.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "sync/BeneficiaryCommands.h"

#include "models/DocumentRules.h"
#include "models/FieldCodes.h"
#include "models/Validation.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

namespace {

constexpr int PreviewWidth = IdentityPhoto::Width * 2 / 5;
constexpr int PreviewHeight = IdentityPhoto::Height * 2 / 5;

void fillCombo(QComboBox* combo, const QStringList& items, const QString& none)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(none, QString());
    for (const QString& item : items)
        combo->addItem(item, item);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

BeneficiaryForm::BeneficiaryForm(BeneficiaryCommands* commands, QWidget* parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_options(BeneficiaryOptions::defaults())
    , m_fields(new QWidget(this))
    , m_title(FormHelpers::paragraph(tr("Add a beneficiary"), this, QStringLiteral("sectionTitle")))
    , m_saved(FormHelpers::paragraph({}, this, QStringLiteral("success")))
    , m_lastName(nullptr)
    , m_firstName(nullptr)
    , m_birthDate(nullptr)
    , m_relation(new QComboBox(m_fields))
    , m_class(new QComboBox(m_fields))
    , m_photoBrowse(new QPushButton(tr("Browse…"), m_fields))
    , m_photoClear(new QPushButton(tr("Remove the photo"), m_fields))
    , m_photoFile(FormHelpers::paragraph(tr("No file selected."), m_fields, QStringLiteral("hint")))
    , m_photoPreview(new QLabel(m_fields))
    , m_pai(new QPlainTextEdit(m_fields))
    , m_group(nullptr)
    , m_client(nullptr)
    , m_identityNotice(FormHelpers::paragraph(
          tr("You are changing who this child is (name, date of birth, photo or PAI): every commune that has "
             "validated the child must validate it again, and nothing can be booked or bought for the child until "
             "then."),
          this, QStringLiteral("notice")))
    , m_formMessage(FormErrors::createMessageLabel(QStringLiteral("beneficiaryFormError"), this))
    , m_errors(new FormErrors(m_formMessage, this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_save(new BusyButton(tr("&Save +"), tr("Saving…"), this))
{
    setObjectName(QStringLiteral("beneficiaryForm"));
    m_title->setObjectName(QStringLiteral("beneficiaryFormTitle"));
    m_saved->setObjectName(QStringLiteral("beneficiarySavedNotice"));
    m_saved->hide();
    auto* fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->setSpacing(4);

    m_lastName = addLine(QStringLiteral("lastName"), QStringLiteral("LastName"), tr("* &Last name of the beneficiary"));
    m_firstName
        = addLine(QStringLiteral("firstName"), QStringLiteral("FirstName"), tr("* &First name of the beneficiary"));
    m_birthDate = new DateField(QStringLiteral("beneficiaryBirthDateEdit"), m_fields);
    m_birthDate->setAccessibleDescription(tr("Optional, in the form %1").arg(DateField::hint()));
    addField(QStringLiteral("birthDate"), m_birthDate, QStringLiteral("BirthDate"), tr("&Date of birth"));
    addField(QStringLiteral("relation"), m_relation, QStringLiteral("Relation"), tr("&Type of relationship"));
    addField(QStringLiteral("schoolClass"), m_class, QStringLiteral("Class"), tr("&Class"));

    // The identity photo.
    m_photoBrowse->setObjectName(QStringLiteral("beneficiaryPhotoBrowseButton"));
    m_photoClear->setObjectName(QStringLiteral("beneficiaryPhotoClearButton"));
    m_photoClear->setAccessibleName(tr("Remove the photo"));
    m_photoClear->setProperty("role", QStringLiteral("link"));
    m_photoClear->hide();
    m_photoFile->setObjectName(QStringLiteral("beneficiaryPhotoFileLabel"));
    m_photoPreview->setObjectName(QStringLiteral("beneficiaryPhotoPreview"));
    m_photoPreview->setFixedSize(PreviewWidth, PreviewHeight);
    m_photoPreview->setProperty("role", QStringLiteral("thumbnail"));
    m_photoPreview->setScaledContents(true);
    m_photoPreview->hide();
    QLabel* photoError = FormErrors::createMessageLabel(QStringLiteral("beneficiaryPhotoError"), m_fields);
    fieldsLayout->addWidget(FormHelpers::fieldLabel(tr("Identity &photo"), m_photoBrowse, m_fields));
    auto* photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoBrowse);
    photoRow->addWidget(m_photoFile, 1);
    photoRow->addWidget(m_photoClear);
    fieldsLayout->addLayout(photoRow);
    fieldsLayout->addWidget(m_photoPreview);
    fieldsLayout->addWidget(
        FormHelpers::paragraph(tr("JPEG or PNG. The photo is cropped to the identity format (35 × 45 mm)."), m_fields,
                               QStringLiteral("hint")));
    fieldsLayout->addWidget(photoError);
    fieldsLayout->addSpacing(8);
    m_errors->addField(QStringLiteral("photo"), m_photoBrowse, photoError, tr("Identity photo"));

    m_pai->setTabChangesFocus(true);
    m_pai->setFixedHeight(90);
    addField(QStringLiteral("pai"), m_pai, QStringLiteral("Pai"), tr("Additional &information / PAI"));
    // « Groupe » and « Client » are the web platform's words; what they are for is said in the
    // field itself and to a screen reader, and both may stay empty.
    m_group = addLine(QStringLiteral("group"), QStringLiteral("Group"), tr("&Group (optional)"));
    m_group->setPlaceholderText(tr("The child's group at school or at the leisure centre, if you were given one"));
    m_group->setAccessibleDescription(m_group->placeholderText());
    m_client = addLine(QStringLiteral("client"), QStringLiteral("Client"), tr("Clie&nt (optional)"));
    m_client->setPlaceholderText(tr("Your family's customer number, if it is on a town hall invoice"));
    m_client->setAccessibleDescription(m_client->placeholderText());

    m_cancel->setObjectName(QStringLiteral("beneficiaryCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setProperty("role", QStringLiteral("secondary"));
    m_cancel->setAutoDefault(false);
    m_save->setObjectName(QStringLiteral("beneficiarySaveButton"));
    m_save->setAccessibleName(tr("Save and add another beneficiary"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_saved);
    layout->addWidget(m_fields);
    layout->addWidget(FormHelpers::paragraph(tr("* Required field"), this, QStringLiteral("hint")));
    layout->addWidget(m_identityNotice);
    layout->addWidget(m_formMessage);
    layout->addLayout(buttons);
    m_identityNotice->setObjectName(QStringLiteral("beneficiaryIdentityNotice"));
    m_identityNotice->setAccessibleName(tr("Validation again"));
    m_identityNotice->hide();

    // As tall as the line edits beside them.
    m_relation->setMinimumHeight(34);
    m_class->setMinimumHeight(34);
    setOptions(m_options);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &BeneficiaryForm::cancelRequested);
    connect(m_cancel, &QPushButton::clicked, this, &BeneficiaryForm::cancelRequested);
    connect(m_save, &QPushButton::clicked, this, &BeneficiaryForm::save);
    connect(m_photoBrowse, &QPushButton::clicked, this, &BeneficiaryForm::choosePhoto);
    for (QLineEdit* edit : std::initializer_list<QLineEdit*> { m_lastName, m_firstName, m_birthDate })
        connect(edit, &QLineEdit::textChanged, this, &BeneficiaryForm::updateIdentityNotice);
    connect(m_pai, &QPlainTextEdit::textChanged, this, &BeneficiaryForm::updateIdentityNotice);
    connect(m_photoClear, &QPushButton::clicked, this, [this] {
        setPhoto({});
        m_photoFile->setText(tr("No file selected."));
        m_errors->clearField(QStringLiteral("photo"));
        m_photoBrowse->setFocus(Qt::OtherFocusReason);
    });
}

QLineEdit* BeneficiaryForm::addLine(const QString& field, const QString& name, const QString& label)
{
    QLineEdit* edit = FormHelpers::lineEdit(QStringLiteral("beneficiary") + name + QStringLiteral("Edit"), m_fields);
    addField(field, edit, name, label);
    return edit;
}

void BeneficiaryForm::addField(const QString& field, QWidget* input, const QString& name, const QString& label)
{
    if (input->objectName().isEmpty()) {
        const QString suffix = qobject_cast<QComboBox*>(input) ? QStringLiteral("Combo") : QStringLiteral("Edit");
        input->setObjectName(QStringLiteral("beneficiary") + name + suffix);
    }
    auto* layout = static_cast<QVBoxLayout*>(m_fields->layout());
    QLabel* error
        = FormErrors::createMessageLabel(QStringLiteral("beneficiary") + name + QStringLiteral("Error"), m_fields);
    layout->addWidget(FormHelpers::fieldLabel(label, input, m_fields));
    layout->addWidget(input);
    layout->addWidget(error);
    layout->addSpacing(6);
    m_errors->addField(field, input, error, FormHelpers::plain(label).remove(QLatin1Char('*')).trimmed());
}

void BeneficiaryForm::setOptions(const BeneficiaryOptions& options)
{
    m_options = options;
    fillCombo(m_relation, options.relations, tr("— Choose —"));
    fillCombo(m_class, options.classes, tr("— Choose —"));
}

void BeneficiaryForm::choosePhoto()
{
    const QString path = FilePicker::openFile(window(), tr("Choose the identity photo"),
                                              tr("Images (*.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    QString code;
    const QImage photo = IdentityPhoto::fromFile(path, &code);
    m_photoFile->setText(QFileInfo(path).fileName());
    m_photoError = code;
    if (!code.isEmpty()) {
        setPhoto({});
        m_photoFile->setText(QFileInfo(path).fileName());
        const QString message = code == FieldCode::UnsupportedMediaType ? tr("Only JPEG and PNG images are accepted.")
                                                                        : DocumentField::describe(code);
        m_errors->showFieldMessage(QStringLiteral("photo"), message);
        return;
    }
    m_errors->clearField(QStringLiteral("photo"));
    setPhoto(photo);
}

void BeneficiaryForm::setPhoto(const QImage& image)
{
    m_photoJpeg = image.isNull() ? QByteArray() : IdentityPhoto::toJpeg(image);
    updateIdentityNotice();
    if (image.isNull()) {
        m_photoPreview->clear();
        m_photoPreview->hide();
        m_photoClear->hide();
        return;
    }
    m_photoPreview->setPixmap(QPixmap::fromImage(image));
    m_photoPreview->setAccessibleName(tr("Preview of the identity photo"));
    m_photoPreview->show();
    m_photoClear->show();
}

void BeneficiaryForm::showPhoto(const QString& beneficiaryId, const QByteArray& bytes)
{
    if (beneficiaryId != m_editId || !m_photoJpeg.isEmpty())
        return;
    QImage image;
    if (!image.loadFromData(bytes))
        return;
    m_photoPreview->setPixmap(QPixmap::fromImage(image));
    m_photoPreview->show();
    m_photoFile->setText(tr("Photo on file"));
}

Beneficiary BeneficiaryForm::beneficiary() const
{
    Beneficiary b;
    b.id = m_editId;
    b.lastName = m_lastName->text().trimmed();
    b.firstName = m_firstName->text().trimmed();
    b.birthDate = m_birthDate->date();
    b.relation = m_relation->currentData().toString();
    b.schoolClass = m_class->currentData().toString();
    b.pai = m_pai->toPlainText().trimmed();
    b.group = m_group->text().trimmed();
    b.client = m_client->text().trimmed();
    return b;
}

void BeneficiaryForm::save()
{
    if (m_busy)
        return;
    m_saved->hide();
    const Beneficiary b = beneficiary();
    FieldErrors errors = Validation::beneficiary(b, QDate::currentDate(), m_options);
    errors += m_birthDate->check(QStringLiteral("birthDate")); // unreadable: said so, with the form to type
    if (!m_photoError.isEmpty()) {
        errors.append({ QStringLiteral("photo"), m_photoError });
    }
    if (m_errors->show(errors))
        return;
    m_creating = m_editId.isEmpty();
    BeneficiaryOperation* operation = m_commands->save(b, m_photoJpeg);
    setBusy(true);
    connect(operation, &Operation::finished, this, [this, operation] {
        // Created, then its photo failed: a new attempt must not create the person twice.
        if (m_creating && operation->saved())
            m_editId = operation->beneficiary().id;
        if (operation->succeeded())
            finish(operation->beneficiary());
        else
            onFailed(operation->error(), operation->saved());
    });
}

void BeneficiaryForm::finish(const Beneficiary& done)
{
    const bool created = m_creating;
    setBusy(false);
    if (created) {
        clear();
        m_saved->setText(
            tr("%1 %2 has been saved. You can enter the next beneficiary.").arg(done.firstName, done.lastName));
        m_saved->show();
        m_lastName->setFocus(Qt::OtherFocusReason);
    }
    emit saved(done, created);
}

void BeneficiaryForm::onFailed(const ApiError& error, bool photo)
{
    setBusy(false);
    if (photo) {
        const QString reason = error.hasFieldError(QStringLiteral("photo"))
            ? error.fieldMessage(QStringLiteral("photo"))
            : error.message.isEmpty() ? tr("the photo could not be read.")
                                      : error.message;
        m_errors->showFieldMessage(QStringLiteral("photo"),
                                   tr("The beneficiary is saved, but the photo could not be sent: %1").arg(reason));
        return;
    }
    m_errors->show(error);
}

void BeneficiaryForm::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setBusy(busy);
    m_fields->setEnabled(!busy);
}

void BeneficiaryForm::setTabChain()
{
    // Tab goes down the form in the order it reads (some fields were created first). Set when
    // the form opens: by then the page sits in its final parents.
    const QList<QWidget*> chain { m_lastName,   m_firstName, m_birthDate, m_relation, m_class,  m_photoBrowse,
                                  m_photoClear, m_pai,       m_group,     m_client,   m_cancel, m_save };
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void BeneficiaryForm::updateIdentityNotice()
{
    // A new photo is a new face; clearing the chosen file keeps the one on file.
    const bool changed = isEditing() && (!Beneficiary::sameIdentity(m_loaded, beneficiary()) || !m_photoJpeg.isEmpty());
    m_identityNotice->setVisible(changed);
    // Heard on reaching "Enregistrer", where a keyboard user decides.
    m_save->setAccessibleDescription(changed ? m_identityNotice->text() : QString());
}

void BeneficiaryForm::startCreate()
{
    setTabChain();
    clear();
    m_saved->hide();
    m_title->setText(tr("Add a beneficiary"));
    m_save->setText(tr("&Save +"));
    focusFirstField();
}

void BeneficiaryForm::startEdit(const Beneficiary& b)
{
    setTabChain();
    clear();
    m_saved->hide();
    m_editId = b.id;
    m_loaded = b;
    m_title->setText(tr("Edit %1 %2").arg(b.firstName, b.lastName));
    m_save->setText(tr("&Save"));
    m_lastName->setText(b.lastName);
    m_firstName->setText(b.firstName);
    m_birthDate->setDate(b.birthDate);
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(b.relation)));
    m_class->setCurrentIndex(std::max(0, m_class->findData(b.schoolClass)));
    m_pai->setPlainText(b.pai);
    m_group->setText(b.group);
    m_client->setText(b.client);
    if (b.hasPhoto) {
        BeneficiaryOperation* fetching = m_commands->fetchPhoto(b.id);
        connect(fetching, &Operation::finished, this, [this, fetching, id = b.id] {
            if (fetching->succeeded())
                showPhoto(id, fetching->photo());
        });
    }
    updateIdentityNotice();
    focusFirstField();
}

void BeneficiaryForm::clear()
{
    m_editId.clear();
    m_loaded = {};
    for (QLineEdit* edit :
         std::initializer_list<QLineEdit*> { m_lastName, m_firstName, m_birthDate, m_group, m_client })
        edit->clear();
    m_relation->setCurrentIndex(0);
    m_class->setCurrentIndex(0);
    m_pai->clear();
    m_photoError.clear();
    setPhoto({});
    m_photoFile->setText(tr("No file selected."));
    m_errors->clear();
    if (m_busy)
        setBusy(false);
}

void BeneficiaryForm::focusFirstField()
{
    m_lastName->setFocus(Qt::OtherFocusReason);
}

void BeneficiaryForm::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // On a button, Return presses that button; anywhere else it is "Valider".
        if (auto* button = qobject_cast<QAbstractButton*>(focusWidget())) {
            button->click();
            return;
        }
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace citoyens
