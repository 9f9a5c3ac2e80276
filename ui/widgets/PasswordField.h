#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace citoyens {

// A password line edit with a "show/hide" toggle beside it. The inner editor and the
// toggle take the field's objectName plus "Edit" / "Toggle" so tests can find them.
class PasswordField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordField)

public:
    PasswordField(const QString& objectName, const QString& accessibleName, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* toggleButton() const { return m_toggle; }
    QString text() const;
    void setText(const QString& text);
    void clear();
    bool isRevealed() const;
    void setRevealed(bool revealed);

signals:
    void textChanged(const QString& text);
    void returnPressed();

private:
    void updateToggle();

    QLineEdit* m_edit;
    QToolButton* m_toggle;
};

} // namespace citoyens
