// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>

class QPaintDevice;
class QPainter;

namespace comptoir {

// A Code 128 barcode (encoded by zxing-cpp) with its text under it, as PDF and system-printer
// receipts show the return code (ESC/POS printers draw their own, EscPosEncoder::code128()).
// Bars are whole device units wide where the device allows it (a scanner reads them best), at
// most 0,5 mm, with a quiet zone of ten modules each side; 12 mm high.
class BarcodePainter
{
public:
    // The modules of payload, true for a bar, quiet zone excluded; empty when Code 128 cannot
    // encode it (a character outside ASCII).
    static QList<bool> code128(const QString &payload);

    // The height paint() takes on device for a barcode as wide as width (its text in font).
    static qreal height(const QString &payload, const QPaintDevice *device, qreal width, const QFont &font);
    // Paints payload's barcode centred across width, from y down, and its text under it in font;
    // returns the height used (0 for a payload that cannot be encoded).
    static qreal paint(QPainter &painter, const QString &payload, qreal y, qreal width, const QFont &font);
};

} // namespace comptoir
