#include "IdentityPhoto.h"

#include "models/DocumentRules.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace citoyens {

QImage IdentityPhoto::fromFile(const QString& path, QString* errorCode)
{
    auto fail = [errorCode](const char* code) {
        if (errorCode)
            *errorCode = QString::fromLatin1(code);
        return QImage();
    };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail("not_found");
    if (info.size() == 0)
        return fail("empty_file");
    if (info.size() > DocumentRules::MaxDocumentBytes)
        return fail("too_large");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail("unreadable");
    if (!DocumentRules::isPhotoType(DocumentRules::sniff(file.peek(8))))
        return fail("unsupported_media_type");
    QImageReader reader(&file);
    reader.setAutoTransform(true); // a phone's portrait stays upright
    const QImage image = reader.read();
    if (image.isNull())
        return fail("unreadable");
    if (errorCode)
        errorCode->clear();
    return crop(image);
}

QImage IdentityPhoto::crop(const QImage& image)
{
    if (image.isNull())
        return {};
    const QImage scaled = image.scaled(Width, Height, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const int x = (scaled.width() - Width) / 2;
    const int y = (scaled.height() - Height) / 2;
    return scaled.copy(x, y, Width, Height).convertToFormat(QImage::Format_RGB32);
}

QByteArray IdentityPhoto::toJpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return bytes;
}

} // namespace citoyens
