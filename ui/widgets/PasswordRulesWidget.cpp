#include "PasswordRulesWidget.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace citoyens {

PasswordRulesWidget::PasswordRulesWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("passwordRules"));
    setAccessibleName(tr("Password rules"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (PasswordPolicy::Rule rule : PasswordPolicy::rules()) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("passwordRule_") + PasswordPolicy::code(rule));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        m_labels.insert(rule, label);
        layout->addWidget(label);
        m_met.insert(rule, true); // forces the first setMet() to paint
        setMet(rule, false);
    }
}

QString PasswordRulesWidget::ruleText(PasswordPolicy::Rule rule)
{
    switch (rule) {
    case PasswordPolicy::Rule::MinLength:
        return tr("At least %n characters", nullptr, PasswordPolicy::MinLength);
    case PasswordPolicy::Rule::DigitAndLetter:
        return tr("At least 1 digit and 1 letter");
    case PasswordPolicy::Rule::UpperAndLower:
        return tr("At least 1 upper-case and 1 lower-case letter");
    case PasswordPolicy::Rule::Special:
        return tr("At least 1 special character");
    }
    return {};
}

QColor PasswordRulesWidget::metColor()
{
    return QColor(0x1b, 0x7a, 0x3a); // 5.6:1 on white
}

void PasswordRulesWidget::setPassword(const QString& password)
{
    for (PasswordPolicy::Rule rule : PasswordPolicy::rules())
        setMet(rule, PasswordPolicy::satisfies(password, rule));
}

bool PasswordRulesWidget::isRuleMet(PasswordPolicy::Rule rule) const
{
    return m_met.value(rule);
}

void PasswordRulesWidget::setMet(PasswordPolicy::Rule rule, bool met)
{
    if (m_met.value(rule) == met)
        return;
    m_met.insert(rule, met);
    QLabel* label = m_labels.value(rule);
    const QString text = ruleText(rule);
    // The mark, not only the colour, tells the state (colour-blind people, screen readers).
    label->setText((met ? QStringLiteral("\u2714  ") : QStringLiteral("\u2022  ")) + text);
    label->setAccessibleName(met ? tr("%1: met").arg(text) : tr("%1: not met yet").arg(text));
    label->setProperty("ruleMet", met);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, met ? metColor() : QColor(0x4a, 0x55, 0x60));
    label->setPalette(palette);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace citoyens
