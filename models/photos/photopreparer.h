// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace comptoir {

// A photo ready to store and to send to the marketplace: a JPEG with no metadata at all.
struct PreparedPhoto
{
    QByteArray jpeg; // the JPEG's bytes: no EXIF, XMP, IPTC, ICC or comment block
    QString sha256; // lower-case hex of jpeg's SHA-256: the photo's name everywhere
    QSize size; // after orientation and scaling (long side <= PhotoPreparer::MaxLongSide)
    QSize originalSize; // as taken, upright
    QString sourceName; // the file's name it came from (no folder), for messages and the inbox
    // The photo was accepted but is small to sell from (long side under MinSellableLongSide):
    // the window says so; the command line prints it.
    bool tooSmall = false;
};

// Turns a picture file into a PreparedPhoto (docs/architecture.md, "Photos"): reads JPEG, PNG,
// WebP and HEIC (through libheif), applies the EXIF orientation, scales to at most MaxLongSide on
// the long side, re-encodes as JPEG at JpegQuality with every metadata block left out, and hashes
// it. Pure: no database, no file written; safe to call from any thread (one instance per thread or
// shared, it holds no state). Takes about as long as ImageMagick (bench: photo_prepare).
//
// Refusals (nothing half-made): PhotoUnreadable (no such file, not an image), PhotoDamaged
// (truncated, corrupt), PhotoTooLarge (declared width × height over MaxPixels, refused before any
// pixel is decoded: a decompression bomb), PhotoHeicUnreadable (HEIC libheif cannot decode).
class PhotoPreparer
{
public:
    static constexpr int MaxLongSide = 1600;
    static constexpr int MinSellableLongSide = 600;
    static constexpr qint64 MaxPixels = 120'000'000; // 12 000 × 10 000: beyond any camera
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr int JpegQuality = 85;

    Result<PreparedPhoto> prepareFile(const QString &path) const;
    // sourceName names the picture in messages (a file's name, "camera").
    Result<PreparedPhoto> prepareBytes(const QByteArray &bytes, const QString &sourceName) const;
};

} // namespace comptoir
