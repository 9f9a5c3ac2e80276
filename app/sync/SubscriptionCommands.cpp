#include "SubscriptionCommands.h"

#include "SyncLogging.h"

#include "api/ApiCall.h"
#include "api/DocumentApi.h"
#include "api/SubscriptionApi.h"
#include "store/CatalogueRepository.h"
#include "store/SubscriptionRepository.h"

#include "models/Document.h"
#include "models/DocumentRules.h"
#include "models/FieldCodes.h"
#include "models/IncomeRule.h"
#include "models/ProblemCodes.h"
#include "models/SubscriptionRequest.h"
#include "models/Validation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

namespace citoyens {

namespace {

const QString DocumentsField = QStringLiteral("documents.");
constexpr int SniffBytes = 8;

// The request after the documents: its small body is not part of the documents' progress.
void noProgress(qint64 /*sent*/, qint64 /*total*/) { }

} // namespace

SubscriptionCommands::SubscriptionCommands(ApiClient* client, SubscriptionRepository* subscriptions,
                                           CatalogueRepository* catalogue, QObject* parent)
    : QObject(parent)
    , m_documents(new DocumentApi(client, this))
    , m_api(new SubscriptionApi(client, this))
    , m_subscriptions(subscriptions)
    , m_catalogue(catalogue)
{ }

FieldErrors SubscriptionCommands::checkFile(const QString& field, const QString& path) const
{
    if (path.isEmpty())
        return { { field, FieldCode::Required } };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return { { field, FieldCode::NotFound } };
    if (info.size() == 0)
        return { { field, FieldCode::EmptyFile } };
    if (info.size() > DocumentRules::MaxDocumentBytes)
        return { { field, FieldCode::TooLarge } };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { { field, FieldCode::Unreadable } };
    // Eight bytes: the type is decided by content, as the server does.
    if (DocumentRules::sniff(file.read(SniffBytes)).isEmpty())
        return { { field, FieldCode::UnsupportedMediaType } };
    return {};
}

FieldErrors SubscriptionCommands::validate(const SubscriptionDraft& draft) const
{
    FieldErrors errors;
    if (draft.serviceId.isEmpty())
        return { { QStringLiteral("serviceId"), FieldCode::Required } };
    const Catalogue catalogue = m_catalogue->load();
    const Service* service = catalogue.findService(draft.serviceId);
    if (!service)
        return { { QStringLiteral("serviceId"), FieldCode::NotFound } };
    if (draft.familyQuotientId.isEmpty())
        errors += IncomeRule::check(*service, draft.fiscalIncomeEuros, draft.fiscalPartsHalves);
    for (const DocumentRequirement& requirement : requiredDocuments(*service, draft))
        errors += checkFile(DocumentsField + requirement.kind, draft.documentFiles.value(requirement.kind));
    return errors;
}

QList<DocumentRequirement> SubscriptionCommands::requiredDocuments(const Service& service,
                                                                   const SubscriptionDraft& draft)
{
    QList<DocumentRequirement> required = service.requiredDocuments;
    // The CAF/MSA's quotient stands for the income statement.
    if (!draft.familyQuotientId.isEmpty())
        required.removeIf(
            [](const DocumentRequirement& r) { return r.kind == DocumentRequirement::KindIncomeStatement; });
    return required;
}

bool SubscriptionCommands::isStillUploaded(const QString& cacheKey, const QString& path) const
{
    const auto it = m_uploaded.constFind(cacheKey);
    if (it == m_uploaded.cend())
        return false;
    const QFileInfo info(path);
    return it->path == path && it->size == info.size() && it->modified == info.lastModified();
}

FieldErrors SubscriptionCommands::checkDocument(const QString& kind, const QString& filePath) const
{
    return checkFile(DocumentsField + kind, filePath);
}

SubscriptionOperation* SubscriptionCommands::submit(const SubscriptionDraft& draft)
{
    const FieldErrors errors = validate(draft);
    if (isBusy() || !errors.isEmpty())
        return refused(errors);
    m_draft = draft;
    const Catalogue catalogue = m_catalogue->load();
    const Service* service = catalogue.findService(draft.serviceId); // validate() found it
    QList<PendingUpload> uploads;
    for (const DocumentRequirement& requirement : requiredDocuments(*service, draft)) {
        const QString path = draft.documentFiles.value(requirement.kind);
        if (!isStillUploaded(requirement.kind, path))
            uploads.append({ requirement.kind, requirement.kind, path, QFileInfo(path).size() });
    }
    return begin(uploads, [this] { return postSubscription(); });
}

SubscriptionOperation* SubscriptionCommands::addMissingDocument(const QString& subscriptionId, const QString& kind,
                                                                const QString& filePath)
{
    const FieldErrors errors = checkDocument(kind, filePath);
    if (isBusy() || !errors.isEmpty())
        return refused(errors);
    const QString cacheKey = subscriptionId + QLatin1Char('/') + kind;
    QList<PendingUpload> uploads;
    if (!isStillUploaded(cacheKey, filePath))
        uploads.append({ cacheKey, kind, filePath, QFileInfo(filePath).size() });
    return begin(uploads, [this, subscriptionId, kind] { return postMissingDocument(subscriptionId, kind); });
}

SubscriptionOperation* SubscriptionCommands::withdraw(const QString& subscriptionId)
{
    if (isBusy())
        return refused({});
    return begin({}, [this, subscriptionId] {
        return CallOperation::Step { [this, subscriptionId] { return m_api->withdraw(subscriptionId); },
                                     [this, subscriptionId](const ApiCall&) {
                                         m_subscriptions->remove(subscriptionId);
                                         return ApiError();
                                     },
                                     {},
                                     noProgress };
    });
}

void SubscriptionCommands::cancel()
{
    if (m_current)
        m_current->cancel(); // fails with Kind::Cancelled
}

SubscriptionOperation* SubscriptionCommands::refused(const FieldErrors& errors)
{
    auto* operation = new SubscriptionOperation(this);
    if (!errors.isEmpty()) {
        operation->run(errors, {});
        return operation;
    }
    ApiError busy;
    busy.kind = ApiError::Kind::Problem;
    busy.code = ProblemCode::IdempotencyInFlight;
    busy.message = tr("Another request is being sent. Try again in a moment.");
    operation->run(busy);
    return operation;
}

SubscriptionOperation* SubscriptionCommands::begin(const QList<PendingUpload>& uploads,
                                                   const std::function<CallOperation::Step()>& last)
{
    auto* operation = new SubscriptionOperation(this);
    m_current = operation;
    m_pending = uploads;
    m_last = last;
    m_totalBytes = 0;
    m_doneBytes = 0;
    for (const PendingUpload& upload : uploads)
        m_totalBytes += upload.size;
    connect(operation, &Operation::finished, this, [this, operation] { ended(operation); });
    if (m_totalBytes > 0)
        Q_EMIT operation->progress(0, m_totalBytes);
    operation->run(nextUpload());
    return operation;
}

CallOperation::Applied SubscriptionCommands::nextUpload()
{
    if (m_pending.isEmpty())
        return m_last();
    const PendingUpload upload = m_pending.first();
    // Owned by the operation until the call takes it (a step never sent frees it with it).
    auto* file = new QFile(upload.path, m_current.data());
    QByteArray head;
    if (file->open(QIODevice::ReadOnly))
        head = file->read(SniffBytes);
    const QString contentType = DocumentRules::sniff(head);
    if (contentType.isEmpty() || !file->seek(0)) {
        // Gone or changed since it was checked: the operation ends here, and the page that
        // started it stops waiting.
        delete file;
        return ApiError::invalidInput({ { DocumentsField + upload.kind, FieldCode::Unreadable } });
    }
    const QFileInfo info(upload.path);
    QPointer<SubscriptionOperation> operation = m_current;
    return CallOperation::Step {
        // The QFile is the request body: QNetworkAccessManager reads it as it sends.
        [this, file, upload, info, contentType] {
            return m_documents->upload(file, upload.kind, info.fileName(), contentType.toLatin1());
        },
        [this, upload, info, operation](const ApiCall& answer) -> CallOperation::Applied {
            const auto document = Document::fromJson(answer.json());
            if (!document)
                return ApiError::parse(QStringLiteral("document"));
            m_uploaded.insert(upload.cacheKey, { upload.path, info.size(), info.lastModified(), document->id });
            m_doneBytes += upload.size;
            m_pending.removeFirst();
            if (operation) {
                Q_EMIT operation->progress(m_doneBytes, m_totalBytes);
                Q_EMIT operation->documentUploaded(upload.kind, document->id);
            }
            return nextUpload();
        },
        {},
        [this, operation](qint64 sent, qint64 /*total*/) {
            if (operation)
                Q_EMIT operation->progress(qMin(m_doneBytes + sent, m_totalBytes), m_totalBytes);
        },
    };
}

CallOperation::Step SubscriptionCommands::postSubscription()
{
    SubscriptionRequest request;
    request.serviceId = m_draft.serviceId;
    request.fiscalIncomeEuros = m_draft.fiscalIncomeEuros;
    request.fiscalPartsHalves = m_draft.fiscalPartsHalves;
    request.familyQuotientId = m_draft.familyQuotientId;
    for (auto it = m_draft.documentFiles.cbegin(); it != m_draft.documentFiles.cend(); ++it) {
        if (m_uploaded.contains(it.key()))
            request.documents.append({ it.key(), m_uploaded.value(it.key()).documentId });
    }
    // The same request again (a retry after a lost answer) keeps its key: the server then
    // answers with the subscription it already made instead of making a second one.
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    if (body != m_keyBody || m_idempotencyKey.isEmpty()) {
        m_keyBody = body;
        m_idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    QPointer<SubscriptionOperation> operation = m_current;
    return { [this, request] { return m_api->create(request, m_idempotencyKey); },
             [this, operation](const ApiCall& answer) {
                 const auto subscription = Subscription::fromJson(answer.json());
                 if (!subscription)
                     return ApiError::parse(QStringLiteral("subscription"));
                 m_subscriptions->upsert(*subscription);
                 // Done: the next submission is a new one.
                 m_uploaded.clear();
                 m_idempotencyKey.clear();
                 m_keyBody.clear();
                 m_draft = {};
                 if (operation)
                     operation->m_subscription = *subscription;
                 return ApiError();
             },
             {},
             noProgress };
}

CallOperation::Step SubscriptionCommands::postMissingDocument(const QString& subscriptionId, const QString& kind)
{
    const QString cacheKey = subscriptionId + QLatin1Char('/') + kind;
    QPointer<SubscriptionOperation> operation = m_current;
    return { [this, subscriptionId, kind, cacheKey] {
                return m_api->addDocument(subscriptionId, kind, m_uploaded.value(cacheKey).documentId);
            },
             [this, cacheKey, operation](const ApiCall& answer) {
                 const auto subscription = Subscription::fromJson(answer.json());
                 if (!subscription)
                     return ApiError::parse(QStringLiteral("subscription"));
                 m_subscriptions->upsert(*subscription);
                 m_uploaded.remove(cacheKey);
                 if (operation)
                     operation->m_subscription = *subscription;
                 return ApiError();
             },
             {},
             noProgress };
}

void SubscriptionCommands::ended(SubscriptionOperation* operation)
{
    if (m_current == operation)
        m_current = nullptr;
    m_pending.clear();
    if (operation->succeeded())
        return;
    const ApiError& error = operation->error();
    qCInfo(lcSync) << "subscription command failed:" << error.code << error.message;
    // The server no longer knows a document we kept (or refused its kind): send them again.
    for (const FieldError& e : error.fieldErrors) {
        if (error.httpStatus != 0 && e.field.startsWith(QLatin1String("documents"))) {
            m_uploaded.clear();
            break;
        }
    }
}

} // namespace citoyens
