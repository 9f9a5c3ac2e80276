#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace citoyens {

// An identity photo as the town hall wants it: the 35 × 45 mm format, here 350 × 450
// pixels, cropped around the centre and saved as JPEG, well under the server's 2 MiB.
class IdentityPhoto
{
public:
    static constexpr int Width = 350;
    static constexpr int Height = 450;

    // Reads `path` (JPEG or PNG by content, at most 10 MB) and returns the cropped image;
    // a null image with `errorCode` set ("unsupported_media_type", "too_large",
    // "empty_file", "unreadable", "not_found") otherwise.
    static QImage fromFile(const QString& path, QString* errorCode);
    // Scales `image` to cover 350 × 450 and crops the middle.
    static QImage crop(const QImage& image);
    static QByteArray toJpeg(const QImage& image);
};

} // namespace citoyens
