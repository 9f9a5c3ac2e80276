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
#include "models/SubscriptionRequest.h"
#include "models/Validation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

#include <utility>

namespace citoyens {

namespace {

const QString DocumentsField = QStringLiteral("documents.");
constexpr int SniffBytes = 8;

} // namespace

SubscriptionCommands::SubscriptionCommands(ApiClient* client, SubscriptionRepository* subscriptions,
                                           CatalogueRepository* catalogue, QObject* parent)
    : QObject(parent)
    , m_documents(new DocumentApi(client, this))
    , m_api(new SubscriptionApi(client, this))
    , m_subscriptions(subscriptions)
    , m_catalogue(catalogue)
{ }

SubscriptionCommands::~SubscriptionCommands()
{
    if (m_call)
        m_call->disconnect(this);
}

FieldErrors SubscriptionCommands::checkFile(const QString& field, const QString& path) const
{
    if (path.isEmpty())
        return { { field, FieldCode::Required } };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return { { field, FieldCode::NotFound } };
    if (info.size() == 0)
        return { { field, QStringLiteral("empty_file") } };
    if (info.size() > DocumentRules::MaxDocumentBytes)
        return { { field, FieldCode::TooLarge } };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { { field, QStringLiteral("unreadable") } };
    // Eight bytes: the type is decided by content, as the server does.
    if (DocumentRules::sniff(file.read(SniffBytes)).isEmpty())
        return { { field, QStringLiteral("unsupported_media_type") } };
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
    errors += IncomeRule::check(*service, draft.fiscalIncomeEuros, draft.fiscalPartsHalves);
    for (const DocumentRequirement& requirement : service->requiredDocuments)
        errors += checkFile(DocumentsField + requirement.kind, draft.documentFiles.value(requirement.kind));
    return errors;
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
    if (m_busy)
        return nullptr;
    const FieldErrors errors = validate(draft);
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(errors);
        return nullptr;
    }
    m_draft = draft;
    const Catalogue catalogue = m_catalogue->load();
    const Service* service = catalogue.findService(draft.serviceId); // validate() found it
    QList<PendingUpload> uploads;
    for (const DocumentRequirement& requirement : service->requiredDocuments) {
        const QString path = draft.documentFiles.value(requirement.kind);
        if (!isStillUploaded(requirement.kind, path))
            uploads.append({ requirement.kind, requirement.kind, path, QFileInfo(path).size() });
    }
    return begin(Kind::Submit, uploads);
}

SubscriptionOperation* SubscriptionCommands::addMissingDocument(const QString& subscriptionId, const QString& kind,
                                                                const QString& filePath)
{
    if (m_busy)
        return nullptr;
    const FieldErrors errors = checkDocument(kind, filePath);
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(errors);
        return nullptr;
    }
    m_targetSubscription = subscriptionId;
    m_targetKind = kind;
    const QString cacheKey = subscriptionId + QLatin1Char('/') + kind;
    QList<PendingUpload> uploads;
    if (!isStillUploaded(cacheKey, filePath))
        uploads.append({ cacheKey, kind, filePath, QFileInfo(filePath).size() });
    return begin(Kind::AddDocument, uploads);
}

SubscriptionOperation* SubscriptionCommands::withdraw(const QString& subscriptionId)
{
    if (m_busy)
        return nullptr;
    m_targetSubscription = subscriptionId;
    m_kind = Kind::Withdraw;
    SubscriptionOperation* operation = startOperation();
    setBusy(true);
    track(m_api->withdraw(subscriptionId));
    ApiCall* call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (!call->ok())
            return fail(call->error());
        const QString id = m_targetSubscription;
        m_subscriptions->remove(id);
        done({});
        Q_EMIT withdrawn(id);
    });
    return operation;
}

void SubscriptionCommands::cancel()
{
    if (m_call)
        m_call->abort(); // finished() follows with Kind::Cancelled
}

SubscriptionOperation* SubscriptionCommands::startOperation()
{
    m_current = new SubscriptionOperation(this);
    return m_current;
}

void SubscriptionCommands::track(ApiCall* call)
{
    m_call = call;
    if (m_current)
        m_current->watch(call);
}

void SubscriptionCommands::reportProgress(qint64 sent)
{
    Q_EMIT uploadProgress(sent, m_totalBytes);
    if (m_current)
        Q_EMIT m_current->progress(sent, m_totalBytes);
}

SubscriptionOperation* SubscriptionCommands::begin(Kind kind, const QList<PendingUpload>& uploads)
{
    m_kind = kind;
    SubscriptionOperation* operation = startOperation();
    m_pending = uploads;
    m_totalBytes = 0;
    m_doneBytes = 0;
    for (const PendingUpload& upload : uploads)
        m_totalBytes += upload.size;
    setBusy(true);
    if (m_totalBytes > 0)
        reportProgress(0);
    uploadNext();
    return operation;
}

void SubscriptionCommands::uploadNext()
{
    if (m_pending.isEmpty()) {
        if (m_kind == Kind::Submit)
            postSubscription();
        else
            postMissingDocument();
        return;
    }
    const PendingUpload upload = m_pending.first();
    auto* file = new QFile(upload.path);
    QByteArray head;
    if (file->open(QIODevice::ReadOnly))
        head = file->read(SniffBytes);
    const QString contentType = DocumentRules::sniff(head);
    if (contentType.isEmpty() || !file->seek(0)) {
        // Gone or changed since submit() checked it: the operation ends here, through the same
        // failure signal as any other end, so the page that started it stops waiting.
        delete file;
        return fail(ApiError::invalidInput({ { DocumentsField + upload.kind, QStringLiteral("unreadable") } }));
    }
    const QFileInfo info(upload.path);
    // The QFile is the request body: QNetworkAccessManager reads it as it sends.
    track(m_documents->upload(file, upload.kind, info.fileName(), contentType.toLatin1()));
    ApiCall* call = m_call;
    connect(call, &ApiCall::uploadProgress, this,
            [this](qint64 sent, qint64 /*total*/) { reportProgress(qMin(m_doneBytes + sent, m_totalBytes)); });
    connect(call, &ApiCall::finished, this, [this, call, upload, info] {
        m_call = nullptr;
        if (!call->ok())
            return fail(call->error());
        const auto document = Document::fromJson(call->json());
        if (!document)
            return fail(ApiError::parse(QStringLiteral("document")));
        m_uploaded.insert(upload.cacheKey, { upload.path, info.size(), info.lastModified(), document->id });
        m_doneBytes += upload.size;
        reportProgress(m_doneBytes);
        Q_EMIT documentUploaded(upload.kind, document->id);
        m_pending.removeFirst();
        uploadNext();
    });
}

void SubscriptionCommands::postSubscription()
{
    SubscriptionRequest request;
    request.serviceId = m_draft.serviceId;
    request.fiscalIncomeEuros = m_draft.fiscalIncomeEuros;
    request.fiscalPartsHalves = m_draft.fiscalPartsHalves;
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
    track(m_api->create(request, m_idempotencyKey));
    ApiCall* call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (!call->ok())
            return fail(call->error());
        const auto subscription = Subscription::fromJson(call->json());
        if (!subscription)
            return fail(ApiError::parse(QStringLiteral("subscription")));
        m_subscriptions->upsert(*subscription);
        // Done: the next submission is a new one.
        m_uploaded.clear();
        m_idempotencyKey.clear();
        m_keyBody.clear();
        m_draft = {};
        done(*subscription);
        Q_EMIT submitted(*subscription);
    });
}

void SubscriptionCommands::postMissingDocument()
{
    const QString cacheKey = m_targetSubscription + QLatin1Char('/') + m_targetKind;
    track(m_api->addDocument(m_targetSubscription, m_targetKind, m_uploaded.value(cacheKey).documentId));
    ApiCall* call = m_call;
    connect(call, &ApiCall::finished, this, [this, call, cacheKey] {
        m_call = nullptr;
        if (!call->ok())
            return fail(call->error());
        const auto subscription = Subscription::fromJson(call->json());
        if (!subscription)
            return fail(ApiError::parse(QStringLiteral("subscription")));
        m_subscriptions->upsert(*subscription);
        m_uploaded.remove(cacheKey);
        done(*subscription);
        Q_EMIT documentAdded(*subscription);
    });
}

void SubscriptionCommands::fail(const ApiError& error)
{
    const Kind kind = m_kind;
    m_kind = Kind::None;
    m_pending.clear();
    setBusy(false);
    qCInfo(lcSync) << "subscription command failed:" << error.code << error.message;
    // The server no longer knows a document we kept (or refused its kind): send them again.
    for (const FieldError& e : error.fieldErrors) {
        if (error.httpStatus != 0 && e.field.startsWith(QLatin1String("documents"))) {
            m_uploaded.clear();
            break;
        }
    }
    switch (kind) {
    case Kind::Submit:
        Q_EMIT submitFailed(error);
        break;
    case Kind::AddDocument:
        Q_EMIT addDocumentFailed(m_targetSubscription, error);
        break;
    case Kind::Withdraw:
        Q_EMIT withdrawFailed(m_targetSubscription, error);
        break;
    case Kind::None:
        break;
    }
    if (SubscriptionOperation* operation = std::exchange(m_current, nullptr))
        operation->fail(error);
}

void SubscriptionCommands::done(const Subscription& subscription)
{
    m_kind = Kind::None;
    setBusy(false);
    if (SubscriptionOperation* operation = std::exchange(m_current, nullptr)) {
        operation->m_subscription = subscription;
        operation->succeed();
    }
}

void SubscriptionCommands::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace citoyens
