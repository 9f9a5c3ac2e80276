#pragma once

#include "SubscriptionDraft.h"

#include "operations/CallOperation.h"

#include "models/FieldError.h"
#include "models/Service.h"
#include "models/Subscription.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

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
class SubscriptionOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionOperation)

public:
    Subscription subscription() const { return m_subscription; }

Q_SIGNALS:
    // One of its documents is on the server (the next is read from its file only now).
    void documentUploaded(const QString& kind, const QString& documentId);

private:
    friend class SubscriptionCommands;
    explicit SubscriptionOperation(QObject* parent)
        : CallOperation(parent)
    { }

    Subscription m_subscription;
};

// The person's changes to subscriptions: submit (validate, upload each document with
// progress, POST with an Idempotency-Key), withdraw, add a missing document. Each returns the
// SubscriptionOperation the page observes (never nullptr): refused input fails it with the
// field errors, nothing sent. Answers are written into the store (the table model updates);
// failures keep the draft intact. One operation at a time: a second call while isBusy() fails
// at once with code in_progress. The steps of an operation (each document, then the request)
// are steps of one CallOperation.
class SubscriptionCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionCommands)

public:
    SubscriptionCommands(ApiClient* client, SubscriptionRepository* subscriptions, CatalogueRepository* catalogue,
                         QObject* parent = nullptr);

    // The rules of models/ plus the files: every required kind has a readable, non-empty file
    // of at most DocumentRules::MaxDocumentBytes whose content is PDF, JPEG or PNG. Field
    // names: "serviceId", "fiscalIncomeEuros", "fiscalPartsHalves", "documents.<kind>".
    // Codes (ApiError::describe knows them): required, not_found, negative, too_large,
    // invalid_parts, empty_file, unsupported_media_type, unreadable.
    FieldErrors validate(const SubscriptionDraft& draft) const;

    // The documents `draft` must attach: the service's, less the income statement when it
    // carries the CAF/MSA's quotient.
    static QList<DocumentRequirement> requiredDocuments(const Service& service, const SubscriptionDraft& draft);

    // The check addMissingDocument() makes on its file (field "documents.<kind>").
    FieldErrors checkDocument(const QString& kind, const QString& filePath) const;

    SubscriptionOperation* submit(const SubscriptionDraft& draft);
    SubscriptionOperation* withdraw(const QString& subscriptionId);
    SubscriptionOperation* addMissingDocument(const QString& subscriptionId, const QString& kind,
                                              const QString& filePath);
    // Aborts the transfer in flight; the operation fails with ApiError::Kind::Cancelled. Uploaded documents and the key
    // are kept for the next try.
    void cancel();

    bool isBusy() const { return !m_current.isNull(); }

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
    bool isStillUploaded(const QString& cacheKey, const QString& path) const;
    // Refused at once: `errors`, or another operation running.
    SubscriptionOperation* refused(const FieldErrors& errors);
    SubscriptionOperation* begin(const QList<PendingUpload>& uploads, const std::function<CallOperation::Step()>& last);
    void ended(SubscriptionOperation* operation);
    // The next document to send, or `last` when all are on the server.
    CallOperation::Applied nextUpload();
    CallOperation::Step postSubscription();
    CallOperation::Step postMissingDocument(const QString& subscriptionId, const QString& kind);
    FieldErrors checkFile(const QString& field, const QString& path) const;

    DocumentApi* m_documents;
    SubscriptionApi* m_api;
    SubscriptionRepository* m_subscriptions;
    CatalogueRepository* m_catalogue;
    QPointer<SubscriptionOperation> m_current; // the one running (busy while set)
    std::function<CallOperation::Step()> m_last; // the request after the documents

    SubscriptionDraft m_draft; // the submission being sent
    QList<PendingUpload> m_pending; // still to upload, in order
    QHash<QString, Uploaded> m_uploaded; // cacheKey -> the document already on the server
    QByteArray m_idempotencyKey; // kept while the same request is retried
    QByteArray m_keyBody; // the request body the key was made for
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
};

} // namespace citoyens
