#include "RegisterDetailsPage.h"

#include "LegalTextDialog.h"

#include "widgets/BusyButton.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/PasswordField.h"
#include "widgets/PersonalDetailsForm.h"

#include "operations/AuthOperations.h"
#include "operations/Operation.h"

#include "models/Validation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

RegisterDetailsPage::RegisterDetailsPage(AuthOperations* auth, QWidget* parent)
    : FormPage(QStringLiteral("registerDetailsPage"), parent)
    , m_auth(auth)
    , m_emailLabel(FormHelpers::paragraph({}, this, QStringLiteral("hint")))
    , m_form(new PersonalDetailsForm(QStringLiteral("register"), true, this))
    , m_readTerms(new QPushButton(tr("Read the terms of use"), this))
    , m_readPrivacy(new QPushButton(tr("Read the privacy policy"), this))
    , m_terms(new QCheckBox(tr("I accept the terms of &use and the privacy policy."), this))
    , m_submit(new BusyButton(tr("&Save >"), tr("Saving…"), this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_errors(nullptr)
{
    setTitle(tr("Your personal information"));
    m_emailLabel->setObjectName(QStringLiteral("registerDetailsEmail"));
    body()->addWidget(m_emailLabel);
    body()->addSpacing(4);
    body()->addWidget(m_form);

    // The texts the person accepts, readable before accepting them.
    m_readTerms->setObjectName(QStringLiteral("registerReadTermsButton"));
    m_readPrivacy->setObjectName(QStringLiteral("registerReadPrivacyButton"));
    auto* legal = new QHBoxLayout;
    legal->setSpacing(16);
    for (QPushButton* link : { m_readTerms, m_readPrivacy }) {
        link->setAccessibleName(link->text());
        link->setProperty("role", QStringLiteral("link"));
        link->setAutoDefault(false);
        link->setCursor(Qt::PointingHandCursor);
        legal->addWidget(link);
    }
    legal->addStretch(1);
    body()->addSpacing(8);
    body()->addLayout(legal);
    connect(m_readTerms, &QPushButton::clicked, this,
            [this] { LegalTextDialog::show(LegalTextDialog::Text::Terms, m_readTerms); });
    connect(m_readPrivacy, &QPushButton::clicked, this,
            [this] { LegalTextDialog::show(LegalTextDialog::Text::Privacy, m_readPrivacy); });

    m_terms->setObjectName(QStringLiteral("registerTermsCheck"));
    m_terms->setAccessibleName(FormHelpers::plain(m_terms->text()));
    body()->addWidget(m_terms);
    QLabel* termsError = FormErrors::createMessageLabel(QStringLiteral("registerTermsError"), this);
    body()->addWidget(termsError);
    body()->addSpacing(4);
    body()->addWidget(FormHelpers::paragraph(tr("* Required field"), this, QStringLiteral("hint")));

    QLabel* formMessage = FormErrors::createMessageLabel(QStringLiteral("registerDetailsError"), this);
    body()->addWidget(formMessage);
    m_errors = new FormErrors(formMessage, this);
    m_form->registerFields(m_errors);
    m_errors->addField(QStringLiteral("acceptTerms"), m_terms, termsError, tr("Terms and conditions"));

    m_submit->setObjectName(QStringLiteral("registerSaveButton"));
    m_back->setObjectName(QStringLiteral("registerDetailsBackButton"));
    addActionRow(m_back, m_submit, 8);
    // Tab reads the page as it is laid out: the form, the texts to read, the box, Retour, Enregistrer.
    FormHelpers::setTabOrder(m_form->tabStops()
                             + QList<QWidget*> { m_readTerms, m_readPrivacy, m_terms, m_back, m_submit });

    connect(m_submit, &QPushButton::clicked, this, &RegisterDetailsPage::submit);
    connect(m_form, &PersonalDetailsForm::returnPressed, this, &RegisterDetailsPage::submit);
    connect(m_back, &QPushButton::clicked, this, &RegisterDetailsPage::backRequested);
}

void RegisterDetailsPage::setEmail(const QString& email)
{
    m_email = email;
    m_emailLabel->setText(tr("Email address: %1").arg(email));
}

void RegisterDetailsPage::reset()
{
    if (m_call)
        m_call->cancel();
    m_form->clear();
    m_terms->setChecked(false);
    m_errors->clear();
    m_submit->setBusy(false);
}

void RegisterDetailsPage::focusFirstField()
{
    m_form->setFocus(Qt::OtherFocusReason);
}

void RegisterDetailsPage::submit()
{
    if (m_submit->isBusy())
        return;
    Registration registration;
    registration.email = m_email;
    m_form->fill(registration);
    registration.acceptTerms = m_terms->isChecked();
    FieldErrors errors = Validation::registration(registration, QDate::currentDate());
    // An unreadable date is reported as such rather than silently dropped.
    const FieldErrors local = m_form->localErrors();
    if (!local.isEmpty()) {
        errors.erase(
            std::remove_if(errors.begin(), errors.end(), [](const FieldError& e) { return e.field == u"birthDate"; }),
            errors.end());
        errors += local;
    }
    if (m_errors->show(errors))
        return;
    m_submit->setBusy(true);
    m_call = m_auth->registerAccount(registration);
    Operation* operation = m_call;
    connect(operation, &Operation::finished, this,
            [this, operation, registration] { onFinished(operation, registration); });
}

void RegisterDetailsPage::onFinished(Operation* operation, const Registration& registration)
{
    m_submit->setBusy(false);
    if (!operation->succeeded()) {
        if (operation->error().kind != ApiError::Kind::Cancelled)
            m_errors->show(operation->error());
        return;
    }
    m_errors->clear();
    emit registrationSent(registration);
}

} // namespace citoyens
