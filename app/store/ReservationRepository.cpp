#include "ReservationRepository.h"

#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace citoyens {

namespace {

const QString Upcoming = QStringLiteral("reservations");

QString monthText(const MonthKey& key)
{
    return key.first().toString(QStringLiteral("yyyy-MM"));
}

void bindKey(QSqlQuery& q, const MonthKey& key)
{
    q.addBindValue(key.subscriptionId);
    q.addBindValue(key.beneficiaryId);
    // A null QString is bound as SQL NULL: the service's first item is stored as ''.
    q.addBindValue(key.itemId.isNull() ? QStringLiteral("") : key.itemId);
    q.addBindValue(monthText(key));
}

bool upsertRow(QSqlDatabase& db, const ReservationRow& row, const QString& json)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO reservations (id, date, json) VALUES (?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET date = excluded.date, json = excluded.json"));
    q.addBindValue(row.id);
    q.addBindValue(row.date.toString(Qt::ISODate));
    q.addBindValue(json);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot save reservation" << row.id << ":" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

ReservationRepository::ReservationRepository(LocalStore* store, QObject* parent)
    : StoreRepository(store, parent)
{ }

void ReservationRepository::setStore(LocalStore* store)
{
    m_store = store;
    Q_EMIT upcomingChanged();
}

std::optional<BookingMonth> ReservationRepository::month(const MonthKey& key) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT json FROM booking_months WHERE subscription_id = ? AND beneficiary_id = ? "
                             "AND item_id = ? AND month = ?"));
    bindKey(q, key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return BookingMonth::fromJson(StoreSql::fromText(q.value(0).toString()));
}

QByteArray ReservationRepository::monthEtag(const MonthKey& key) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT etag FROM booking_months WHERE subscription_id = ? AND beneficiary_id = ? "
                             "AND item_id = ? AND month = ?"));
    bindKey(q, key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().toUtf8();
}

bool ReservationRepository::saveMonth(const MonthKey& key, const BookingMonth& month, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen() || !key.isValid())
        return false;
    const std::optional<BookingMonth> before = this->month(key);
    QSqlDatabase db = m_store->database();
    const bool saved = StoreSql::inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO booking_months (subscription_id, beneficiary_id, item_id, month, json, "
                                 "etag, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT(subscription_id, beneficiary_id, item_id, month) DO UPDATE SET "
                                 "json = excluded.json, etag = excluded.etag, fetched_at = excluded.fetched_at"));
        bindKey(q, key);
        q.addBindValue(StoreSql::toText(month.toJson()));
        q.addBindValue(QString::fromUtf8(etag));
        q.addBindValue(StoreSql::now());
        if (!q.exec()) {
            qCWarning(lcStore) << "cannot save a booking month:" << q.lastError().text();
            return false;
        }
        return true;
    });
    if (saved && (!before || before->toJson() != month.toJson()))
        Q_EMIT monthChanged(key);
    return saved;
}

bool ReservationRepository::forgetEtags(const QString& subscriptionId, const QString& beneficiaryId)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    return StoreSql::inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE booking_months SET etag = '' WHERE subscription_id = ? AND beneficiary_id = ?"));
        q.addBindValue(subscriptionId);
        q.addBindValue(beneficiaryId);
        return q.exec() && StoreSql::setEtag(db, Upcoming, {});
    });
}

QList<ReservationRow> ReservationRepository::upcoming() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::loadAllJson<ReservationRow>(m_store->database(), Upcoming, QStringLiteral("date, id"));
}

QByteArray ReservationRepository::upcomingEtag() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return StoreSql::etag(m_store->database(), Upcoming);
}

bool ReservationRepository::replaceUpcoming(const QList<ReservationRow>& rows, const QByteArray& etag)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlDatabase db = m_store->database();
    StoreSql::ReplaceOutcome outcome;
    if (!StoreSql::replaceAllItems(db, Upcoming, rows, upsertRow, etag, &outcome))
        return false;
    if (outcome.changed)
        Q_EMIT upcomingChanged();
    return true;
}

} // namespace citoyens
