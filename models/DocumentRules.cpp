#include "DocumentRules.h"

#include <algorithm>

namespace citoyens {

QString DocumentRules::sniff(const QByteArray& head)
{
    if (head.startsWith(QByteArrayLiteral("%PDF-")))
        return Pdf;
    if (head.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        return Jpeg;
    if (head.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n")))
        return Png;
    return {};
}

QString DocumentRules::safeFilename(const QString& name)
{
    QString out;
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    for (QChar c : name.mid(slash + 1)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QLatin1Char('"'))
            continue;
        out.append(c);
    }
    out = out.trimmed().left(MaxFilenameLength);
    return out.isEmpty() ? QStringLiteral("document") : out;
}

} // namespace citoyens
