#include "QueueTableModel.h"

#include "KeyedRows.h"

#include "store/CatalogueRepository.h"
#include "store/QueueRepository.h"

#include <QLocale>

namespace citoyens {

namespace {

QString personName(const std::optional<CitizenSummary>& citizen)
{
    if (!citizen)
        return {};
    return QStringLiteral("%1 %2").arg(citizen->firstName, citizen->lastName).trimmed();
}

} // namespace

QueueTableModel::QueueTableModel(QueueRepository* repository, CatalogueRepository* catalogue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_catalogue(catalogue)
{
    connect(repository, &QueueRepository::changed, this, &QueueTableModel::refresh);
    if (catalogue)
        connect(catalogue, &CatalogueRepository::changed, this, &QueueTableModel::refresh);
    refresh();
}

int QueueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueTableModel::kindText(QueueItem::Kind kind)
{
    return kind == QueueItem::Kind::Subscription ? tr("Request") : tr("Beneficiary");
}

QString QueueTableModel::kindWord(QueueItem::Kind kind)
{
    return kind == QueueItem::Kind::Subscription ? QStringLiteral("subscription") : QStringLiteral("beneficiary");
}

QString QueueTableModel::communeName(const QString& communeId) const
{
    const QString name = m_communeNames.value(communeId);
    return name.isEmpty() ? communeId : Subscription::titleCase(name);
}

QHash<QString, QString> QueueTableModel::communes() const
{
    QHash<QString, QString> result;
    for (const QueueItem& item : m_rows)
        result.insert(item.communeId, communeName(item.communeId));
    return result;
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueueItem& item = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return item.key();
    case KindRole:
        return kindWord(item.kind);
    case CommuneIdRole:
        return item.communeId;
    case CreatedAtRole:
        return item.createdAt();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Kind:
            // An incomplete request stays in the queue until the citizen sends what is missing.
            if (item.kind == QueueItem::Kind::Subscription
                && item.subscription.status == Subscription::StatusIncomplete)
                return tr("Request (documents to complete)");
            return kindText(item.kind);
        case Citizen:
            return personName(item.citizen());
        case Subject:
            if (item.kind == QueueItem::Kind::Subscription)
                return Subscription::titleCase(item.subscription.serviceName);
            return QStringLiteral("%1 %2").arg(item.beneficiary.firstName, item.beneficiary.lastName);
        case Commune:
            return item.kind == QueueItem::Kind::Subscription && !item.subscription.communeName.isEmpty()
                ? Subscription::titleCase(item.subscription.communeName)
                : communeName(item.communeId);
        case Date:
            return QLocale().toString(item.createdAt().toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Citizen:
        return tr("Citizen");
    case Subject:
        return tr("Service or beneficiary");
    case Commune:
        return tr("Commune");
    case Date:
        return tr("Date");
    default:
        return {};
    }
}

QueueItem QueueTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QueueItem {};
}

int QueueTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key() == key)
            return i;
    }
    return -1;
}

void QueueTableModel::refresh()
{
    m_communeNames.clear();
    if (m_catalogue) {
        for (const citoyens::Commune& commune : m_catalogue->load().communes)
            m_communeNames.insert(commune.id, commune.name);
    }
    const QList<QueueItem> fresh = m_repository ? m_repository->load().items : QList<QueueItem> {};
    ModelRowHooks<QueueTableModel> hooks { this };
    applyKeyedRows(
        m_rows, fresh, [](const QueueItem& item) { return item.key(); }, hooks);
    // Commune names may have arrived with the catalogue.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Commune), index(int(m_rows.size()) - 1, Commune));
}

} // namespace citoyens
