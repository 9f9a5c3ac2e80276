#pragma once

#include "models/DecisionRequest.h"
#include "queue/QueueItem.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace citoyens {

class AccountScope;
class DecisionStatusLine;
class QueueCommands;
class QueueOperation;
class QueueFilterProxy;
class RequestView;

// "File d'attente": the requests and beneficiaries waiting for the agent's decision, oldest
// first, filtered by commune and kind, with their counts; Enter opens one beside its
// documents (RequestView), Escape comes back. The table paints from the store at once and the
// queue is fetched again each time the page shows.
//
// A decision is held, not sent: the status line says what was done (« Demande de Marie Dupont
// validée ») with « Annuler » (Alt+A), and the next request opens. The held decision is sent
// when the delay ends or as soon as the agent moves on: another decision, another request
// opened from the list, the page left, a sign-out, the window closed. The server has no way
// to take a decision back (the citizen is told at once), so undoing can only mean not sending
// yet; and at most one decision is ever held, for seconds, so the agent always knows which one
// « Annuler » takes back. A decision the server does not take reopens its request with the
// panel as it was typed and the server's reason.
class QueuePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    explicit QueuePage(AccountScope* scope, QWidget* parent = nullptr);
    ~QueuePage() override;

    RequestView* requestView() const { return m_request; }
    QTableView* table() const { return m_table; }
    DecisionStatusLine* statusLine() const { return m_status; }
    // Back to the list, filters cleared (someone else signs in); a held decision is sent first.
    void reset();
    // How long « Annuler » is offered (tests: long, to undo or move on by key; zero, to send at
    // the next turn of the event loop).
    void setUndoDelay(std::chrono::milliseconds delay) { m_undoDelay = delay; }
    bool hasHeldDecision() const { return m_held.has_value(); }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldDecision
    {
        QueueItem item;
        DecisionRequest request;
        QString typed; // as the panel had it, to put back
    };

    // `byAgent`: the agent chose to open it (the held decision leaves first).
    void openRow(int row, bool byAgent = true);
    void showList();
    void focusFirst();
    void hold(const QueueItem& item, const DecisionRequest& request, const QString& typed);
    void openNext();
    void undo();
    void sendHeld();
    void afterSend(QueueOperation* operation, const HeldDecision& decision);
    static QString decisionText(const QueueItem& item, const QString& decision);
    void updateCommunes();
    void updateCounts();
    void showError(const QString& message);

    AccountScope* m_scope;
    QueueFilterProxy* m_proxy;
    QStackedWidget* m_stack;
    QWidget* m_list;
    QComboBox* m_commune;
    QComboBox* m_kind;
    QLabel* m_counts;
    QPushButton* m_refresh;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_error;
    RequestView* m_request;
    QPointer<QueueCommands> m_commands; // a held decision leaves through it, even from the destructor
    DecisionStatusLine* m_status;
    QTimer* m_undoTimer;
    std::chrono::milliseconds m_undoDelay { 8000 };
    std::optional<HeldDecision> m_held;
    QList<QPointer<QueueOperation>> m_sending;
    bool m_closing = false; // the window closes once the decisions in flight are answered
    QPointer<QWidget> m_watchedWindow;
    int m_openRow = -1;
    bool m_syncError = false; // the message shown is the queue's sync failure
};

} // namespace citoyens
