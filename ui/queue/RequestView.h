#pragma once

#include "models/DecisionRequest.h"
#include "queue/QueueItem.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace citoyens {

class AccountScope;
class DecisionPanel;
class QueueOperation;
struct Service;
class DocumentBrowser;

// One request of the queue beside its documents: who asks, for what, the declared income,
// parts, quotient and bracket; for a beneficiary the photo and the PAI. The decision panel
// decides it (Alt shortcuts); the page sends the decision (it can be undone a few seconds);
// Escape goes back to the list.
class RequestView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestView)

public:
    explicit RequestView(AccountScope* scope, QWidget* parent = nullptr);
    ~RequestView() override;

    void showItem(const QueueItem& item);
    // The item again with a decision the agent had made, in the panel as it was typed: after
    // « Annuler » (no error), or when the server did not take it (`error`).
    void showDecision(const QueueItem& item, const DecisionRequest& request, const QString& typed,
                      const QString& error = {});
    // « Marie Dupont »: whom the item is about, for the page's status line.
    static QString personName(const QueueItem& item);
    QueueItem item() const { return m_item; }
    DecisionPanel* decisionPanel() const { return m_decision; }
    DocumentBrowser* documents() const { return m_documents; }
    // Downloads still running (documents, photo).
    int pendingDownloads() const { return int(m_downloads.size()); }

Q_SIGNALS:
    // The agent decided `item`; `typed` is the panel's own text (the request may carry a
    // default reason instead). Nothing is sent yet.
    void decisionChosen(const citoyens::QueueItem& item, const citoyens::DecisionRequest& request,
                        const QString& typed);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void addRow(const QString& label, const QString& value, const QString& objectName);
    void clearRows();
    void fillSubscription();
    void fillBeneficiary();
    // The kinds the decision panel may ask for again, then the documents downloaded.
    void showDocuments(const Service* service);
    void downloadDocuments();
    void downloadPhoto();
    void decide(const QString& decision, const QString& reason, const QString& documentKind);
    void cancelDownloads();

    AccountScope* m_scope;
    QueueItem m_item;
    QLabel* m_title;
    QFormLayout* m_details;
    QLabel* m_photo;
    DocumentBrowser* m_documents;
    QHBoxLayout* m_top = nullptr; // the request's details beside its documents
    QWidget* m_leftBox = nullptr;
    DecisionPanel* m_decision;
    QLabel* m_error;
    QPushButton* m_back;
    QList<QPointer<QueueOperation>> m_downloads;
    QList<QByteArray> m_documentBytes;
};

} // namespace citoyens
