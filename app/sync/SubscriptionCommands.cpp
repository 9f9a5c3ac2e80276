#include "SubscriptionCommands.h"

#include "SyncLogging.h"

#include "api/ApiCall.h"
#include "api/DocumentApi.h"
#include "api/SubscriptionApi.h"
#include "store/CatalogueRepository.h"
#include "store/SubscriptionRepository.h"

#include "models/Document.h"
#include "models/DocumentRules.h"
#include "models/IncomeRule.h"
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
        return { { field, QStringLiteral("required") } };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return { { field, QStringLiteral("not_found") } };
    if (info.size() == 0)
        return { { field, QStringLiteral("empty_file") } };
    if (info.size() > DocumentRules::MaxDocumentBytes)
        return { { field, QStringLiteral("too_large") } };
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
        return { { QStringLiteral("serviceId"), QStringLiteral("required") } };
    const Catalogue catalogue = m_catalogue->load();
    const Service* service = catalogue.findService(draft.serviceId);
    if (!service)
        return { { QStringLiteral("serviceId"), QStringLiteral("not_found") } };
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

bool SubscriptionCommands::submit(const SubscriptionDraft& draft)
{
    if (m_busy)
        return false;
    const FieldErrors errors = validate(draft);
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(errors);
        return false;
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
    begin(Operation::Submit, uploads);
    return true;
}

bool SubscriptionCommands::addMissingDocument(const QString& subscriptionId, const QString& kind,
                                              const QString& filePath)
{
    if (m_busy)
        return false;
    const FieldErrors errors = checkFile(DocumentsField + kind, filePath);
    if (!errors.isEmpty()) {
        Q_EMIT validationFailed(errors);
        return false;
    }
    m_targetSubscription = subscriptionId;
    m_targetKind = kind;
    const QString cacheKey = subscriptionId + QLatin1Char('/') + kind;
    QList<PendingUpload> uploads;
    if (!isStillUploaded(cacheKey, filePath))
        uploads.append({ cacheKey, kind, filePath, QFileInfo(filePath).size() });
    begin(Operation::AddDocument, uploads);
    return true;
}

bool SubscriptionCommands::withdraw(const QString& subscriptionId)
{
    if (m_busy)
        return false;
    m_targetSubscription = subscriptionId;
    m_operation = Operation::Withdraw;
    setBusy(true);
    m_call = m_api->withdraw(subscriptionId);
    ApiCall* call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (!call->ok())
            return fail(call->error());
        const QString id = m_targetSubscription;
        m_subscriptions->remove(id);
        done();
        Q_EMIT withdrawn(id);
    });
    return true;
}

void SubscriptionCommands::cancel()
{
    if (m_call)
        m_call->abort(); // finished() follows with Kind::Cancelled
}

void SubscriptionCommands::begin(Operation operation, const QList<PendingUpload>& uploads)
{
    m_operation = operation;
    m_pending = uploads;
    m_totalBytes = 0;
    m_doneBytes = 0;
    for (const PendingUpload& upload : uploads)
        m_totalBytes += upload.size;
    setBusy(true);
    if (m_totalBytes > 0)
        Q_EMIT uploadProgress(0, m_totalBytes);
    uploadNext();
}

void SubscriptionCommands::uploadNext()
{
    if (m_pending.isEmpty()) {
        if (m_operation == Operation::Submit)
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
        delete file;
        m_operation = Operation::None;
        setBusy(false);
        Q_EMIT validationFailed({ { DocumentsField + upload.kind, QStringLiteral("unreadable") } });
        return;
    }
    const QFileInfo info(upload.path);
    // The QFile is the request body: QNetworkAccessManager reads it as it sends.
    m_call = m_documents->upload(file, upload.kind, info.fileName(), contentType.toLatin1());
    ApiCall* call = m_call;
    connect(call, &ApiCall::uploadProgress, this, [this](qint64 sent, qint64 /*total*/) {
        Q_EMIT uploadProgress(qMin(m_doneBytes + sent, m_totalBytes), m_totalBytes);
    });
    connect(call, &ApiCall::finished, this, [this, call, upload, info] {
        m_call = nullptr;
        if (!call->ok())
            return fail(call->error());
        const auto document = Document::fromJson(call->json());
        if (!document)
            return fail(ApiError::parse(QStringLiteral("document")));
        m_uploaded.insert(upload.cacheKey, { upload.path, info.size(), info.lastModified(), document->id });
        m_doneBytes += upload.size;
        Q_EMIT uploadProgress(m_doneBytes, m_totalBytes);
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
    m_call = m_api->create(request, m_idempotencyKey);
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
        done();
        Q_EMIT submitted(*subscription);
    });
}

void SubscriptionCommands::postMissingDocument()
{
    const QString cacheKey = m_targetSubscription + QLatin1Char('/') + m_targetKind;
    m_call = m_api->addDocument(m_targetSubscription, m_targetKind, m_uploaded.value(cacheKey).documentId);
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
        done();
        Q_EMIT documentAdded(*subscription);
    });
}

void SubscriptionCommands::fail(const ApiError& error)
{
    const Operation operation = m_operation;
    m_operation = Operation::None;
    m_pending.clear();
    setBusy(false);
    qCInfo(lcSync) << "subscription command failed:" << error.code << error.message;
    // The server no longer knows a document we kept (or refused its kind): send them again.
    for (const FieldError& e : error.fieldErrors) {
        if (e.field.startsWith(QLatin1String("documents"))) {
            m_uploaded.clear();
            break;
        }
    }
    switch (operation) {
    case Operation::Submit:
        Q_EMIT submitFailed(error);
        break;
    case Operation::AddDocument:
        Q_EMIT addDocumentFailed(m_targetSubscription, error);
        break;
    case Operation::Withdraw:
        Q_EMIT withdrawFailed(m_targetSubscription, error);
        break;
    case Operation::None:
        break;
    }
}

void SubscriptionCommands::done()
{
    m_operation = Operation::None;
    setBusy(false);
}

void SubscriptionCommands::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace citoyens
