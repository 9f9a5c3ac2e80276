#include "JsonReader.h"

#include "FieldCodes.h"

#include <QJsonArray>
#include <QJsonValue>

#include <limits>
#include <utility>

namespace citoyens {

JsonReader::JsonReader(const QJsonObject& object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{ }

QString JsonReader::path(const QString& field) const
{
    return m_prefix.isEmpty() ? field : m_prefix + QLatin1Char('.') + field;
}

bool JsonReader::has(const QString& field) const
{
    const QJsonValue v = m_object.value(field);
    return !v.isUndefined() && !v.isNull();
}

QString JsonReader::string(const QString& field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, FieldCode::Required);
        return {};
    }
    if (!v.isString()) {
        addError(field, FieldCode::InvalidType);
        return {};
    }
    return v.toString();
}

bool JsonReader::boolean(const QString& field, bool required, bool fallback)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, FieldCode::Required);
        return fallback;
    }
    if (!v.isBool()) {
        addError(field, FieldCode::InvalidType);
        return fallback;
    }
    return v.toBool();
}

qint64 JsonReader::integer(const QString& field, bool required, qint64 fallback)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, FieldCode::Required);
        return fallback;
    }
    // Read as an integer, never through a double (amounts of money pass here); beyond 2^53 a
    // JSON number is not exact in other readers, so it is refused.
    constexpr qint64 Exact = qint64(1) << 53;
    constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
    const qint64 n = v.isDouble() ? v.toInteger(NotWhole) : NotWhole;
    if (n == NotWhole || n > Exact || n < -Exact) {
        addError(field, FieldCode::InvalidType);
        return fallback;
    }
    return n;
}

QDate JsonReader::date(const QString& field, bool required)
{
    const QString text = string(field, required);
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10) {
        addError(field, FieldCode::InvalidDate);
        return {};
    }
    return d;
}

JsonReader JsonReader::object(const QString& field, bool* present)
{
    const QJsonValue v = m_object.value(field);
    if (present)
        *present = v.isObject();
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        addError(field, FieldCode::InvalidType);
    return JsonReader(v.toObject(), path(field));
}

QStringList JsonReader::stringList(const QString& field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, FieldCode::Required);
        return {};
    }
    if (!v.isArray()) {
        addError(field, FieldCode::InvalidType);
        return {};
    }
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) {
            addError(field, FieldCode::InvalidType);
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QDateTime JsonReader::dateTime(const QString& field, bool required)
{
    const QString text = string(field, required);
    if (text.isEmpty())
        return {};
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        addError(field, FieldCode::InvalidDate);
        return {};
    }
    return dt;
}

QJsonArray JsonReader::array(const QString& field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, FieldCode::Required);
        return {};
    }
    if (!v.isArray()) {
        addError(field, FieldCode::InvalidType);
        return {};
    }
    return v.toArray();
}

std::optional<qint64> JsonReader::optionalInteger(const QString& field)
{
    if (!has(field))
        return std::nullopt;
    const int before = m_errors.size();
    const qint64 value = integer(field, false);
    if (m_errors.size() != before)
        return std::nullopt;
    return value;
}

QString JsonReader::elementPath(const QString& field, int index) const
{
    return path(field) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace citoyens
