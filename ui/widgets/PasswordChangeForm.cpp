#include "PasswordChangeForm.h"

#include "BusyButton.h"
#include "FormErrors.h"
#include "FormHelpers.h"
#include "PasswordField.h"
#include "PasswordRulesWidget.h"

#include "models/ProblemCodes.h"
#include "models/Validation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace citoyens {

PasswordChangeForm::PasswordChangeForm(const QString& prefix, const QString& buttonText, QWidget* parent)
    : QWidget(parent)
    , m_current(new PasswordField(prefix + QStringLiteral("Current"), tr("Current password"), this))
    , m_new(new PasswordField(prefix + QStringLiteral("New"), tr("New password"), this))
    , m_rules(new PasswordRulesWidget(this))
    , m_submit(new BusyButton(buttonText, tr("Saving…"), this))
    , m_errors(nullptr)
{
    setObjectName(prefix + QStringLiteral("Form"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(FormHelpers::fieldLabel(tr("* C&urrent password"), m_current, this));
    layout->addWidget(m_current);
    QLabel* currentError = FormErrors::createMessageLabel(prefix + QStringLiteral("CurrentError"), this);
    layout->addWidget(currentError);
    layout->addSpacing(6);
    layout->addWidget(FormHelpers::fieldLabel(tr("* &New password"), m_new, this));
    layout->addWidget(m_new);
    QLabel* newError = FormErrors::createMessageLabel(prefix + QStringLiteral("NewError"), this);
    layout->addWidget(newError);
    m_rules->setObjectName(prefix + QStringLiteral("Rules"));
    layout->addWidget(m_rules);
    QLabel* formMessage = FormErrors::createMessageLabel(prefix + QStringLiteral("FormError"), this);
    layout->addWidget(formMessage);
    m_errors = new FormErrors(formMessage, this);
    m_errors->addField(QStringLiteral("currentPassword"), m_current, currentError, tr("Current password"));
    m_errors->addField(QStringLiteral("newPassword"), m_new, newError, tr("New password"));
    m_errors->setRulesShownFor(QStringLiteral("newPassword"));

    m_submit->setObjectName(prefix + QStringLiteral("Button"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    setFocusProxy(m_current);

    connect(m_new, &PasswordField::textChanged, m_rules, &PasswordRulesWidget::setPassword);
    connect(m_submit, &QPushButton::clicked, this, &PasswordChangeForm::submit);
    connect(m_current, &PasswordField::returnPressed, this, [this] { m_new->setFocus(Qt::TabFocusReason); });
    connect(m_new, &PasswordField::returnPressed, this, &PasswordChangeForm::submit);
}

void PasswordChangeForm::setBusy(bool busy)
{
    m_submit->setBusy(busy);
}

bool PasswordChangeForm::isBusy() const
{
    return m_submit->isBusy();
}

void PasswordChangeForm::showError(const ApiError& error)
{
    setBusy(false);
    if (error.code == ProblemCode::WrongPassword) {
        m_errors->showFieldMessage(QStringLiteral("currentPassword"), error.message);
        m_current->clear();
        return;
    }
    m_errors->show(error);
}

void PasswordChangeForm::clear()
{
    m_current->clear();
    m_new->clear();
    m_rules->setPassword({});
    m_errors->clear();
    setBusy(false);
}

void PasswordChangeForm::focusFirstField()
{
    m_current->setFocus(Qt::OtherFocusReason);
}

void PasswordChangeForm::submit()
{
    if (isBusy())
        return;
    FieldErrors errors;
    if (m_current->text().isEmpty())
        errors.append({ QStringLiteral("currentPassword"), QStringLiteral("required") });
    errors += Validation::password(m_new->text(), QStringLiteral("newPassword"));
    if (m_errors->show(errors))
        return;
    setBusy(true);
    emit submitted(m_current->text(), m_new->text());
}

} // namespace citoyens
