#include "FamilyQuotientForm.h"

#include "BusyButton.h"
#include "DateField.h"
#include "FormErrors.h"
#include "FormHelpers.h"

#include "api/ApiError.h"
#include "models/Account.h"
#include "models/CommuneList.h"
#include "models/FieldCodes.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace citoyens {

namespace {

const QString Consent = QStringLiteral("consent");
const QString BirthName = QStringLiteral("birthName");
const QString FirstNames = QStringLiteral("firstNames");
const QString Sex = QStringLiteral("sex");
const QString BirthDate = QStringLiteral("birthDate");
const QString BirthCountry = QStringLiteral("birthCountry");
const QString BirthCommune = QStringLiteral("birthCommune");
constexpr int CommuneChoices = 12;

} // namespace

FamilyQuotientForm::FamilyQuotientForm(const QString& prefix, Voice voice, QWidget* parent)
    : QWidget(parent)
    , m_birthName(FormHelpers::lineEdit(prefix + QStringLiteral("BirthNameEdit"), this))
    , m_firstNames(FormHelpers::lineEdit(prefix + QStringLiteral("FirstNamesEdit"), this))
    , m_sexBox(new QWidget(this))
    , m_female(new QRadioButton(tr("Female"), m_sexBox))
    , m_male(new QRadioButton(tr("Male"), m_sexBox))
    , m_sexGroup(new QButtonGroup(this))
    , m_birthDate(new DateField(prefix + QStringLiteral("BirthDateEdit"), this))
    , m_country(new QComboBox(this))
    , m_communeBox(new QWidget(this))
    , m_commune(FormHelpers::lineEdit(prefix + QStringLiteral("CommuneEdit"), m_communeBox))
    , m_communeChoices(new QStringListModel(this))
    , m_abroad(FormHelpers::paragraph(tr("The CAF / MSA search is offered here for a birth in France only. Born "
                                         "abroad: attach the document instead."),
                                      this, QStringLiteral("notice")))
    , m_consent(new QCheckBox(this))
    , m_formMessage(FormErrors::createMessageLabel(prefix + QStringLiteral("FormError"), this))
    , m_errors(new FormErrors(m_formMessage, this))
    , m_submit(new BusyButton(voice == Voice::Citizen ? tr("Get &my quotient") : tr("Get the &quotient"),
                              tr("Asking the CAF / MSA…"), this))
{
    setObjectName(prefix + QStringLiteral("Form"));
    setAccessibleName(tr("Family quotient from the CAF / MSA"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const auto addField
        = [&](const QString& field, const QString& label, QWidget* input, QWidget* focus, QWidget* box = nullptr) {
              QWidget* parent = box ? box : this;
              QLabel* error = FormErrors::createMessageLabel(input->objectName() + QStringLiteral("Error"), parent);
              QLabel* title = FormHelpers::fieldLabel(label, focus, parent);
              QVBoxLayout* target = box ? qobject_cast<QVBoxLayout*>(box->layout()) : layout;
              target->addWidget(title);
              target->addWidget(input);
              target->addWidget(error);
              target->addSpacing(6);
              m_errors->addField(field, focus, error, FormHelpers::plain(label));
          };

    layout->addSpacing(8);
    auto* heading = FormHelpers::paragraph(voice == Voice::Citizen ? tr("My family quotient from the CAF / MSA")
                                                                   : tr("Family quotient from the CAF / MSA"),
                                           this, QStringLiteral("subtitle"));
    heading->setObjectName(prefix + QStringLiteral("Heading"));
    layout->addWidget(heading);
    layout->addWidget(FormHelpers::paragraph(voice == Voice::Citizen
                                                 ? tr("As written on your birth certificate: the CAF or the MSA finds "
                                                      "your file with it.")
                                                 : tr("As written on the citizen's birth certificate: the CAF or the "
                                                      "MSA finds their file with it."),
                                             this, QStringLiteral("hint")));
    addField(BirthName, tr("&Birth name"), m_birthName, m_birthName);
    m_firstNames->setPlaceholderText(tr("All of them, in order, e.g. Marie Claire"));
    addField(FirstNames, tr("&First names"), m_firstNames, m_firstNames);

    m_sexBox->setObjectName(prefix + QStringLiteral("SexBox"));
    m_female->setObjectName(prefix + QStringLiteral("FemaleRadio"));
    m_female->setAccessibleName(tr("Sex: female"));
    m_male->setObjectName(prefix + QStringLiteral("MaleRadio"));
    m_male->setAccessibleName(tr("Sex: male"));
    m_sexGroup->addButton(m_female);
    m_sexGroup->addButton(m_male);
    FormHelpers::checkWithArrows(m_sexGroup);
    auto* sexLayout = new QHBoxLayout(m_sexBox);
    sexLayout->setContentsMargins(0, 0, 0, 0);
    sexLayout->addWidget(m_female);
    sexLayout->addSpacing(16);
    sexLayout->addWidget(m_male);
    sexLayout->addStretch(1);
    // As the civility of the account forms: the group is reached on its checked button, and its
    // label's Alt+S focuses it without checking « Féminin ».
    m_sexBox->setFocusProxy(m_female);
    m_sexBox->setFocusPolicy(Qt::ClickFocus);
    connect(m_sexGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* button, bool checked) {
        if (checked)
            m_sexBox->setFocusProxy(button);
    });
    addField(Sex, tr("&Sex (civil status)"), m_sexBox, m_sexBox);

    m_birthDate->setMaximumWidth(200);
    addField(BirthDate, tr("Birth &date"), m_birthDate, m_birthDate);

    m_country->setObjectName(prefix + QStringLiteral("CountryCombo"));
    m_country->addItem(tr("France"), FamilyQuotientRequest::CountryFrance);
    m_country->addItem(tr("Another country"), QString());
    m_country->setMaximumWidth(320);
    addField(BirthCountry, tr("Country of bi&rth"), m_country, m_country);
    m_abroad->setObjectName(prefix + QStringLiteral("AbroadNotice"));
    m_abroad->hide();
    layout->addWidget(m_abroad);

    auto* communeLayout = new QVBoxLayout(m_communeBox);
    communeLayout->setContentsMargins(0, 0, 0, 0);
    communeLayout->setSpacing(4);
    m_commune->setPlaceholderText(tr("Type its name, then choose it in the list"));
    auto* completer = new QCompleter(m_communeChoices, m_commune);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the list searches by itself
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(CommuneChoices);
    completer->popup()->setObjectName(prefix + QStringLiteral("CommunePopup"));
    completer->popup()->setAccessibleName(tr("Communes"));
    m_commune->setCompleter(completer);
    addField(BirthCommune, tr("Co&mmune of birth"), m_commune, m_commune, m_communeBox);
    layout->addWidget(m_communeBox);

    m_consent->setObjectName(prefix + QStringLiteral("ConsentCheck"));
    m_consent->setText(voice == Voice::Citizen
                           ? tr("I allow the commune to obtain my family quotient from the CAF or the MSA")
                           : tr("The citizen allows the commune to obtain their family quotient from the CAF or the "
                                "MSA"));
    m_consent->setAccessibleName(FormHelpers::plain(m_consent->text()));
    // A long sentence: it wraps (a check box does not), so the box carries only the tick.
    auto* consentLabel = FormHelpers::paragraph(m_consent->text(), this);
    consentLabel->setBuddy(m_consent);
    m_consent->setText({});
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent, 0, Qt::AlignTop);
    consentRow->addWidget(consentLabel, 1);
    QLabel* consentError = FormErrors::createMessageLabel(prefix + QStringLiteral("ConsentError"), this);
    layout->addLayout(consentRow);
    layout->addWidget(consentError);
    m_errors->addField(Consent, m_consent, consentError, tr("Consent"));

    layout->addWidget(m_formMessage);
    m_submit->setObjectName(prefix + QStringLiteral("SubmitButton"));
    m_submit->setAccessibleName(FormHelpers::plain(m_submit->text()));
    auto* submitRow = new QHBoxLayout;
    submitRow->addWidget(m_submit);
    submitRow->addStretch(1);
    layout->addLayout(submitRow);

    connect(m_submit, &QPushButton::clicked, this, &FamilyQuotientForm::submitRequested);
    connect(m_commune, &QLineEdit::textEdited, this, &FamilyQuotientForm::searchCommunes);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& label) {
        const QList<OfficialCommune> found
            = CommuneList::official().search(label.section(QLatin1String(" ("), 0, 0), CommuneChoices);
        for (const OfficialCommune& c : found) {
            if (c.label() == label) {
                m_chosenCode = c.code;
                m_chosenLabel = label;
                m_errors->clearField(BirthCommune);
            }
        }
    });
    connect(m_country, &QComboBox::currentIndexChanged, this, &FamilyQuotientForm::updateCountry);
    connect(m_consent, &QCheckBox::toggled, this, [this] { m_errors->clearField(Consent); });
    FormHelpers::setTabOrder(tabStops());
}

QString FamilyQuotientForm::summary(const FamilyQuotient& quotient)
{
    const QLocale locale;
    const QString month = locale.standaloneMonthName(quotient.mois, QLocale::LongFormat).toLower() + QLatin1Char(' ')
        + QString::number(quotient.annee);
    return tr("%1 quotient of %2: %3 €").arg(quotient.organisation(), month, locale.toString(quotient.valeur));
}

void FamilyQuotientForm::prefill(const QString& civility, const QString& firstName, const QString& lastName,
                                 const QDate& birthDate)
{
    if (m_birthName->text().trimmed().isEmpty())
        m_birthName->setText(lastName);
    if (m_firstNames->text().trimmed().isEmpty())
        m_firstNames->setText(firstName);
    if (!m_sexGroup->checkedButton()) {
        if (civility == Account::CivilityM)
            m_male->setChecked(true);
        else if (civility == Account::CivilityMme)
            m_female->setChecked(true);
    }
    if (m_birthDate->isBlank() && birthDate.isValid())
        m_birthDate->setDate(birthDate);
}

void FamilyQuotientForm::searchCommunes(const QString& text)
{
    // The list's choice written into the field: the list stays closed.
    if (m_communeChoices->stringList().contains(text))
        return;
    if (text != m_chosenLabel) {
        m_chosenCode.clear();
        m_chosenLabel.clear();
    }
    QStringList labels;
    if (text.trimmed().size() >= 2) {
        for (const OfficialCommune& c : CommuneList::official().search(text, CommuneChoices))
            labels.append(c.label());
    }
    m_communeChoices->setStringList(labels);
    if (!labels.isEmpty())
        m_commune->completer()->complete();
}

QString FamilyQuotientForm::communeCode() const
{
    const QString text = m_commune->text().trimmed();
    if (!m_chosenCode.isEmpty() && text == m_chosenLabel)
        return m_chosenCode;
    // Typed in full, « Le Puy-en-Velay (43) » or a name only one commune bears.
    const QString name = text.section(QLatin1String(" ("), 0, 0);
    QList<OfficialCommune> same;
    for (const OfficialCommune& c : CommuneList::official().search(name, CommuneChoices)) {
        if (c.label() == text)
            return c.code;
        if (CommuneList::fold(c.name) == CommuneList::fold(name))
            same.append(c);
    }
    return same.size() == 1 ? same.constFirst().code : QString();
}

FamilyQuotientRequest FamilyQuotientForm::request() const
{
    FamilyQuotientRequest r;
    r.consent = m_consent->isChecked();
    r.birthName = m_birthName->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    r.firstNames = m_firstNames->text().split(separators, Qt::SkipEmptyParts);
    r.sex = m_female->isChecked() ? QStringLiteral("F") : m_male->isChecked() ? QStringLiteral("M") : QString();
    r.birthDate = m_birthDate->date();
    r.birthCountry = m_country->currentData().toString();
    if (r.bornInFrance())
        r.birthCommune = communeCode();
    return r;
}

bool FamilyQuotientForm::checkInput()
{
    m_errors->clear();
    if (m_country->currentData().toString().isEmpty()) { // the notice says what to do instead
        m_country->setFocus(Qt::OtherFocusReason);
        return false;
    }
    FieldErrors errors = m_birthDate->check(BirthDate);
    const FamilyQuotientRequest r = request();
    if (errors.isEmpty())
        errors = r.check(QDate::currentDate());
    // Something typed that names no commune of the list: say so rather than "required".
    if (r.birthCommune.isEmpty() && !m_commune->text().trimmed().isEmpty()) {
        errors.removeIf([](const FieldError& e) { return e.field == BirthCommune; });
        errors.append({ BirthCommune, FieldCode::UnknownCommune });
    }
    return !m_errors->show(errors);
}

void FamilyQuotientForm::showError(const ApiError& error)
{
    m_errors->show(error); // a field's error takes the focus to it
    if (error.fieldErrors.isEmpty() && !error.message.isEmpty()) {
        m_errors->showFormMessage(error.message + QLatin1Char(' ')
                                  + tr("You can still attach the document instead: nothing typed is lost."));
        // The fields were disabled while the CAF/MSA was asked: back to the first one to check.
        m_birthName->setFocus(Qt::OtherFocusReason);
    }
}

void FamilyQuotientForm::setBusy(bool busy)
{
    // Only the button: the fields stay as they are, the focus where it is (a second press waits).
    m_submit->setBusy(busy);
}

void FamilyQuotientForm::clear()
{
    m_birthName->clear();
    m_firstNames->clear();
    m_sexGroup->setExclusive(false);
    m_female->setChecked(false);
    m_male->setChecked(false);
    m_sexGroup->setExclusive(true);
    m_birthDate->clear();
    m_country->setCurrentIndex(0);
    m_commune->clear();
    m_chosenCode.clear();
    m_chosenLabel.clear();
    m_consent->setChecked(false);
    m_errors->clear();
}

void FamilyQuotientForm::updateCountry()
{
    const bool france = m_country->currentData().toString() == FamilyQuotientRequest::CountryFrance;
    m_communeBox->setVisible(france);
    m_abroad->setVisible(!france);
    m_submit->setEnabled(france);
}

QWidget* FamilyQuotientForm::firstField() const
{
    return m_birthName;
}

QList<QWidget*> FamilyQuotientForm::tabStops() const
{
    return { m_birthName, m_firstNames, m_female, m_male, m_birthDate, m_country, m_commune, m_consent, m_submit };
}

void FamilyQuotientForm::keyPressEvent(QKeyEvent* event)
{
    // Return in a field, on the sex or the consent (a push button presses itself; the commune's
    // list takes its own): « Récupérer … ».
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !qobject_cast<QPushButton*>(focusWidget())
        && m_submit->isEnabled()) {
        event->accept();
        Q_EMIT submitRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace citoyens
