// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/labels/labelcontent.h"

#include <QByteArray>
#include <QList>
#include <QLocale>

namespace comptoir {

// One-off labels on the receipt printer (ESC/POS), each cut from the roll: the name, the price
// in double size, the unit price and short text of a shelf label, and the barcode with its
// digits (GS k: EAN-13 for EAN-13 and UPC-A codes, Code 128 for the rest).
namespace LabelEscPos {
QByteArray encode(const QList<LabelContent> &labels, LabelKind kind, const QLocale &locale = QLocale());
} // namespace LabelEscPos

} // namespace comptoir
