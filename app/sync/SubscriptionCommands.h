#pragma once

#include "SubscriptionDraft.h"

#include "api/ApiError.h"
#include "operations/Operation.h"

#include "models/FieldError.h"
#include "models/Subscription.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace citoyens {

class ApiCall;
class ApiClient;
class CatalogueRepository;
class DocumentApi;
class SubscriptionApi;
class SubscriptionRepository;

// One running change to the person's subscriptions, as SubscriptionCommands returns it:
// progress() over all its documents, cancel(), and after `finished` the subscription the
// server answered (submit, missing document) when it succeeded.
class SubscriptionOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionOperation)

public:
    Subscription subscription() const { return m_subscription; }

private:
    friend class SubscriptionCommands;
    explicit SubscriptionOperation(QObject* parent)
        : Operation(parent)
    { }

    Subscription m_subscription;
};

// The person's changes to subscriptions: submit (validate, upload each document with
// progress, POST with an Idempotency-Key), withdraw, add a missing document. Each returns the
// SubscriptionOperation the page observes; answers are written into the store (the table
// model updates); failures keep the draft intact. One operation at a time: a second call
// while busy() is refused (returns nullptr). The signals below say the same to observers
// that did not start the operation.
class SubscriptionCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionCommands)

public:
    SubscriptionCommands(ApiClient* client, SubscriptionRepository* subscriptions, CatalogueRepository* catalogue,
                         QObject* parent = nullptr);
    ~SubscriptionCommands() override;

    // The rules of models/ plus the files: every required kind has a readable, non-empty file
    // of at most DocumentRules::MaxDocumentBytes whose content is PDF, JPEG or PNG. Field
    // names: "serviceId", "fiscalIncomeEuros", "fiscalPartsHalves", "documents.<kind>".
    // Codes (ApiError::describe knows them): required, not_found, negative, too_large,
    // invalid_parts, empty_file, unsupported_media_type, unreadable.
    FieldErrors validate(const SubscriptionDraft& draft) const;

    // The check addMissingDocument() makes on its file (field "documents.<kind>").
    FieldErrors checkDocument(const QString& kind, const QString& filePath) const;

    // nullptr (and validationFailed) when the input is not valid or another operation runs.
    SubscriptionOperation* submit(const SubscriptionDraft& draft);
    SubscriptionOperation* withdraw(const QString& subscriptionId);
    SubscriptionOperation* addMissingDocument(const QString& subscriptionId, const QString& kind,
                                              const QString& filePath);
    // Aborts the transfer in flight; the operation's failure signal follows with
    // ApiError::Kind::Cancelled. Uploaded documents and the key are kept for the next try.
    void cancel();

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void validationFailed(const citoyens::FieldErrors& errors);
    // Bytes of all the documents of the current operation; `total` is known up front.
    void uploadProgress(qint64 sent, qint64 total);
    void documentUploaded(const QString& kind, const QString& documentId);
    void submitted(const citoyens::Subscription& subscription);
    void submitFailed(const citoyens::ApiError& error);
    void withdrawn(const QString& subscriptionId);
    void withdrawFailed(const QString& subscriptionId, const citoyens::ApiError& error);
    void documentAdded(const citoyens::Subscription& subscription);
    void addDocumentFailed(const QString& subscriptionId, const citoyens::ApiError& error);

private:
    struct Uploaded
    {
        QString path;
        qint64 size = 0;
        QDateTime modified;
        QString documentId;
    };
    struct PendingUpload
    {
        QString cacheKey; // kind, or "<subscriptionId>/<kind>" for a missing document
        QString kind;
        QString path;
        qint64 size = 0;
    };
    enum class Kind { None, Submit, AddDocument, Withdraw };

    bool isStillUploaded(const QString& cacheKey, const QString& path) const;
    void setBusy(bool busy);
    void uploadNext();
    void postSubscription();
    void postMissingDocument();
    SubscriptionOperation* begin(Kind kind, const QList<PendingUpload>& uploads);
    SubscriptionOperation* startOperation();
    void track(ApiCall* call);
    void reportProgress(qint64 sent);
    void fail(const ApiError& error);
    void done(const Subscription& subscription);
    FieldErrors checkFile(const QString& field, const QString& path) const;

    DocumentApi* m_documents;
    SubscriptionApi* m_api;
    SubscriptionRepository* m_subscriptions;
    CatalogueRepository* m_catalogue;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
    Kind m_kind = Kind::None;
    QPointer<SubscriptionOperation> m_current; // what the page that started it observes

    SubscriptionDraft m_draft; // the submission being sent
    QList<PendingUpload> m_pending; // still to upload, in order
    QHash<QString, Uploaded> m_uploaded; // cacheKey -> the document already on the server
    QByteArray m_idempotencyKey; // kept while the same request is retried
    QByteArray m_keyBody; // the request body the key was made for
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    QString m_targetSubscription; // addMissingDocument / withdraw
    QString m_targetKind;
};

} // namespace citoyens
