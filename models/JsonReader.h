#pragma once

#include "FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// Reads typed fields from a JSON object and records, per field, what was missing or of the
// wrong type. The server answers those as a 400 naming the field; the client treats them
// as a malformed answer. Field names are reported with their path ("company.name").
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject& object, QString prefix = {});

    bool has(const QString& field) const;
    QString string(const QString& field, bool required = true);
    bool boolean(const QString& field, bool required = false, bool fallback = false);
    qint64 integer(const QString& field, bool required = true, qint64 fallback = 0);
    // "YYYY-MM-DD"; null or absent gives an invalid QDate when not required.
    QDate date(const QString& field, bool required = false);
    // A nested object; absent or null gives an empty object and hasObject() false.
    JsonReader object(const QString& field, bool* present = nullptr);
    QStringList stringList(const QString& field, bool required = false);
    // RFC 3339 instant; null or absent gives an invalid QDateTime when not required.
    QDateTime dateTime(const QString& field, bool required = false);
    // An array; absent or null gives an empty array (recorded as missing when required).
    QJsonArray array(const QString& field, bool required = false);
    // An integer that may be absent or null.
    std::optional<qint64> optionalInteger(const QString& field);
    // The full path of a field ("company.name").
    QString fieldPath(const QString& field) const { return path(field); }
    // The path of an array element's field prefix ("communes[2]").
    QString elementPath(const QString& field, int index) const;

    const FieldErrors& errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }
    // Merges the errors recorded by a nested reader.
    void merge(const JsonReader& nested) { m_errors += nested.m_errors; }
    void addError(const QString& field, const QString& code) { m_errors.append({ path(field), code }); }
    // Records errors whose field names already carry their full path.
    void mergeErrors(const FieldErrors& errors) { m_errors += errors; }

private:
    QString path(const QString& field) const;

    QJsonObject m_object;
    QString m_prefix;
    FieldErrors m_errors;
};

} // namespace citoyens
