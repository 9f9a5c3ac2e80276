#include "BookingMonthModel.h"

#include "models/Money.h"
#include "reservations/BookingText.h"

#include <QLocale>

#include <algorithm>

namespace citoyens {

namespace {

bool isCancellable(const BookingDay& day)
{
    return (day.state == BookingDay::State::Booked || day.state == BookingDay::State::WaitingList)
        && day.reason == u"cancellable" && !day.reservationId.isEmpty();
}

} // namespace

BookingMonthModel::BookingMonthModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QDate BookingMonthModel::firstMonday() const
{
    const QDate first(m_month.year(), m_month.month(), 1);
    return first.addDays(1 - first.dayOfWeek());
}

void BookingMonthModel::setMonth(const QDate& month, const QList<BookingDay>& days)
{
    const QDate first(month.year(), month.month(), 1);
    QList<BookingDay> inMonth;
    for (const BookingDay& d : days) {
        if (d.date.year() == first.year() && d.date.month() == first.month())
            inMonth.append(d);
    }
    std::sort(inMonth.begin(), inMonth.end(), [](const BookingDay& a, const BookingDay& b) { return a.date < b.date; });
    const QDate last = first.addMonths(1).addDays(-1);
    const int rows = int((first.addDays(1 - first.dayOfWeek()).daysTo(last) / 7) + 1);
    if (first != m_month || rows != m_rows) {
        beginResetModel();
        if (first != m_month)
            m_chosen.clear();
        m_month = first;
        m_rows = rows;
        m_days = inMonth;
        m_byDate.clear();
        for (int i = 0; i < m_days.size(); ++i)
            m_byDate.insert(m_days.at(i).date, i);
        endResetModel();
    } else {
        m_days = inMonth;
        m_byDate.clear();
        for (int i = 0; i < m_days.size(); ++i)
            m_byDate.insert(m_days.at(i).date, i);
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, 6));
    }
    for (auto it = m_chosen.begin(); it != m_chosen.end();) {
        const BookingDay* d = day(*it);
        if (!d || d->state != BookingDay::State::Bookable)
            it = m_chosen.erase(it);
        else
            ++it;
    }
    Q_EMIT chosenChanged();
}

const BookingDay* BookingMonthModel::day(const QDate& date) const
{
    const auto it = m_byDate.constFind(date);
    return it == m_byDate.cend() ? nullptr : &m_days.at(*it);
}

QDate BookingMonthModel::dateAt(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_month.isValid())
        return {};
    const QDate date = firstMonday().addDays(qint64(index.row()) * 7 + index.column());
    return date.month() == m_month.month() ? date : QDate();
}

QModelIndex BookingMonthModel::indexOf(const QDate& date) const
{
    if (!m_month.isValid() || date.year() != m_month.year() || date.month() != m_month.month())
        return {};
    const qint64 offset = firstMonday().daysTo(date);
    return index(int(offset / 7), int(offset % 7));
}

bool BookingMonthModel::toggleChosen(const QModelIndex& index)
{
    const QDate date = dateAt(index);
    const BookingDay* d = day(date);
    if (!d || d->state != BookingDay::State::Bookable)
        return false;
    if (!m_chosen.remove(date))
        m_chosen.insert(date);
    Q_EMIT dataChanged(index, index);
    Q_EMIT chosenChanged();
    return true;
}

QList<QDate> BookingMonthModel::chosen() const
{
    QList<QDate> dates(m_chosen.begin(), m_chosen.end());
    std::sort(dates.begin(), dates.end());
    return dates;
}

qint64 BookingMonthModel::chosenTotalCents() const
{
    qint64 total = 0;
    for (const QDate& date : m_chosen) {
        if (const BookingDay* d = day(date))
            total += d->priceCents + d->surchargeCents;
    }
    return total;
}

void BookingMonthModel::clearChosen()
{
    if (m_chosen.isEmpty())
        return;
    m_chosen.clear();
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, 6));
    Q_EMIT chosenChanged();
}

std::optional<BookingMonthModel::Deadline> BookingMonthModel::nextDeadline(const QDateTime& now) const
{
    std::optional<Deadline> nearest;
    const auto consider = [&](Deadline::Kind kind, const QDate& date, const QDateTime& at) {
        if (at.isValid() && now < at && (!nearest || at < nearest->at))
            nearest = Deadline { kind, date, at };
    };
    for (const BookingDay& d : m_days) {
        if (d.state == BookingDay::State::Bookable)
            consider(Deadline::Kind::Book, d.date, d.bookBy);
        else if (isCancellable(d))
            consider(Deadline::Kind::Cancel, d.date, d.cancelBy);
    }
    return nearest;
}

void BookingMonthModel::setPaidCents(const QHash<QString, qint64>& paid)
{
    if (paid == m_paid)
        return;
    m_paid = paid;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, 6));
}

std::optional<BookingDay> BookingMonthModel::shownDay(const QDate& date) const
{
    const BookingDay* d = day(date);
    if (!d)
        return std::nullopt;
    BookingDay shown = *d;
    const bool reserved = d->state == BookingDay::State::Booked || d->state == BookingDay::State::WaitingList
        || d->state == BookingDay::State::Past;
    if (reserved && !d->reservationId.isEmpty()) {
        const auto paid = m_paid.constFind(d->reservationId);
        if (paid != m_paid.cend()) {
            shown.priceCents = *paid;
            shown.surchargeCents = 0;
        }
    }
    return shown;
}

int BookingMonthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BookingMonthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant BookingMonthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = dateAt(index);
    if (role == DateRole)
        return date;
    if (!date.isValid())
        return {};
    const std::optional<BookingDay> shown = shownDay(date);
    const BookingDay* d = shown ? &*shown : nullptr;
    const bool chosen = m_chosen.contains(date);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines { QString::number(date.day()) };
        if (d) {
            QString word = chosen ? tr("☑ Chosen") : BookingText::stateWord(*d);
            // The symbol stays with its word when the cell wraps.
            if (word.size() > 2 && word.at(1) == QLatin1Char(' ') && !word.at(0).isLetterOrNumber())
                word[1] = QChar::Nbsp;
            lines.append(word);
            if (d->state != BookingDay::State::Closed && d->state != BookingDay::State::Past)
                lines.append(Money::fromCents(d->priceCents + d->surchargeCents).toFrench());
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        if (!d)
            return tr("%1, no information").arg(BookingText::longDate(date));
        const QString sentence = BookingText::daySentence(*d);
        return chosen ? tr("%1, chosen for booking").arg(sentence) : sentence;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case StateRole:
        return d ? BookingDay::stateName(d->state) : QString();
    case ReasonRole:
        return d ? d->reason : QString();
    case ReservationIdRole:
        return d ? d->reservationId : QString();
    case BookableRole:
        return d && d->state == BookingDay::State::Bookable;
    case CancellableRole:
        return d && isCancellable(*d);
    case ChosenRole:
        return chosen;
    case PriceCentsRole:
        return d ? d->priceCents + d->surchargeCents : qint64(0);
    case CancelByRole:
        return d ? d->cancelBy : QDateTime();
    case BookByRole:
        return d ? d->bookBy : QDateTime();
    default:
        return {};
    }
}

QVariant BookingMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= 7)
            return {};
        return QLocale().standaloneDayName(section + 1, QLocale::LongFormat);
    }
    if (section < 0 || section >= m_rows)
        return {};
    return tr("Week %1").arg(firstMonday().addDays(qint64(section) * 7).weekNumber());
}

Qt::ItemFlags BookingMonthModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (!dateAt(index).isValid())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace citoyens
