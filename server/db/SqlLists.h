#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace citoyens::server::SqlLists {

// "?, ?, ?" for an IN (...) of `count` values (count >= 1).
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

inline QVariantList values(const QStringList& items)
{
    QVariantList out;
    for (const QString& item : items)
        out.append(item);
    return out;
}

} // namespace citoyens::server::SqlLists
