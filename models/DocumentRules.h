#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace citoyens {

// What a document may be: its type is decided by its first bytes, never by its name or by
// the Content-Type the sender claims.
class DocumentRules
{
public:
    static constexpr qint64 MaxDocumentBytes = 10 * 1024 * 1024;
    static constexpr qint64 MaxPhotoBytes = 2 * 1024 * 1024;
    static constexpr int MaxFilenameLength = 255;

    static inline const QString Pdf = QStringLiteral("application/pdf");
    static inline const QString Jpeg = QStringLiteral("image/jpeg");
    static inline const QString Png = QStringLiteral("image/png");

    // The MIME type of a PDF, JPEG or PNG head (at least its first 8 bytes); empty otherwise.
    static QString sniff(const QByteArray& head);
    static bool isPhotoType(const QString& mime) { return mime == Jpeg || mime == Png; }
    // A file name fit for a Content-Disposition header: no path, no control characters.
    static QString safeFilename(const QString& name);
};

} // namespace citoyens
