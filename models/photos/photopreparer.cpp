// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/photos/photopreparer.h"

#include "models/photos/photoheic.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <cstring>

namespace comptoir {

namespace {

// The size that fits in MaxLongSide on the long side, keeping the proportions.
QSize fittedSize(const QSize &size)
{
    const int longSide = qMax(size.width(), size.height());
    if (longSide <= PhotoPreparer::MaxLongSide)
        return size;
    const auto scaled = [&](int side) {
        return qMax(1, int((qint64(side) * PhotoPreparer::MaxLongSide + longSide / 2) / longSide));
    };
    return {scaled(size.width()), scaled(size.height())};
}

// A JPEG whose entropy-coded data stops before its end-of-image marker was cut short (libjpeg
// only warns and fills the rest with grey). The markers before the first scan are walked by their
// lengths (an EXIF thumbnail inside APP1 has its own end marker); inside the scan's data 0xFF is
// always stuffed, so the first FF D9 after the scan's start is the image's end.
bool jpegComplete(const QByteArray &bytes)
{
    const auto at = [&](qsizetype i) {
        return quint8(bytes.at(i));
    };
    qsizetype pos = 2;
    while (pos + 4 <= bytes.size()) {
        if (at(pos) != 0xFF)
            return false;
        const quint8 marker = at(pos + 1);
        if (marker == 0xFF) {
            ++pos; // fill byte
            continue;
        }
        if (marker == 0xDA) // start of scan
            return bytes.indexOf(QByteArrayView("\xFF\xD9", 2), pos) >= 0;
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        pos += 2 + ((qsizetype(at(pos + 2)) << 8) | at(pos + 3));
    }
    return false;
}

// The image as opaque RGB pixels in a fresh QImage: no text keys (Qt writes them as JPEG comments),
// no colour space (Qt writes it as an ICC profile), the pixels converted to sRGB first.
QImage plainPixels(QImage image)
{
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    QImage plain(image.size(), QImage::Format_RGB32);
    if (image.hasAlphaChannel()) {
        plain.fill(Qt::white); // a transparent PNG on white, as a shop's page shows it
        QPainter painter(&plain);
        image.setColorSpace(QColorSpace());
        painter.drawImage(0, 0, image);
        return plain;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const qsizetype rowBytes = qsizetype(rgb.width()) * 4;
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(plain.scanLine(y), rgb.constScanLine(y), size_t(rowBytes));
    return plain;
}

// Decodes a picture Qt reads (JPEG, PNG, WebP when its plugin is installed …), upright, at the
// smallest size libjpeg can give that is still at least MaxLongSide on its long side.
Result<QImage> decodeWithQt(const QByteArray &bytes, const QString &sourceName, QSize &originalSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Qt's default limit (128 MB) would refuse a 48-megapixel PNG; MaxPixels is the limit here.
    reader.setAllocationLimit(int(PhotoPreparer::MaxPixels * 4 / (1024 * 1024)) + 1);
    const QByteArray format = reader.format();
    if (!reader.canRead() || format.isEmpty() || format.startsWith("svg"))
        return makeError(ErrorCode::PhotoUnreadable, sourceName, reader.errorString());
    const QSize stored = reader.size(); // as stored in the file, before the EXIF orientation
    if (!stored.isValid() || stored.isEmpty())
        return makeError(ErrorCode::PhotoDamaged, sourceName, reader.errorString());
    if (qint64(stored.width()) * stored.height() > PhotoPreparer::MaxPixels)
        return makeError(ErrorCode::PhotoTooLarge,
                         QStringLiteral("%1 × %2").arg(stored.width()).arg(stored.height()));
    const bool quarterTurn = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    originalSize = quarterTurn ? stored.transposed() : stored;

    if (format == "jpeg") {
        if (!jpegComplete(bytes))
            return makeError(ErrorCode::PhotoDamaged, sourceName);
        // libjpeg decodes at 1/2, 1/4 or 1/8 of the size for little more than the cost of reading
        // the file: the largest fraction that still leaves MaxLongSide on the long side. Below
        // Qt's "high quality" threshold (50) its handler asks libjpeg for that scaling.
        const int longSide = qMax(stored.width(), stored.height());
        int denominator = 1;
        while (denominator < 8 && longSide / (denominator * 2) >= PhotoPreparer::MaxLongSide)
            denominator *= 2;
        if (denominator > 1) {
            reader.setQuality(0);
            reader.setScaledSize(QSize(stored.width() / denominator, stored.height() / denominator));
        }
    }
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return makeError(ErrorCode::PhotoDamaged, sourceName, reader.errorString());
    return image;
}

} // namespace

Result<PreparedPhoto> PhotoPreparer::prepareFile(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::PhotoUnreadable, name, file.errorString());
    if (file.size() > MaxFileBytes)
        return makeError(ErrorCode::PhotoUnreadable, name,
                         QStringLiteral("larger than %1 MB").arg(MaxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::PhotoUnreadable, name, file.errorString());
    return prepareBytes(bytes, name);
}

Result<PreparedPhoto> PhotoPreparer::prepareBytes(const QByteArray &bytes, const QString &sourceName) const
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::PhotoUnreadable, sourceName, QStringLiteral("empty file"));
    if (bytes.size() > MaxFileBytes)
        return makeError(ErrorCode::PhotoUnreadable, sourceName,
                         QStringLiteral("larger than %1 MB").arg(MaxFileBytes / (1024 * 1024)));

    PreparedPhoto photo;
    photo.sourceName = sourceName;
    QImage decoded;
    if (PhotoHeic::isHeif(bytes)) {
        auto heic = PhotoHeic::decode(bytes, sourceName, MaxPixels);
        if (!heic)
            return heic.error();
        decoded = std::move(heic.value());
        photo.originalSize = decoded.size();
    } else {
        auto image = decodeWithQt(bytes, sourceName, photo.originalSize);
        if (!image)
            return image.error();
        decoded = std::move(image.value());
    }

    // From the size as taken, upright: a fraction decoded by libjpeg may have lost a pixel's ratio.
    const QSize target = fittedSize(photo.originalSize);
    if (target != decoded.size())
        decoded = decoded.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage plain = plainPixels(std::move(decoded));

    QBuffer out(&photo.jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(JpegQuality);
    if (!writer.write(plain))
        return makeError(ErrorCode::PhotoDamaged, sourceName, writer.errorString());
    out.close();

    photo.size = plain.size();
    photo.sha256
        = QString::fromLatin1(QCryptographicHash::hash(photo.jpeg, QCryptographicHash::Sha256).toHex());
    photo.tooSmall = qMax(photo.originalSize.width(), photo.originalSize.height()) < MinSellableLongSide;
    return photo;
}

} // namespace comptoir
