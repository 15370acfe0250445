// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/labels/labelcontent.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace comptoir {

// A label's barcode, its modules encoded by zxing-cpp's writer (EAN-13, EAN-8, UPC-A or Code 128),
// drawn as black rectangles with its digits under it. Beside ui/receipts/barcodepainter (Code 128
// only, receipt-wide): a label's barcode must fit a given box.
class LabelBarcode
{
public:
    // The modules, true for a bar, quiet zone excluded; empty when the symbology cannot encode
    // the code (a bad EAN check digit, a character outside ASCII).
    static QList<bool> modules(const QString &code, LabelSymbology symbology);
    // Paints the barcode centred in box (device units): bars of whole device units where the
    // device allows it, at most 0,33 mm a module (EAN's nominal), a quiet zone of ten modules each
    // side, and the code under the bars in font. Returns false when nothing could be drawn.
    static bool paint(QPainter &painter, const QRectF &box, const QString &code, LabelSymbology symbology,
                      const QFont &font);
};

} // namespace comptoir
