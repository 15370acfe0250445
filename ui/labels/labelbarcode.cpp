// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/labels/labelbarcode.h"

#include "ui/logging.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <cmath>
#include <exception>

namespace comptoir {

namespace {

constexpr int QuietModules = 10;
constexpr qreal MaxModuleMm = 0.33;

ZXing::BarcodeFormat formatOf(LabelSymbology symbology)
{
    switch (symbology) {
    case LabelSymbology::Ean13:
        return ZXing::BarcodeFormat::EAN13;
    case LabelSymbology::Ean8:
        return ZXing::BarcodeFormat::EAN8;
    case LabelSymbology::UpcA:
        return ZXing::BarcodeFormat::UPCA;
    case LabelSymbology::Code128:
        break;
    }
    return ZXing::BarcodeFormat::Code128;
}

} // namespace

QList<bool> LabelBarcode::modules(const QString &code, LabelSymbology symbology)
{
    QList<bool> bars;
    if (code.isEmpty())
        return bars;
    try {
        ZXing::MultiFormatWriter writer(formatOf(symbology));
        writer.setMargin(0);
        const ZXing::BitMatrix matrix = writer.encode(code.toStdString(), 0, 1);
        bars.reserve(matrix.width());
        for (int x = 0; x < matrix.width(); ++x)
            bars.append(matrix.get(x, 0));
    } catch (const std::exception &e) { // a bad check digit, a character the symbology lacks
        qCWarning(lcUi) << "no label barcode for" << code << e.what();
        bars.clear();
    }
    return bars;
}

bool LabelBarcode::paint(QPainter &painter, const QRectF &box, const QString &code, LabelSymbology symbology,
                         const QFont &font)
{
    const QList<bool> bars = modules(code, symbology);
    if (bars.isEmpty() || box.width() <= 0 || box.height() <= 0)
        return false;
    const qreal dotsPerMm = painter.device()->logicalDpiX() / 25.4;
    qreal module = std::min(box.width() / qreal(bars.size() + 2 * QuietModules), MaxModuleMm * dotsPerMm);
    if (module >= 1)
        module = std::floor(module); // whole dots: no bar blurred across two
    const qreal textHeight = QFontMetricsF(font, painter.device()).height();
    const qreal barsHeight = std::max(box.height() - textHeight, box.height() / 2);
    const qreal left = std::round(box.left() + (box.width() - module * qreal(bars.size())) / 2);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (qsizetype x = 0; x < bars.size();) { // runs of bars as one rectangle: no seams
        if (!bars.at(x)) {
            ++x;
            continue;
        }
        qsizetype end = x;
        while (end < bars.size() && bars.at(end))
            ++end;
        painter.drawRect(QRectF(left + module * qreal(x), box.top(), module * qreal(end - x), barsHeight));
        x = end;
    }
    painter.restore();
    painter.setFont(font);
    painter.drawText(QRectF(box.left(), box.top() + barsHeight, box.width(), box.height() - barsHeight),
                     Qt::AlignHCenter | Qt::AlignTop, code);
    return true;
}

} // namespace comptoir
