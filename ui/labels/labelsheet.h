// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/labels/labelcontent.h"
#include "models/labels/labellayout.h"
#include "models/result.h"

#include <QImage>
#include <QList>
#include <QLocale>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace comptoir {

// Labels to lay out on sheets of label stock: the sheet, the kind, one content per label (copies
// repeated) and the first free cell of the first sheet.
struct LabelSheet
{
    LabelLayout layout;
    LabelKind kind = LabelKind::Shelf;
    QList<LabelContent> labels;
    int start = 0;
};

// Paints label sheets with QPainter: to PDF (QPdfWriter), a system printer (QPrinter, full page)
// or an image (the dialog's preview). Coordinates from the paper's top left corner.
namespace LabelSheetPainter {
// One label in rect (device units).
void paintLabel(QPainter &painter, const QRectF &rect, const LabelContent &label, LabelKind kind,
                const QLocale &locale = QLocale());
// Page page (from 0) of the sheet; outlines draws each cell's border (the preview).
void paintPage(QPainter &painter, const LabelSheet &sheet, int page, bool outlines = false,
               const QLocale &locale = QLocale());
int pageCount(const LabelSheet &sheet);
// Every page to a paged device whose painter is already begun (a PDF writer, a printer).
void paintAll(QPainter &painter, QPagedPaintDevice &device, const LabelSheet &sheet,
              const QLocale &locale = QLocale());
// Errors: LabelLayoutInvalid, NothingToLabel, FileNotWritten (subject: the path).
Status writePdf(const LabelSheet &sheet, const QString &path, const QLocale &locale = QLocale());
// Errors: LabelLayoutInvalid, NothingToLabel, PrinterFailed.
Status print(const LabelSheet &sheet, QPrinter &printer, const QLocale &locale = QLocale());
// A page drawn on an image at dotsPerMm (the preview), cells outlined.
QImage preview(const LabelSheet &sheet, int page, qreal dotsPerMm, const QLocale &locale = QLocale());
} // namespace LabelSheetPainter

} // namespace comptoir
