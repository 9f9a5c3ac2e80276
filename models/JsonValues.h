#pragma once

#include "FieldError.h"
#include "JsonReader.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace citoyens::JsonValues {

// How the codecs write optional values: null rather than absent, so that the shape of an
// object never depends on its content.
inline QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue instant(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template<typename T> QJsonValue optionalNumber(const std::optional<T>& v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

template<typename T> QJsonArray array(const QList<T>& items)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(item.toJson());
    return out;
}

// Reads an array of objects with T::fromJson, naming bad elements by their index.
template<typename T> QList<T> readList(JsonReader& reader, const QString& field, bool required = false)
{
    QList<T> out;
    const QJsonArray items = reader.array(field, required);
    for (int i = 0; i < items.size(); ++i) {
        const QString path = reader.elementPath(field, i);
        if (!items.at(i).isObject()) {
            reader.mergeErrors({ FieldError { path, QStringLiteral("invalid_type") } });
            continue;
        }
        FieldErrors errors;
        const std::optional<T> item = T::fromJson(items.at(i).toObject(), &errors, path);
        reader.mergeErrors(errors);
        if (item)
            out.append(*item);
    }
    return out;
}

} // namespace citoyens::JsonValues
