#pragma once

#include "models/Beneficiary.h"
#include "models/Subscription.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace citoyens {

// One thing waiting for a desk agent's decision, as GET /agent/queue sends it: a request for a
// service (with where to download its documents) or a beneficiary (with the commune whose
// decision it waits for, and where its photo is).
struct QueueItem
{
    enum class Kind { Subscription, Beneficiary };

    Kind kind = Kind::Subscription;
    Subscription subscription; // Kind::Subscription
    Beneficiary beneficiary; // Kind::Beneficiary
    QString communeId; // the commune deciding (the request's, or the beneficiary's)
    QMap<QString, QString> documentHrefs; // document id -> href
    QString photoHref; // beneficiaries: empty without a photo the agent may see

    // "subscription:<id>" or "beneficiary:<id>:<communeId>": unique in one queue.
    QString key() const;
    QString id() const;
    QDateTime createdAt() const;
    std::optional<CitizenSummary> citizen() const;

    friend bool operator==(const QueueItem& a, const QueueItem& b)
    {
        return a.kind == b.kind && a.subscription == b.subscription && a.beneficiary == b.beneficiary
            && a.communeId == b.communeId && a.documentHrefs == b.documentHrefs && a.photoHref == b.photoHref;
    }
};

// The whole answer of GET /agent/queue, oldest first.
struct QueueList
{
    QList<QueueItem> items;

    // nullopt when the answer is not what the API promises.
    static std::optional<QueueList> fromJson(const QJsonObject& json);
    // The answer without one item (after its decision), in the API's shape.
    static QJsonObject withoutItem(const QJsonObject& json, const QueueItem& item);
};

} // namespace citoyens
