// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/labels/labelsheet.h"

#include "models/labels/labeltext.h"
#include "models/money.h"
#include "ui/labels/labelbarcode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QPrinter>

#include <algorithm>
#include <cmath>

namespace comptoir {

namespace {

constexpr qreal PaddingMm = 1.0;

QFont fontOfHeight(qreal pixels, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

// Draws text on one line of rect, elided to its width; returns the height used.
qreal line(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
           Qt::Alignment alignment = Qt::AlignLeft)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.height()),
                     alignment | Qt::AlignTop, metrics.elidedText(text, Qt::ElideRight, rect.width()));
    return metrics.height();
}

QPageSize pageSizeOf(const LabelLayout &layout)
{
    if (std::abs(layout.pageWidthMm - 210) < 0.5 && std::abs(layout.pageHeightMm - 297) < 0.5)
        return QPageSize(QPageSize::A4);
    return QPageSize(QSizeF(layout.pageWidthMm, layout.pageHeightMm), QPageSize::Millimeter);
}

Status checked(const LabelSheet &sheet)
{
    if (Status s = LabelLayouts::check(sheet.layout); !s)
        return s;
    if (sheet.labels.isEmpty())
        return makeError(ErrorCode::NothingToLabel);
    return {};
}

} // namespace

void LabelSheetPainter::paintLabel(QPainter &painter, const QRectF &rect, const LabelContent &label,
                                   LabelKind kind, const QLocale &locale)
{
    const qreal dotsPerMm = painter.device()->logicalDpiY() / 25.4;
    const qreal pad = PaddingMm * dotsPerMm;
    QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    const qreal h = inner.height();
    painter.save();
    painter.setClipRect(rect);
    painter.setPen(Qt::black);
    const QString price = Money::format(label.priceCents, locale);
    if (kind == LabelKind::Shelf) {
        inner.setTop(inner.top() + line(painter, inner, label.productName, fontOfHeight(h * 0.13, true)));
        QString second = label.variantLabel;
        if (!label.shortText.isEmpty())
            second = second.isEmpty() ? label.shortText
                                      : QString(second + QStringLiteral(" — ") + label.shortText);
        inner.setTop(inner.top() + line(painter, inner, second, fontOfHeight(h * 0.10, false)));
        const QFont priceFont = fontOfHeight(h * 0.20, true);
        const qreal priceHeight = QFontMetricsF(priceFont, painter.device()).height();
        line(painter, inner, price, priceFont, Qt::AlignRight);
        if (label.unitPrice) {
            const QFont small = fontOfHeight(h * 0.09, false);
            const qreal smallHeight = QFontMetricsF(small, painter.device()).height();
            const QRectF unitRect(inner.left(), inner.top() + priceHeight - smallHeight, inner.width() * 0.55,
                                  smallHeight);
            line(painter, unitRect, LabelText::unitPrice(*label.unitPrice, locale), small);
        }
        inner.setTop(inner.top() + priceHeight);
        LabelBarcode::paint(painter, inner, label.code, label.symbology, fontOfHeight(h * 0.08, false));
    } else {
        const QFont nameFont = fontOfHeight(h * 0.11, false);
        const QFont priceFont = fontOfHeight(h * 0.17, true);
        const qreal bottom = QFontMetricsF(priceFont, painter.device()).height();
        const QRectF barcodeBox(inner.left(), inner.top(), inner.width(), inner.height() - bottom);
        LabelBarcode::paint(painter, barcodeBox, label.code, label.symbology, fontOfHeight(h * 0.10, false));
        const QRectF last(inner.left(), inner.bottom() - bottom, inner.width(), bottom);
        const QFontMetricsF priceMetrics(priceFont, painter.device());
        const qreal priceWidth = priceMetrics.horizontalAdvance(price) + pad;
        const qreal nameHeight = QFontMetricsF(nameFont, painter.device()).height();
        line(painter, QRectF(last.left(), last.bottom() - nameHeight, last.width() - priceWidth, nameHeight),
             label.shortName(), nameFont);
        line(painter, last, price, priceFont, Qt::AlignRight);
    }
    painter.restore();
}

void LabelSheetPainter::paintPage(QPainter &painter, const LabelSheet &sheet, int page, bool outlines,
                                  const QLocale &locale)
{
    const qreal dotsX = painter.device()->logicalDpiX() / 25.4;
    const qreal dotsY = painter.device()->logicalDpiY() / 25.4;
    auto toDevice = [&](const QRectF &mm) {
        return QRectF(mm.left() * dotsX, mm.top() * dotsY, mm.width() * dotsX, mm.height() * dotsY);
    };
    if (outlines) {
        painter.save();
        painter.setPen(QPen(Qt::lightGray, 0));
        for (int cell = 0; cell < sheet.layout.perSheet(); ++cell)
            painter.drawRect(toDevice(LabelLayouts::cellRect(sheet.layout, cell)));
        painter.restore();
    }
    for (const LabelPlacement &placement :
         LabelLayouts::place(sheet.layout, int(sheet.labels.size()), sheet.start)) {
        if (placement.page != page)
            continue;
        paintLabel(painter, toDevice(LabelLayouts::cellRect(sheet.layout, placement.cell)),
                   sheet.labels.at(placement.item), sheet.kind, locale);
    }
}

int LabelSheetPainter::pageCount(const LabelSheet &sheet)
{
    return LabelLayouts::pageCount(sheet.layout, int(sheet.labels.size()), sheet.start);
}

void LabelSheetPainter::paintAll(QPainter &painter, QPagedPaintDevice &device, const LabelSheet &sheet,
                                 const QLocale &locale)
{
    const int pages = pageCount(sheet);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintPage(painter, sheet, page, false, locale);
    }
}

Status LabelSheetPainter::writePdf(const LabelSheet &sheet, const QString &path, const QLocale &locale)
{
    if (Status s = checked(sheet); !s)
        return s;
    if (!QFileInfo(path).absoluteDir().exists())
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("the folder does not exist"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::FileNotWritten, path, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("Comptoir"));
    writer.setPageLayout(QPageLayout(pageSizeOf(sheet.layout), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("cannot start the PDF"));
    paintAll(painter, writer, sheet, locale);
    if (!painter.end())
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("cannot finish the PDF"));
    file.close();
    if (QFileInfo(path).size() == 0)
        return makeError(ErrorCode::FileNotWritten, path, QStringLiteral("the PDF is empty"));
    return {};
}

Status LabelSheetPainter::print(const LabelSheet &sheet, QPrinter &printer, const QLocale &locale)
{
    if (Status s = checked(sheet); !s)
        return s;
    printer.setFullPage(true); // the layout's margins are from the paper's edge
    printer.setPageLayout(QPageLayout(pageSizeOf(sheet.layout), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(ErrorCode::PrinterFailed, printer.printerName(),
                         QStringLiteral("cannot start printing"));
    paintAll(painter, printer, sheet, locale);
    if (!painter.end())
        return makeError(ErrorCode::PrinterFailed, printer.printerName(),
                         QStringLiteral("cannot finish printing"));
    return {};
}

QImage LabelSheetPainter::preview(const LabelSheet &sheet, int page, qreal dotsPerMm, const QLocale &locale)
{
    QImage image(QSize(int(std::ceil(sheet.layout.pageWidthMm * dotsPerMm)),
                       int(std::ceil(sheet.layout.pageHeightMm * dotsPerMm))),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dotsPerMm * 1000)));
    image.setDotsPerMeterY(int(std::lround(dotsPerMm * 1000)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(painter, sheet, page, true, locale);
    painter.end();
    return image;
}

} // namespace comptoir
