#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace citoyens {

class ApiCall;

// Brings the store up to date from the server: each registered collection is fetched with
// If-None-Match (its stored ETag); a 304 writes nothing; a 200 is written in one
// transaction and the repository's changed() lets the item models update.
// Each collection has at most one request in flight: asking again while one runs is a no-op.
// A collection is one registerCollection() call (AccountScope makes them): how to read its
// stored ETag, how to fetch it, how to write an answer.
class SyncService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    enum class Resource {
        Catalogue,
        BeneficiaryOptions,
        Subscriptions,
        Beneficiaries,
        Notifications,
        Queue,
        Wallet,
        Orders,
    };
    Q_ENUM(Resource)

    struct Collection
    {
        std::function<QByteArray()> storedEtag;
        std::function<ApiCall*(const QByteArray& etag)> fetch;
        // Writes a 200 answer (one transaction); false with `problem` set when unreadable.
        std::function<bool(const QJsonObject& answer, const QByteArray& etag, QString* problem)> write;
    };

    explicit SyncService(QObject* parent = nullptr);
    ~SyncService() override;

    void registerCollection(Resource resource, Collection collection);
    // Forgets every collection (the scope's person turned out to have another role).
    void clearCollections();
    QList<Resource> collections() const { return m_order; }

    // Every registered collection (after sign-in). syncFinished() once all answered.
    void syncAll();
    void sync(Resource resource);
    void syncCatalogue(); // also the beneficiary options
    void syncSubscriptions() { sync(Resource::Subscriptions); }
    void syncBeneficiaries() { sync(Resource::Beneficiaries); }
    void syncNotifications() { sync(Resource::Notifications); }
    // Aborts whatever is in flight (sign-out); no signal follows for aborted requests.
    void cancel();

    bool isBusy() const;

    // A collection stored as one list under `key` of the answer ({"subscriptions": [...]}),
    // each element read with T::fromJson and written with `replaceAll(list, etag)`.
    template<typename T, typename Repository>
    static Collection listCollection(Repository* repository, const QString& key,
                                     std::function<ApiCall*(const QByteArray&)> fetch);

Q_SIGNALS:
    // One resource answered: `changed` is false for a 304.
    void resourceSynced(citoyens::SyncService::Resource resource, bool changed);
    void resourceFailed(citoyens::SyncService::Resource resource, const citoyens::ApiError& error);
    // Every request started by syncAll() answered; `ok` when none failed.
    void syncFinished(bool ok);
    void busyChanged(bool busy);

private:
    void onAnswer(Resource resource, ApiCall* call);
    void updateBusy();

    QList<Resource> m_order;
    QHash<Resource, Collection> m_collections;
    QHash<Resource, QPointer<ApiCall>> m_inFlight;
    QSet<Resource> m_awaited; // resources the current syncAll() waits for
    bool m_allOk = true;
    bool m_busy = false;
};

template<typename T, typename Repository>
SyncService::Collection SyncService::listCollection(Repository* repository, const QString& key,
                                                    std::function<ApiCall*(const QByteArray&)> fetch)
{
    Collection collection;
    collection.storedEtag = [repository] {
        return repository->etag();
    };
    collection.fetch = std::move(fetch);
    collection.write = [repository, key](const QJsonObject& answer, const QByteArray& etag, QString* problem) {
        const QJsonValue array = answer.value(key);
        QList<T> all;
        bool readable = array.isArray();
        for (const QJsonValue& v : array.toArray()) {
            auto item = T::fromJson(v.toObject());
            if (!item) {
                readable = false;
                break;
            }
            all.append(*item);
        }
        if (!readable) {
            *problem = QStringLiteral("unreadable ") + key;
            return false;
        }
        return repository->replaceAll(all, etag);
    };
    return collection;
}

} // namespace citoyens
