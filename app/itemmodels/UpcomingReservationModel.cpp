#include "UpcomingReservationModel.h"

#include "models/Money.h"
#include "models/Subscription.h"
#include "reservations/BookingText.h"
#include "store/ReservationRepository.h"

namespace citoyens {

UpcomingReservationModel::UpcomingReservationModel(ReservationRepository* repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(repository, &ReservationRepository::upcomingChanged, this, &UpcomingReservationModel::reload);
    reload();
}

void UpcomingReservationModel::reload()
{
    beginResetModel();
    m_rows = m_repository->upcoming();
    endResetModel();
}

int UpcomingReservationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UpcomingReservationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpcomingReservationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReservationRow& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case DateRole:
        return row.date;
    case StatusRole:
        return row.status;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return BookingText::longDate(row.date);
    case Child:
        return row.beneficiaryName;
    case Service: {
        const QString service = Subscription::titleCase(row.communeName) + QStringLiteral(" — ") + row.serviceName;
        return row.itemLabel.isEmpty() ? service : tr("%1 (%2)").arg(service, row.itemLabel);
    }
    case Status: {
        const QString attended = BookingText::attendanceWord(row.attendance);
        if (!attended.isEmpty())
            return attended;
        return row.status == u"waiting_list" ? tr("Waiting list") : tr("Booked");
    }
    case Price:
        return Money::fromCents(row.priceCents + row.surchargeCents).toFrench();
    default:
        return {};
    }
}

QVariant UpcomingReservationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Child:
        return tr("Child");
    case Service:
        return tr("Service");
    case Status:
        return tr("Status");
    case Price:
        return tr("Price");
    default:
        return {};
    }
}

} // namespace citoyens
