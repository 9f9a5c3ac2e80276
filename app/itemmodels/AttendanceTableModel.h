#pragma once

#include "models/Attendance.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace citoyens {

// A day's booked children in « Pointage »: name, first name, age on that day, family, and the
// attendance in words ("Présent", "Absent", "Absence justifiée", "Non pointé"), with the mark
// being recorded shown as such until the server answers.
class AttendanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceTableModel)

public:
    enum Column { LastName, FirstName, Age, Family, Attendance, ColumnCount };
    enum Role {
        ReservationIdRole = Qt::UserRole + 1,
        AttendanceRole, // the recorded word, empty when not marked
        PendingRole, // the word being recorded, empty when none
    };

    explicit AttendanceTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new day's list (or none: clear()).
    void setChildren(const QDate& date, const QList<AttendanceChild>& children);
    void clear();
    // The server's record of one child (its row changes in place).
    void updateChild(const AttendanceChild& child);
    // The mark being sent for a child, shown until setPending(id, {}).
    void setPending(const QString& reservationId, const QString& attendance);

    const QList<AttendanceChild>& children() const { return m_children; }
    QDate date() const { return m_date; }
    AttendanceChild childAt(int row) const;
    int rowOf(const QString& reservationId) const;
    AttendanceCounts counts() const { return AttendanceCounts::of(m_children); }

    // "Présent", "Absent", "Absence justifiée", "Non pointé".
    static QString attendanceText(const QString& word);
    // "12 inscrits · 9 présents · 2 absents (dont 1 justifiée) · 1 non pointé".
    static QString countsText(const AttendanceCounts& counts);

private:
    void changedRow(int row);

    QDate m_date;
    QList<AttendanceChild> m_children;
    QHash<QString, QString> m_pending;
};

} // namespace citoyens
