#include "AttendanceTableModel.h"

#include <QLocale>

namespace citoyens {

AttendanceTableModel::AttendanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AttendanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_children.size());
}

int AttendanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendanceTableModel::attendanceText(const QString& word)
{
    if (word == AttendanceWord::Present)
        return tr("Present");
    if (word == AttendanceWord::Absent)
        return tr("Absent");
    if (word == AttendanceWord::Excused)
        return tr("Justified absence");
    return tr("Not marked");
}

QString AttendanceTableModel::countsText(const AttendanceCounts& counts)
{
    QString absent = tr("%n absent", nullptr, counts.absent + counts.excused);
    if (counts.excused > 0)
        absent += QLatin1Char(' ') + tr("(%n justified)", nullptr, counts.excused);
    return QStringList { tr("%n registered", nullptr, counts.registered), tr("%n present", nullptr, counts.present),
                         absent, tr("%n not marked", nullptr, counts.unmarked) }
        .join(QStringLiteral(" · "));
}

QVariant AttendanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_children.size() || index.column() >= ColumnCount)
        return {};
    const AttendanceChild& child = m_children.at(index.row());
    const QString pending = m_pending.value(child.reservationId);
    switch (role) {
    case ReservationIdRole:
        return child.reservationId;
    case AttendanceRole:
        return child.attendance;
    case PendingRole:
        return pending;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    const bool accessible = role == Qt::AccessibleTextRole;
    switch (index.column()) {
    case LastName:
        return child.lastName;
    case FirstName:
        return child.firstName;
    case Age: {
        const int age = child.ageOn(m_date);
        if (age < 0)
            return tr("not given");
        const QString born = QLocale().toString(child.birthDate, QLocale::ShortFormat);
        return accessible ? tr("%n year(s) old, born on %1", nullptr, age).arg(born)
                          : tr("%n year(s) (%1)", nullptr, age).arg(born);
    }
    case Family:
        return child.citizenName;
    case Attendance:
        if (!pending.isEmpty())
            return tr("Recording: %1…").arg(attendanceText(pending));
        return attendanceText(child.attendance);
    default:
        return {};
    }
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case Age:
        return tr("Age");
    case Family:
        return tr("Family");
    case Attendance:
        return tr("Attendance");
    default:
        return {};
    }
}

void AttendanceTableModel::setChildren(const QDate& date, const QList<AttendanceChild>& children)
{
    beginResetModel();
    m_date = date;
    m_children = children;
    m_pending.clear();
    endResetModel();
}

void AttendanceTableModel::clear()
{
    setChildren({}, {});
}

void AttendanceTableModel::updateChild(const AttendanceChild& child)
{
    const int row = rowOf(child.reservationId);
    if (row < 0)
        return;
    m_children[row] = child;
    changedRow(row);
}

void AttendanceTableModel::setPending(const QString& reservationId, const QString& attendance)
{
    const int row = rowOf(reservationId);
    if (row < 0)
        return;
    if (attendance.isEmpty())
        m_pending.remove(reservationId);
    else
        m_pending.insert(reservationId, attendance);
    changedRow(row);
}

AttendanceChild AttendanceTableModel::childAt(int row) const
{
    return row >= 0 && row < m_children.size() ? m_children.at(row) : AttendanceChild {};
}

int AttendanceTableModel::rowOf(const QString& reservationId) const
{
    for (int row = 0; row < m_children.size(); ++row) {
        if (m_children.at(row).reservationId == reservationId)
            return row;
    }
    return -1;
}

void AttendanceTableModel::changedRow(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace citoyens
