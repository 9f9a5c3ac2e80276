#include "PersonalDetailsForm.h"

#include "DateField.h"
#include "FormErrors.h"
#include "FormHelpers.h"
#include "PasswordField.h"
#include "PasswordRulesWidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace citoyens {

PersonalDetailsForm::PersonalDetailsForm(const QString& prefix, bool withPassword, QWidget* parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_civilityM(new QRadioButton(tr("Mr"), this))
    , m_civilityMme(new QRadioButton(tr("Ms"), this))
    , m_civilityGroup(new QButtonGroup(this))
    , m_civilityBox(new QWidget(this))
    , m_firstName(FormHelpers::lineEdit(prefix + QStringLiteral("FirstNameEdit"), this))
    , m_lastName(FormHelpers::lineEdit(prefix + QStringLiteral("LastNameEdit"), this))
    // Created here, in reading order: Qt 6 counts a composite with a focus proxy as a Tab stop where
    // it sits in the chain, so a password field created last sent Tab back to the password (a loop).
    , m_password(withPassword ? new PasswordField(prefix + QStringLiteral("Password"), tr("Password"), this) : nullptr)
    , m_rules(withPassword ? new PasswordRulesWidget(this) : nullptr)
    , m_birthDate(new DateField(prefix + QStringLiteral("BirthDateEdit"), this))
    , m_newsletter(new QCheckBox(tr("Subscribe to the &newsletter"), this))
    , m_isCompany(new QCheckBox(tr("I am a &company"), this))
    , m_companyBox(new QWidget(this))
    , m_companyName(FormHelpers::lineEdit(prefix + QStringLiteral("CompanyNameEdit"), m_companyBox))
    , m_siret(FormHelpers::lineEdit(prefix + QStringLiteral("SiretEdit"), m_companyBox))
{
    setObjectName(prefix + QStringLiteral("DetailsForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Civilité
    m_civilityM->setObjectName(prefix + QStringLiteral("CivilityMRadio"));
    m_civilityMme->setObjectName(prefix + QStringLiteral("CivilityMmeRadio"));
    m_civilityM->setAccessibleName(tr("Civility: Mr"));
    m_civilityMme->setAccessibleName(tr("Civility: Ms"));
    m_civilityGroup->addButton(m_civilityM);
    m_civilityGroup->addButton(m_civilityMme);
    FormHelpers::checkWithArrows(m_civilityGroup);
    auto* civilityLayout = new QHBoxLayout(m_civilityBox);
    civilityLayout->setContentsMargins(0, 0, 0, 0);
    civilityLayout->addWidget(m_civilityM);
    civilityLayout->addSpacing(16);
    civilityLayout->addWidget(m_civilityMme);
    civilityLayout->addStretch(1);
    // The group is reached (Tab, Alt+C, an error) on its checked button, the first one when none is.
    m_civilityBox->setFocusProxy(m_civilityM);
    // Alt+C focuses the group without checking « M » (a label only focuses a buddy that takes
    // some focus; with a radio button as its buddy it also clicked it).
    m_civilityBox->setFocusPolicy(Qt::ClickFocus);
    connect(m_civilityGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* button, bool checked) {
        if (checked)
            m_civilityBox->setFocusProxy(button);
    });
    layout->addWidget(FormHelpers::fieldLabel(tr("* Ci&vility"), m_civilityBox, this));
    layout->addWidget(m_civilityBox);
    layout->addWidget(addErrorLabel(QStringLiteral("Civility")));
    m_inputs.insert(QStringLiteral("civility"), m_civilityBox);
    m_fieldNames.insert(QStringLiteral("civility"), tr("Civility"));
    m_order << QStringLiteral("civility");
    m_errorLabels.insert(QStringLiteral("civility"), m_errorLabels.take(QStringLiteral("Civility")));

    auto addLine = [&](const QString& field, const QString& suffix, QWidget* input, const QString& labelText,
                       const QString& name) {
        layout->addSpacing(6);
        layout->addWidget(FormHelpers::fieldLabel(labelText, input, this));
        layout->addWidget(input);
        QLabel* error = addErrorLabel(suffix);
        layout->addWidget(error);
        m_errorLabels.insert(field, m_errorLabels.take(suffix));
        m_inputs.insert(field, input);
        m_fieldNames.insert(field, name);
        m_order << field;
    };
    m_firstName->setMaxLength(100);
    m_lastName->setMaxLength(100);
    m_firstName->setAccessibleName(tr("First name"));
    m_lastName->setAccessibleName(tr("Last name"));
    addLine(QStringLiteral("firstName"), QStringLiteral("FirstName"), m_firstName, tr("* &First name"),
            tr("First name"));
    addLine(QStringLiteral("lastName"), QStringLiteral("LastName"), m_lastName, tr("* &Last name"), tr("Last name"));

    if (withPassword) {
        m_rules->setObjectName(prefix + QStringLiteral("PasswordRules"));
        addLine(QStringLiteral("password"), QStringLiteral("Password"), m_password, tr("* &Password"), tr("Password"));
        layout->addWidget(m_rules);
        connect(m_password, &PasswordField::textChanged, m_rules, &PasswordRulesWidget::setPassword);
    }

    m_birthDate->setAccessibleName(tr("Date of birth"));
    m_birthDate->setAccessibleDescription(tr("Optional, in the form %1").arg(DateField::hint()));
    // Not Alt+D: it signs out from the pages of a signed-in person (the profile shows this form).
    addLine(QStringLiteral("birthDate"), QStringLiteral("BirthDate"), m_birthDate, tr("Date of bir&th"),
            tr("Date of birth"));

    layout->addSpacing(8);
    m_newsletter->setObjectName(prefix + QStringLiteral("NewsletterCheck"));
    m_newsletter->setAccessibleName(FormHelpers::plain(m_newsletter->text()));
    layout->addWidget(m_newsletter);
    m_isCompany->setObjectName(prefix + QStringLiteral("CompanyCheck"));
    m_isCompany->setAccessibleName(FormHelpers::plain(m_isCompany->text()));
    layout->addWidget(m_isCompany);

    m_companyName->setMaxLength(200);
    m_siret->setMaxLength(17);
    m_siret->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,17}")), m_siret));
    m_companyName->setAccessibleName(tr("Company name"));
    m_siret->setAccessibleName(tr("SIRET number"));
    auto* companyLayout = new QVBoxLayout(m_companyBox);
    companyLayout->setContentsMargins(24, 0, 0, 0);
    companyLayout->setSpacing(4);
    auto addCompanyLine = [&](const QString& field, const QString& suffix, QLineEdit* input, const QString& labelText,
                              const QString& name) {
        companyLayout->addWidget(FormHelpers::fieldLabel(labelText, input, m_companyBox));
        companyLayout->addWidget(input);
        QLabel* error = FormErrors::createMessageLabel(m_prefix + suffix + QStringLiteral("Error"), m_companyBox);
        companyLayout->addWidget(error);
        m_errorLabels.insert(field, error);
        m_inputs.insert(field, input);
        m_fieldNames.insert(field, name);
        m_order << field;
    };
    addCompanyLine(QStringLiteral("company.name"), QStringLiteral("CompanyName"), m_companyName, tr("* Company na&me"),
                   tr("Company name"));
    addCompanyLine(QStringLiteral("company.siret"), QStringLiteral("Siret"), m_siret, tr("S&IRET number"),
                   tr("SIRET number"));
    m_siret->setPlaceholderText(tr("14 digits"));
    m_companyBox->setVisible(false);
    layout->addWidget(m_companyBox);
    connect(m_isCompany, &QCheckBox::toggled, m_companyBox, &QWidget::setVisible);
    setFocusProxy(m_civilityBox);
    for (QLineEdit* edit :
         std::initializer_list<QLineEdit*> { m_firstName, m_lastName, m_birthDate, m_companyName, m_siret })
        connect(edit, &QLineEdit::returnPressed, this, &PersonalDetailsForm::returnPressed);
    if (m_password)
        connect(m_password, &PasswordField::returnPressed, this, &PersonalDetailsForm::returnPressed);
    // Tab reads the form top to bottom (said once more for the composites above).
    FormHelpers::setTabOrder(tabStops());
}

QList<QWidget*> PersonalDetailsForm::tabStops() const
{
    QList<QWidget*> stops { m_civilityM, m_civilityMme, m_firstName, m_lastName };
    if (m_password)
        stops << m_password->lineEdit() << m_password->toggleButton();
    stops << m_birthDate << m_newsletter << m_isCompany << m_companyName << m_siret;
    return stops;
}

QLabel* PersonalDetailsForm::addErrorLabel(const QString& name)
{
    QLabel* label = FormErrors::createMessageLabel(m_prefix + name + QStringLiteral("Error"), this);
    m_errorLabels.insert(name, label);
    return label;
}

void PersonalDetailsForm::registerFields(FormErrors* errors)
{
    for (const QString& field : std::as_const(m_order))
        errors->addField(field, m_inputs.value(field), m_errorLabels.value(field), m_fieldNames.value(field));
    if (m_rules)
        errors->setRulesShownFor(QStringLiteral("password"));
}

void PersonalDetailsForm::resetCivilityFocus()
{
    // Nothing checked: the group is reached on its first button, as before any choice.
    m_civilityBox->setFocusProxy(m_civilityM);
    m_civilityM->setFocusPolicy(Qt::StrongFocus);
    m_civilityMme->setFocusPolicy(Qt::StrongFocus);
}

void PersonalDetailsForm::setAccount(const Account& account)
{
    resetCivilityFocus();
    m_civilityM->setChecked(account.civility == Account::CivilityM);
    m_civilityMme->setChecked(account.civility == Account::CivilityMme);
    m_firstName->setText(account.firstName);
    m_lastName->setText(account.lastName);
    m_birthDate->setDate(account.birthDate);
    m_newsletter->setChecked(account.newsletter);
    m_isCompany->setChecked(account.company.has_value());
    m_companyName->setText(account.company ? account.company->name : QString());
    m_siret->setText(account.company ? account.company->siret : QString());
}

void PersonalDetailsForm::clear()
{
    m_civilityGroup->setExclusive(false);
    m_civilityM->setChecked(false);
    m_civilityMme->setChecked(false);
    m_civilityGroup->setExclusive(true);
    resetCivilityFocus();
    m_firstName->clear();
    m_lastName->clear();
    if (m_password)
        m_password->clear();
    m_birthDate->clear();
    m_newsletter->setChecked(false);
    m_isCompany->setChecked(false);
    m_companyName->clear();
    m_siret->clear();
}

QString PersonalDetailsForm::civility() const
{
    if (m_civilityM->isChecked())
        return Account::CivilityM;
    if (m_civilityMme->isChecked())
        return Account::CivilityMme;
    return {};
}

QString PersonalDetailsForm::firstName() const
{
    return m_firstName->text().trimmed();
}

QString PersonalDetailsForm::lastName() const
{
    return m_lastName->text().trimmed();
}

QString PersonalDetailsForm::password() const
{
    return m_password ? m_password->text() : QString();
}

QDate PersonalDetailsForm::birthDate() const
{
    return m_birthDate->date();
}

bool PersonalDetailsForm::birthDateUnreadable() const
{
    return m_birthDate->isUnreadable();
}

bool PersonalDetailsForm::newsletter() const
{
    return m_newsletter->isChecked();
}

std::optional<Company> PersonalDetailsForm::company() const
{
    if (!m_isCompany->isChecked())
        return std::nullopt;
    return Company { m_companyName->text().trimmed(), QString(m_siret->text()).remove(QLatin1Char(' ')) };
}

FieldErrors PersonalDetailsForm::localErrors() const
{
    return m_birthDate->check(QStringLiteral("birthDate"));
}

void PersonalDetailsForm::fill(Registration& registration) const
{
    registration.civility = civility();
    registration.firstName = firstName();
    registration.lastName = lastName();
    registration.password = password();
    registration.birthDate = birthDate();
    registration.newsletter = newsletter();
    registration.company = company();
}

ProfileChange PersonalDetailsForm::profileChange() const
{
    ProfileChange change;
    change.civility = civility();
    change.firstName = firstName();
    change.lastName = lastName();
    change.birthDate = birthDate();
    change.newsletter = newsletter();
    change.company = company();
    return change;
}

} // namespace citoyens
