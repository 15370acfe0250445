// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/labels/labellayout.h"

#include <algorithm>

namespace comptoir {

namespace {

constexpr int MaxCells = 40; // per row or column: below 5 mm a label holds nothing readable
constexpr double Tolerance = 0.05; // mm: the makers' figures are rounded to a tenth

LabelLayout sheet(const char *id, const char *name, int columns, int rows, double width, double height,
                  double left, double top, double gapX, double gapY)
{
    LabelLayout l;
    l.id = QString::fromLatin1(id);
    l.name = QString::fromUtf8(name);
    l.columns = columns;
    l.rows = rows;
    l.labelWidthMm = width;
    l.labelHeightMm = height;
    l.marginLeftMm = left;
    l.marginTopMm = top;
    l.gapXMm = gapX;
    l.gapYMm = gapY;
    return l;
}

Error invalid(const char *field, const char *why)
{
    return makeError(ErrorCode::LabelLayoutInvalid, QString::fromLatin1(field), QString::fromLatin1(why));
}

} // namespace

QString LabelLayouts::customId()
{
    return QStringLiteral("custom");
}

QList<LabelLayout> LabelLayouts::standard()
{
    // Avery's templates (pitch = label + gap); the margins centre the grid on the page.
    return {
        sheet("avery-l7651", "Avery L7651", 5, 13, 38.1, 21.2, 4.75, 10.7, 2.5, 0),
        sheet("avery-l7654", "Avery L7654", 4, 10, 45.7, 25.4, 9.7, 21.5, 2.6, 0),
        sheet("avery-l7159", "Avery L7159", 3, 8, 63.5, 33.9, 7.25, 12.9, 2.5, 0),
        sheet("avery-l7160", "Avery L7160", 3, 7, 63.5, 38.1, 7.25, 15.15, 2.5, 0),
        sheet("avery-l7163", "Avery L7163", 2, 7, 99.1, 38.1, 4.65, 15.15, 2.5, 0),
    };
}

std::optional<LabelLayout> LabelLayouts::byId(const QString &id)
{
    for (const LabelLayout &layout : standard()) {
        if (layout.id == id)
            return layout;
    }
    return std::nullopt;
}

Status LabelLayouts::check(const LabelLayout &l)
{
    if (l.columns < 1 || l.columns > MaxCells)
        return invalid("columns", "from 1 to 40 columns");
    if (l.rows < 1 || l.rows > MaxCells)
        return invalid("rows", "from 1 to 40 rows");
    if (!(l.labelWidthMm >= 5) || l.labelWidthMm > l.pageWidthMm)
        return invalid("width", "a label from 5 mm to the page's width");
    if (!(l.labelHeightMm >= 5) || l.labelHeightMm > l.pageHeightMm)
        return invalid("height", "a label from 5 mm to the page's height");
    if (!(l.marginLeftMm >= 0) || !(l.marginTopMm >= 0))
        return invalid("margins", "margins cannot be negative");
    if (!(l.gapXMm >= 0) || !(l.gapYMm >= 0))
        return invalid("gaps", "gaps cannot be negative");
    const double width = l.marginLeftMm + l.columns * l.labelWidthMm + (l.columns - 1) * l.gapXMm;
    if (width > l.pageWidthMm + Tolerance)
        return invalid("width", "the columns are wider than the page");
    const double height = l.marginTopMm + l.rows * l.labelHeightMm + (l.rows - 1) * l.gapYMm;
    if (height > l.pageHeightMm + Tolerance)
        return invalid("height", "the rows are taller than the page");
    return {};
}

QRectF LabelLayouts::cellRect(const LabelLayout &l, int cell)
{
    const int column = cell % std::max(1, l.columns);
    const int row = cell / std::max(1, l.columns);
    return QRectF(l.marginLeftMm + column * (l.labelWidthMm + l.gapXMm),
                  l.marginTopMm + row * (l.labelHeightMm + l.gapYMm), l.labelWidthMm, l.labelHeightMm);
}

QList<LabelPlacement> LabelLayouts::place(const LabelLayout &layout, int count, int start)
{
    QList<LabelPlacement> placements;
    const int perSheet = std::max(1, layout.perSheet());
    start = std::clamp(start, 0, perSheet - 1);
    placements.reserve(std::max(0, count));
    for (int item = 0; item < count; ++item) {
        const int slot = start + item;
        placements.append({slot / perSheet, slot % perSheet, item});
    }
    return placements;
}

int LabelLayouts::pageCount(const LabelLayout &layout, int count, int start)
{
    if (count <= 0)
        return 0;
    return place(layout, count, start).constLast().page + 1;
}

} // namespace comptoir
