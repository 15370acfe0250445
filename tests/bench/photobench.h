// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchfigures.h"

namespace comptoir::bench {

// The photo figures (issue 15), on one generated 12-megapixel JPEG (4 000 × 3 000, a photo's
// detail and noise, quality 92): photo_prepare (ms) — PhotoPreparer::prepareFile, the file to its
// stored form (read, upright, ≤ 1 600 px, JPEG 85 with no metadata, SHA-256); and beside it
// photo_prepare_imagemagick (ms) — `convert IN -auto-orient -resize '1600x1600>' -strip -quality 85
// OUT` on the same file, the runs of both taken in turn in the same process. Without `convert` a
// note line says so instead of the second figure.
void runPhotoFigures(const QString &folder, int runs);

} // namespace comptoir::bench
