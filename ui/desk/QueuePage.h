#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace citoyens {

class AccountScope;
class QueueFilterProxy;
class RequestView;

// "File d'attente": the requests and beneficiaries waiting for the agent's decision, oldest
// first, filtered by commune and kind, with their counts; Enter opens one beside its
// documents (RequestView), Escape comes back. After a decision the next one opens. The table
// paints from the store at once and the queue is fetched again each time the page shows.
class QueuePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    explicit QueuePage(AccountScope* scope, QWidget* parent = nullptr);
    ~QueuePage() override;

    RequestView* requestView() const { return m_request; }
    QTableView* table() const { return m_table; }
    // Back to the list, filters cleared (someone else signs in).
    void reset();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openRow(int row);
    void showList();
    void afterDecision(const QString& key);
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
    int m_openRow = -1;
    bool m_syncError = false; // the message shown is the queue's sync failure
};

} // namespace citoyens
