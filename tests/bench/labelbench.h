// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchfigures.h"

namespace comptoir::bench {

// The label figure (issue 14): label_sheet (ms) — a 65-label A4 sheet (Avery L7651) of shelf
// labels laid out and rendered to a PDF file (LabelSheetPainter::writePdf: name, price, unit price,
// short text, a zxing-cpp EAN-13 or Code 128 barcode each), 30 runs. Needs a QGuiApplication.
void runLabelFigures(const QString &folder);

} // namespace comptoir::bench
