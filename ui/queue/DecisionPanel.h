#pragma once

#include "models/DocumentRequirement.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace citoyens {

// The agent's decision on one request: "Valider" (Alt+V), "Refuser" (Alt+R: a reason, chosen
// from common ones or typed, required) or "Pièces à compléter" (Alt+P: which document, from the
// request's own kinds, and an optional message). The shortcuts are the mnemonics of the
// translated labels, shown on the buttons. Return confirms the open step, Escape closes it.
// One decided() signal; from then on the panel is busy (disabled) until the page calls
// setError() with the server's refusal or reset() for the next request.
class DecisionPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionPanel)

public:
    // The API's words for the decision.
    static inline const QString Approve = QStringLiteral("approve");
    static inline const QString Reject = QStringLiteral("reject");
    static inline const QString Incomplete = QStringLiteral("incomplete");

    explicit DecisionPanel(QWidget* parent = nullptr);
    ~DecisionPanel() override;

    // The documents this request holds, for "Pièces à compléter"; none disables it.
    void setDocumentKinds(const QList<DocumentRequirement>& kinds);
    // A fresh start for the next request: closed steps, empty fields, no error, not busy.
    void reset();
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A decision made before, back in the panel as it was typed (its step open, its fields
    // filled), usable again: after an undo, or before setError().
    void restore(const QString& decision, const QString& reason, const QString& documentKind);
    // The server's answer to the last decision; the panel is usable again, with what was typed.
    void setError(const QString& message);

    static QStringList commonRejectReasons();

Q_SIGNALS:
    // reason: the refusal's reason, or the optional message of an incomplete request.
    // documentKind: the kind asked for (incomplete only).
    void decided(const QString& decision, const QString& reason, const QString& documentKind);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Step { Choose, Reject, Incomplete };

    QPushButton* decisionButton(const QString& text, const QString& name);
    QWidget* buildRejectStep();
    QWidget* buildIncompleteStep();
    void openStep(Step step);
    void confirmReject();
    void confirmIncomplete();
    void emitDecision(const QString& decision, const QString& reason, const QString& kind);
    void showFieldError(QLabel* label, QWidget* field, const QString& message);
    void updateEnabled();

    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_incomplete;
    QStackedWidget* m_steps;
    QComboBox* m_reason;
    QLabel* m_reasonError;
    QPushButton* m_rejectConfirm;
    QPushButton* m_rejectCancel;
    QComboBox* m_document;
    QLabel* m_documentError;
    QLineEdit* m_message;
    QPushButton* m_incompleteConfirm;
    QPushButton* m_incompleteCancel;
    QLabel* m_error;
    Step m_step = Step::Choose;
    bool m_busy = false;
};

} // namespace citoyens
