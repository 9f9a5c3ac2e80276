#include "ProfilePage.h"

#include "widgets/BusyButton.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/PasswordChangeForm.h"
#include "widgets/PersonalDetailsForm.h"

#include "operations/Operation.h"
#include "session/Session.h"

#include "models/Validation.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

ProfilePage::ProfilePage(Session* session, QWidget* parent)
    : FormPage(QStringLiteral("profilePage"), parent, 560)
    , m_session(session)
    , m_viewMode(new QWidget(this))
    , m_editMode(new QWidget(this))
    , m_view(new QFormLayout)
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_form(new PersonalDetailsForm(QStringLiteral("profile"), false, this))
    , m_save(new BusyButton(tr("&Save"), tr("Saving…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_errors(nullptr)
    , m_saved(FormHelpers::paragraph({}, this, QStringLiteral("success")))
    , m_password(new PasswordChangeForm(QStringLiteral("profilePassword"), tr("&Change my password"), this))
    , m_passwordSaved(FormHelpers::paragraph({}, this, QStringLiteral("success")))
{
    setTitle(tr("My personal information"));
    m_saved->setObjectName(QStringLiteral("profileSavedNotice"));
    m_saved->hide();
    body()->addWidget(m_saved);

    // View mode.
    QWidget* view = m_viewMode;
    view->setObjectName(QStringLiteral("profileView"));
    auto* viewLayout = new QVBoxLayout(view);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    m_view->setLabelAlignment(Qt::AlignLeft);
    m_view->setHorizontalSpacing(24);
    m_view->setVerticalSpacing(8);
    viewLayout->addLayout(m_view);
    addValueRow(tr("Email address"), QStringLiteral("profileEmailValue"));
    addValueRow(tr("Civility"), QStringLiteral("profileCivilityValue"));
    addValueRow(tr("First name"), QStringLiteral("profileFirstNameValue"));
    addValueRow(tr("Last name"), QStringLiteral("profileLastNameValue"));
    addValueRow(tr("Date of birth"), QStringLiteral("profileBirthDateValue"));
    addValueRow(tr("Newsletter"), QStringLiteral("profileNewsletterValue"));
    addValueRow(tr("Company"), QStringLiteral("profileCompanyValue"));
    m_edit->setObjectName(QStringLiteral("profileEditButton"));
    m_edit->setAccessibleName(tr("Edit my personal information"));
    m_edit->setProperty("role", QStringLiteral("primary"));
    auto* viewButtons = new QHBoxLayout;
    viewButtons->addStretch(1);
    viewButtons->addWidget(m_edit);
    viewLayout->addSpacing(8);
    viewLayout->addLayout(viewButtons);
    body()->addWidget(view);

    // Edit mode.
    QWidget* edit = m_editMode;
    edit->setObjectName(QStringLiteral("profileEdit"));
    auto* editLayout = new QVBoxLayout(edit);
    editLayout->setContentsMargins(0, 0, 0, 0);
    m_form->setParent(edit);
    editLayout->addWidget(m_form);
    editLayout->addWidget(FormHelpers::paragraph(tr("* Required field"), edit, QStringLiteral("hint")));
    QLabel* formMessage = FormErrors::createMessageLabel(QStringLiteral("profileFormError"), edit);
    editLayout->addWidget(formMessage);
    m_errors = new FormErrors(formMessage, this);
    m_form->registerFields(m_errors);
    m_save->setObjectName(QStringLiteral("profileSaveButton"));
    m_save->setParent(edit);
    m_cancel->setObjectName(QStringLiteral("profileCancelButton"));
    m_cancel->setAccessibleName(FormHelpers::plain(m_cancel->text()));
    m_cancel->setProperty("role", QStringLiteral("secondary"));
    m_cancel->setParent(edit);
    m_cancel->setAutoDefault(false);
    auto* editButtons = new QHBoxLayout;
    editButtons->addStretch(1);
    editButtons->addWidget(m_cancel);
    editButtons->addWidget(m_save);
    editLayout->addLayout(editButtons);
    // Tab reads the row as shown: « Annuler » then « Enregistrer » (created the other way round).
    FormHelpers::setTabOrder(QList<QWidget*> { m_form->tabStops().constLast(), m_cancel, m_save });
    body()->addWidget(edit);
    setMode(0);

    // Password.
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setProperty("role", QStringLiteral("separator"));
    body()->addSpacing(16);
    body()->addWidget(separator);
    body()->addWidget(FormHelpers::paragraph(tr("Password"), this, QStringLiteral("sectionTitle")));
    m_passwordSaved->setObjectName(QStringLiteral("profilePasswordSavedNotice"));
    m_passwordSaved->hide();
    body()->addWidget(m_passwordSaved);
    body()->addWidget(m_password);

    connect(m_edit, &QPushButton::clicked, this, &ProfilePage::startEditing);
    connect(m_cancel, &QPushButton::clicked, this, &ProfilePage::cancelEditing);
    // Escape leaves the edit mode, like Cancel.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_editMode);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ProfilePage::cancelEditing);
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_form, &PersonalDetailsForm::returnPressed, this, &ProfilePage::save);
    connect(m_session, &Session::accountChanged, this, &ProfilePage::showAccount);
    connect(m_password, &PasswordChangeForm::submitted, this, [this](const QString& current, const QString& next) {
        m_passwordSaved->hide();
        Operation* operation = m_session->changePassword(current, next);
        connect(operation, &Operation::finished, this, [this, operation] {
            if (!operation->succeeded()) {
                m_password->showError(operation->error());
                return;
            }
            m_password->clear();
            m_passwordSaved->setText(tr("Your password has been changed. Your other sessions have been closed."));
            m_passwordSaved->show();
        });
    });
    showAccount();
}

QLabel* ProfilePage::addValueRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    auto* name = new QLabel(label, this);
    name->setProperty("role", QStringLiteral("fieldLabel"));
    m_view->addRow(name, value);
    m_values.insert(objectName, value);
    return value;
}

void ProfilePage::setMode(int index)
{
    // Two widgets shown in turn rather than a QStackedWidget, which would keep the height of
    // the taller one (height-for-width of the wrapped labels) and leave a gap in view mode.
    m_viewMode->setVisible(index == 0);
    m_editMode->setVisible(index == 1);
}

bool ProfilePage::isEditing() const
{
    return !m_editMode->isHidden();
}

void ProfilePage::startEditing()
{
    if (const std::optional<Account> account = m_session->account())
        m_form->setAccount(*account);
    m_errors->clear();
    m_saved->hide();
    setMode(1);
    m_form->setFocus(Qt::OtherFocusReason);
}

void ProfilePage::cancelEditing()
{
    m_errors->clear();
    m_save->setBusy(false);
    setMode(0);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ProfilePage::reset()
{
    m_form->clear();
    cancelEditing();
    m_saved->hide();
    m_password->clear();
    m_passwordSaved->hide();
    showAccount();
}

void ProfilePage::forgetPasswords()
{
    m_password->clear();
}

void ProfilePage::showAccount()
{
    const std::optional<Account> account = m_session->account();
    const Account a = account.value_or(Account());
    auto set = [this](const QString& name, const QString& text) {
        m_values.value(name)->setText(text);
    };
    set(QStringLiteral("profileEmailValue"), a.email);
    set(QStringLiteral("profileCivilityValue"),
        a.civility == Account::CivilityM         ? tr("Mr")
            : a.civility == Account::CivilityMme ? tr("Ms")
                                                 : QString());
    set(QStringLiteral("profileFirstNameValue"), a.firstName);
    set(QStringLiteral("profileLastNameValue"), a.lastName);
    set(QStringLiteral("profileBirthDateValue"),
        a.birthDate.isValid() ? a.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : tr("Not given"));
    set(QStringLiteral("profileNewsletterValue"), a.newsletter ? tr("Subscribed") : tr("Not subscribed"));
    QString company = tr("No");
    if (a.company)
        company
            = a.company->siret.isEmpty() ? a.company->name : tr("%1 (SIRET %2)").arg(a.company->name, a.company->siret);
    set(QStringLiteral("profileCompanyValue"), company);
}

void ProfilePage::save()
{
    if (m_save->isBusy())
        return;
    const ProfileChange change = m_form->profileChange();
    FieldErrors errors = Validation::profileChange(change, QDate::currentDate());
    const FieldErrors local = m_form->localErrors();
    if (!local.isEmpty()) {
        errors.erase(
            std::remove_if(errors.begin(), errors.end(), [](const FieldError& e) { return e.field == u"birthDate"; }),
            errors.end());
        errors += local;
    }
    if (m_errors->show(errors))
        return;
    m_save->setBusy(true);
    Operation* operation = m_session->updateProfile(change);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_save->setBusy(false);
        if (!operation->succeeded()) {
            m_errors->show(operation->error());
            return;
        }
        m_errors->clear();
        setMode(0);
        m_saved->setText(tr("Your information has been saved."));
        m_saved->show();
        m_edit->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace citoyens
