// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/receipts/barcodepainter.h"

#include "ui/logging.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <cmath>
#include <exception>
#include <string>

namespace comptoir {

namespace {

constexpr int QuietModules = 10; // Code 128 asks for ten modules of white each side
constexpr qreal MaxModuleMm = 0.5;
constexpr qreal BarHeightMm = 12.0;

struct Geometry
{
    qreal module = 0; // width of one module, device units
    qreal gap = 0; // white above the bars
    qreal bars = 0; // height of the bars
    qreal text = 0; // height of the text line under them
    qreal total() const { return gap + bars + text; }
};

Geometry geometryFor(qsizetype modules, const QPaintDevice *device, qreal width, const QFont &font)
{
    Geometry g;
    const qreal dotsPerMmX = device->logicalDpiX() / 25.4;
    const qreal dotsPerMmY = device->logicalDpiY() / 25.4;
    g.module = std::min(width / qreal(modules + 2 * QuietModules), MaxModuleMm * dotsPerMmX);
    if (g.module >= 1)
        g.module = std::floor(g.module); // whole dots: no bar blurred across two
    const qreal line = QFontMetricsF(font, device).lineSpacing();
    g.gap = line / 2;
    g.bars = BarHeightMm * dotsPerMmY;
    g.text = line;
    return g;
}

} // namespace

QList<bool> BarcodePainter::code128(const QString &payload)
{
    QList<bool> modules;
    if (payload.isEmpty())
        return modules;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
        writer.setMargin(0);
        const ZXing::BitMatrix matrix = writer.encode(payload.toStdString(), 0, 1);
        modules.reserve(matrix.width());
        for (int x = 0; x < matrix.width(); ++x)
            modules.append(matrix.get(x, 0));
    } catch (const std::exception &e) { // zxing-cpp refuses what Code 128 cannot hold
        qCWarning(lcUi) << "no barcode for" << payload << e.what();
        modules.clear();
    }
    return modules;
}

qreal BarcodePainter::height(const QString &payload, const QPaintDevice *device, qreal width,
                             const QFont &font)
{
    const qsizetype modules = code128(payload).size();
    return modules == 0 ? 0 : geometryFor(modules, device, width, font).total();
}

qreal BarcodePainter::paint(QPainter &painter, const QString &payload, qreal y, qreal width,
                            const QFont &font)
{
    const QList<bool> modules = code128(payload);
    if (modules.isEmpty())
        return 0;
    const Geometry g = geometryFor(modules.size(), painter.device(), width, font);
    const qreal left = std::round((width - g.module * qreal(modules.size())) / 2);
    const qreal top = y + g.gap;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    // Runs of bars as one rectangle each: no hairline seams between modules.
    for (qsizetype x = 0; x < modules.size();) {
        if (!modules.at(x)) {
            ++x;
            continue;
        }
        qsizetype end = x;
        while (end < modules.size() && modules.at(end))
            ++end;
        painter.drawRect(QRectF(left + g.module * qreal(x), top, g.module * qreal(end - x), g.bars));
        x = end;
    }
    painter.restore();
    painter.setFont(font);
    painter.drawText(QRectF(0, top + g.bars, width, g.text), Qt::AlignHCenter | Qt::AlignTop, payload);
    return g.total();
}

} // namespace comptoir
