#include "QueueItem.h"

#include <QJsonArray>

#include <algorithm>

namespace citoyens {

namespace {

const QString SubscriptionsKey = QStringLiteral("subscriptions");
const QString BeneficiariesKey = QStringLiteral("beneficiaries");

QString communeOf(const QJsonObject& json)
{
    return json.value(QStringLiteral("communeId")).toString();
}

} // namespace

QString QueueItem::key() const
{
    if (kind == Kind::Subscription)
        return QStringLiteral("subscription:") + subscription.id;
    return QStringLiteral("beneficiary:%1:%2").arg(beneficiary.id, communeId);
}

QString QueueItem::id() const
{
    return kind == Kind::Subscription ? subscription.id : beneficiary.id;
}

QDateTime QueueItem::createdAt() const
{
    return kind == Kind::Subscription ? subscription.createdAt : beneficiary.createdAt;
}

std::optional<CitizenSummary> QueueItem::citizen() const
{
    return kind == Kind::Subscription ? subscription.citizen : beneficiary.citizen;
}

std::optional<QueueList> QueueList::fromJson(const QJsonObject& json)
{
    if (!json.value(SubscriptionsKey).isArray() || !json.value(BeneficiariesKey).isArray())
        return std::nullopt;
    QueueList queue;
    for (const QJsonValue& v : json.value(SubscriptionsKey).toArray()) {
        const QJsonObject o = v.toObject();
        auto subscription = Subscription::fromJson(o);
        if (!subscription)
            return std::nullopt;
        QueueItem item;
        item.kind = QueueItem::Kind::Subscription;
        item.subscription = *subscription;
        item.communeId = subscription->communeId;
        for (const QJsonValue& d : o.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject doc = d.toObject();
            item.documentHrefs.insert(doc.value(QStringLiteral("documentId")).toString(),
                                      doc.value(QStringLiteral("href")).toString());
        }
        queue.items.append(item);
    }
    for (const QJsonValue& v : json.value(BeneficiariesKey).toArray()) {
        const QJsonObject o = v.toObject();
        auto beneficiary = Beneficiary::fromJson(o);
        if (!beneficiary || communeOf(o).isEmpty())
            return std::nullopt;
        QueueItem item;
        item.kind = QueueItem::Kind::Beneficiary;
        item.beneficiary = *beneficiary;
        item.communeId = communeOf(o);
        item.photoHref = o.value(QStringLiteral("photoHref")).toString();
        queue.items.append(item);
    }
    // Oldest first across both kinds; the server's order within each kind is kept on ties.
    std::stable_sort(queue.items.begin(), queue.items.end(),
                     [](const QueueItem& a, const QueueItem& b) { return a.createdAt() < b.createdAt(); });
    return queue;
}

QJsonObject QueueList::withoutItem(const QJsonObject& json, const QueueItem& item)
{
    const bool subscription = item.kind == QueueItem::Kind::Subscription;
    const QString key = subscription ? SubscriptionsKey : BeneficiariesKey;
    QJsonArray kept;
    for (const QJsonValue& v : json.value(key).toArray()) {
        const QJsonObject o = v.toObject();
        const bool same
            = o.value(QStringLiteral("id")).toString() == item.id() && (subscription || communeOf(o) == item.communeId);
        if (!same)
            kept.append(o);
    }
    QJsonObject result = json;
    result.insert(key, kept);
    return result;
}

} // namespace citoyens
