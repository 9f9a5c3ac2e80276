#include "BookingRequest.h"

#include "models/FieldCodes.h"
#include "models/JsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace citoyens::server {

namespace {

const QStringList BodyFields { QStringLiteral("subscriptionId"), QStringLiteral("beneficiaryId"),
                               QStringLiteral("itemId"),         QStringLiteral("dates"),
                               QStringLiteral("pattern"),        QStringLiteral("payment") };
const QStringList PatternFields { QStringLiteral("weekdays"), QStringLiteral("every"), QStringLiteral("parity"),
                                  QStringLiteral("from"), QStringLiteral("to") };

void refuseUnknown(JsonReader& r, const QJsonObject& json, const QStringList& known)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            r.addError(it.key(), FieldCode::NotAllowed);
    }
}

QList<QDate> readDates(JsonReader& r, const QJsonObject& body)
{
    QList<QDate> out;
    const QJsonValue value = body.value(QStringLiteral("dates"));
    if (!value.isArray()) {
        r.addError(QStringLiteral("dates"), FieldCode::InvalidType);
        return out;
    }
    const QJsonArray dates = value.toArray();
    if (dates.isEmpty()) {
        r.addError(QStringLiteral("dates"), FieldCode::Required);
        return out;
    }
    if (dates.size() > BookingRequest::MaxDates) {
        r.addError(QStringLiteral("dates"), FieldCode::TooLong);
        return out;
    }
    for (int i = 0; i < dates.size(); ++i) {
        const QString field = QStringLiteral("dates[%1]").arg(i);
        const QString text = dates.at(i).toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!dates.at(i).isString() || text.size() != 10 || !d.isValid())
            r.addError(field, FieldCode::InvalidDate);
        else if (out.contains(d))
            r.addError(field, FieldCode::Duplicate);
        else
            out.append(d);
    }
    return out;
}

QList<QDate> readPattern(JsonReader& r, const QJsonObject& body)
{
    const QJsonValue value = body.value(QStringLiteral("pattern"));
    if (!value.isObject()) {
        r.addError(QStringLiteral("pattern"), FieldCode::InvalidType);
        return {};
    }
    const QJsonObject pattern = value.toObject();
    JsonReader p(pattern, QStringLiteral("pattern"));
    refuseUnknown(p, pattern, PatternFields);
    QList<int> weekdays;
    const QJsonArray days = p.array(QStringLiteral("weekdays"), true);
    if (p.has(QStringLiteral("weekdays")) && pattern.value(QStringLiteral("weekdays")).isArray() && days.isEmpty())
        p.addError(QStringLiteral("weekdays"), FieldCode::Required);
    // The length first: more than a week's days is one error on the array, not one per element.
    const bool tooMany = days.size() > BookingRequest::MaxWeekdays;
    if (tooMany)
        p.addError(QStringLiteral("weekdays"), FieldCode::TooLong);
    for (int i = 0; i < days.size() && !tooMany; ++i) {
        const QString field = QStringLiteral("weekdays[%1]").arg(i);
        const double n = days.at(i).toDouble(-1);
        if (!days.at(i).isDouble() || n != double(int(n)))
            p.addError(field, FieldCode::InvalidType);
        else if (n < 1 || n > 7)
            p.addError(field, FieldCode::OutOfRange);
        else if (weekdays.contains(int(n)))
            p.addError(field, FieldCode::Duplicate);
        else
            weekdays.append(int(n));
    }
    const int before = p.errors().size();
    const qint64 every = p.integer(QStringLiteral("every"));
    if (p.errors().size() == before && every != 1 && every != 2)
        p.addError(QStringLiteral("every"), FieldCode::InvalidChoice);
    QString parity;
    if (p.has(QStringLiteral("parity"))) {
        const int beforeParity = p.errors().size();
        parity = p.string(QStringLiteral("parity"));
        if (p.errors().size() == beforeParity) {
            if (parity != QLatin1String("even") && parity != QLatin1String("odd"))
                p.addError(QStringLiteral("parity"), FieldCode::InvalidChoice);
            else if (every != 2)
                p.addError(QStringLiteral("parity"), FieldCode::NotAllowed); // only one week in two
        }
    }
    const QDate from = p.date(QStringLiteral("from"), true);
    const QDate to = p.date(QStringLiteral("to"), true);
    if (from.isValid() && to.isValid()) {
        if (to < from)
            p.addError(QStringLiteral("to"), FieldCode::OutOfRange);
        else if (from.daysTo(to) >= 7 * BookingRequest::MaxPatternWeeks)
            p.addError(QStringLiteral("to"), FieldCode::OutOfRange);
    }
    r.merge(p);
    if (!p.ok())
        return {};
    return BookingRequest::patternDays(weekdays, int(every), parity, from, to);
}

} // namespace

BookingRequest BookingRequest::read(const QJsonObject& body, FieldErrors* errors)
{
    JsonReader r(body);
    BookingRequest b;
    refuseUnknown(r, body, BodyFields);
    b.subscriptionId = r.string(QStringLiteral("subscriptionId"));
    b.beneficiaryId = r.string(QStringLiteral("beneficiaryId"));
    if (r.has(QStringLiteral("itemId")))
        b.itemId = r.string(QStringLiteral("itemId"));
    const bool hasDates = r.has(QStringLiteral("dates"));
    const bool hasPattern = r.has(QStringLiteral("pattern"));
    if (hasDates && hasPattern)
        r.addError(QStringLiteral("pattern"), FieldCode::NotAllowed);
    else if (!hasDates && !hasPattern)
        r.addError(QStringLiteral("dates"), FieldCode::Required);
    else
        b.dates = hasDates ? readDates(r, body) : readPattern(r, body);
    std::sort(b.dates.begin(), b.dates.end());
    *errors = r.errors();
    return b;
}

QList<QDate> BookingRequest::patternDays(const QList<int>& weekdays, int every, const QString& parity,
                                         const QDate& from, const QDate& to)
{
    QList<QDate> out;
    const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (!weekdays.contains(d.dayOfWeek()))
            continue;
        if (every == 2) {
            if (parity.isEmpty()) {
                const qint64 week = firstMonday.daysTo(d.addDays(1 - d.dayOfWeek())) / 7;
                if (week % 2 != 0)
                    continue;
            } else {
                const bool even = d.weekNumber() % 2 == 0;
                if (even != (parity == QLatin1String("even")))
                    continue;
            }
        }
        out.append(d);
    }
    return out;
}

} // namespace citoyens::server
