#pragma once

#include "models/Reservation.h"

#include <QAbstractTableModel>
#include <QList>

namespace citoyens {

class ReservationRepository;

// "Prochaines réservations": the upcoming reservations of every child, by date, from the store.
class UpcomingReservationModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpcomingReservationModel)

public:
    enum Column { Date, Child, Service, Status, Price, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DateRole, StatusRole };

    explicit UpcomingReservationModel(ReservationRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    ReservationRepository* m_repository;
    QList<ReservationRow> m_rows;
};

} // namespace citoyens
