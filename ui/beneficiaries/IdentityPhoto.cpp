#include "IdentityPhoto.h"

#include "models/DocumentRules.h"
#include "models/FieldCodes.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace citoyens {

QImage IdentityPhoto::fromFile(const QString& path, QString* errorCode)
{
    auto fail = [errorCode](const QString& code) {
        if (errorCode)
            *errorCode = code;
        return QImage();
    };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail(FieldCode::NotFound);
    if (info.size() == 0)
        return fail(FieldCode::EmptyFile);
    if (info.size() > DocumentRules::MaxDocumentBytes)
        return fail(FieldCode::TooLarge);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(FieldCode::Unreadable);
    if (!DocumentRules::isPhotoType(DocumentRules::sniff(file.peek(8))))
        return fail(FieldCode::UnsupportedMediaType);
    QImageReader reader(&file);
    reader.setAutoTransform(true); // a phone's portrait stays upright
    const QImage image = reader.read();
    if (image.isNull())
        return fail(FieldCode::Unreadable);
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
