#pragma once

#include "models/PasswordPolicy.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace citoyens {

// The live checklist of the platform's password rules: each line turns green, with a
// tick, as soon as the password being typed meets it.
class PasswordRulesWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordRulesWidget)

public:
    explicit PasswordRulesWidget(QWidget* parent = nullptr);

    // The web platform's wording of one rule (translated).
    static QString ruleText(PasswordPolicy::Rule rule);
    static QColor metColor();

    void setPassword(const QString& password);
    bool isRuleMet(PasswordPolicy::Rule rule) const;
    QLabel* ruleLabel(PasswordPolicy::Rule rule) const { return m_labels.value(rule); }

private:
    void setMet(PasswordPolicy::Rule rule, bool met);

    QHash<PasswordPolicy::Rule, QLabel*> m_labels;
    QHash<PasswordPolicy::Rule, bool> m_met;
};

} // namespace citoyens
