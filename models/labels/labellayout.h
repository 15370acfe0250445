// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace comptoir {

// A sheet of label stock: a grid of labels on an A4 page, in millimetres. The standard sheets are
// real references (Avery's numbers; Herma and Apli sell the same grids under their own); a custom
// grid is checked by LabelLayouts::check before use.
struct LabelLayout
{
    QString id; // "avery-l7651", "custom"
    QString name; // the reference printed on the box ("Avery L7651"); empty for a custom grid
    double pageWidthMm = 210;
    double pageHeightMm = 297;
    int columns = 1;
    int rows = 1;
    double labelWidthMm = 0;
    double labelHeightMm = 0;
    double marginLeftMm = 0; // page edge to the first column
    double marginTopMm = 0; // page edge to the first row
    double gapXMm = 0; // between two columns
    double gapYMm = 0; // between two rows

    int perSheet() const { return columns * rows; }
    bool operator==(const LabelLayout &) const = default;
};

// Where one label goes: the page (from 0) and its cell on the page (from 0, row by row).
struct LabelPlacement
{
    int page = 0;
    int cell = 0;
    int item = 0; // index in the list of labels to print (each copy counted)
};

namespace LabelLayouts {
QString customId();
// The standard sheets, most common first: 65 (38,1×21,2 mm), 40, 24, 21 and 14 per A4 sheet.
QList<LabelLayout> standard();
std::optional<LabelLayout> byId(const QString &id);
// A layout the sheet can hold: positive sizes, 1 to 40 columns and rows, every label inside the
// page. Error LabelLayoutInvalid, its subject the field at fault ("columns", "rows", "width",
// "height", "margins", "gaps"), its detail why.
Status check(const LabelLayout &layout);
// The rectangle of a cell on its page, in millimetres from the page's top left corner.
QRectF cellRect(const LabelLayout &layout, int cell);
// The cells count labels take, starting at cell start (from 0: the first unused label of a
// half-used sheet) and going on to new pages. start is clamped to the sheet.
QList<LabelPlacement> place(const LabelLayout &layout, int count, int start = 0);
int pageCount(const LabelLayout &layout, int count, int start = 0);
} // namespace LabelLayouts

} // namespace comptoir
