// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace comptoir {

// HEIC/HEIF photos (iPhones) read through libheif's C API, for PhotoPreparer.
namespace PhotoHeic {

// True when the bytes are a HEIF file (an ISO box "ftyp" with a HEIF brand), whether or not this
// libheif can decode it.
bool isHeif(const QByteArray &bytes);

// The primary image, upright (libheif applies the file's rotation and mirroring), as RGB.
// The declared size is checked against maxPixels before anything is decoded (PhotoTooLarge);
// PhotoHeicUnreadable when libheif cannot read or decode it (subject: sourceName, detail: why).
Result<QImage> decode(const QByteArray &bytes, const QString &sourceName, qint64 maxPixels);

} // namespace PhotoHeic

} // namespace comptoir
