#include "PasswordField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace citoyens {

PasswordField::PasswordField(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QToolButton(this))
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("Edit"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setEchoMode(QLineEdit::Password);
    // Passwords are typed, never completed or pasted from a history by the widget.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_edit->setMaxLength(1024);

    m_toggle->setObjectName(objectName + QStringLiteral("Toggle"));
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);

    connect(m_toggle, &QToolButton::toggled, this, &PasswordField::updateToggle);
    connect(m_edit, &QLineEdit::textChanged, this, &PasswordField::textChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &PasswordField::returnPressed);
    updateToggle();
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::setText(const QString& text)
{
    m_edit->setText(text);
}

void PasswordField::clear()
{
    m_edit->clear();
    setRevealed(false);
}

bool PasswordField::isRevealed() const
{
    return m_toggle->isChecked();
}

void PasswordField::setRevealed(bool revealed)
{
    m_toggle->setChecked(revealed);
}

void PasswordField::updateToggle()
{
    const bool revealed = m_toggle->isChecked();
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_toggle->setAccessibleName(revealed ? tr("Hide the password") : tr("Show the password"));
    m_toggle->setToolTip(m_toggle->accessibleName());
}

} // namespace citoyens
