#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QShortcut;

namespace citoyens {

// The line under the desk's queue that says what the last decision did (« Demande de Marie
// Dupont validée ») with « Annuler » while it can still be taken back. Qt 6.4 has no
// announcement event (QAccessibleAnnouncementEvent came with 6.8): the line is an accessible
// alert (role AlertMessage, ATSPI "alert") that is shown again for each message, and a screen
// reader speaks an alert when it appears, wherever the focus is.
class DecisionStatusLine : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionStatusLine)

public:
    explicit DecisionStatusLine(QWidget* parent = nullptr);

    // `undoable`: « Annuler » is offered (until setUndoable(false)).
    void showMessage(const QString& message, bool undoable);
    void setUndoable(bool undoable);
    bool isUndoable() const;
    QString message() const;
    QPushButton* undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested();

private:
    QLabel* m_text;
    QPushButton* m_undo;
    QShortcut* m_shortcut = nullptr;
};

} // namespace citoyens
