// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace comptoir {

// Scale barcodes (issue 14): variable-measure EAN-13 codes printed by a shop's weighing scale
// (GS1 restricted circulation, prefix 2). After the prefix come the item code (the scale's PLU,
// matched to a variant's reference), optionally a check digit of the embedded value, then the
// value: a price in cents or a weight in grams; then the EAN-13 check digit. The twelve digits
// before the EAN-13 check digit are: prefix + item + [value check] + value.
//
// A layout is written as text, as the shop's settings keep it: "28-I5-P5" (prefix 28, five-digit
// item, five-digit price), "21-I4-K-P5" (a check digit of the price before it), "26-I5-W5" (a
// weight in grams), "2-I6-P5" (prefix 2 alone, the item's first digit being 1 to 9). The prefix
// is 21 to 29, or 2 alone: never 20, the shop's in-store range (InStoreBarcodes), which a layout
// never matches.
enum class ScaleValue { Price, Weight };

struct ScaleLayout
{
    QString prefix = QStringLiteral("21"); // "2" or "21" … "29"
    int itemLength = 5;
    bool valueCheckDigit = false; // GS1's price/weight check digit (for a value of 4 or 5 digits)
    ScaleValue value = ScaleValue::Price;
    int valueLength = 5;

    bool operator==(const ScaleLayout &) const = default;
};

// What a scale barcode says.
struct ScaleReading
{
    QString code; // the barcode as scanned
    QString itemCode; // as printed, leading zeros kept ("00123")
    ScaleValue value = ScaleValue::Price;
    qint64 amount = 0; // cents (Price) or grams (Weight)
};

namespace ScaleBarcodes {
// The layouts offered by name: the common ones of French scales (Bizerba, Mettler Toledo, Dibal,
// Marel print GS1 variable-measure EAN-13s), with a suggested prefix the shop may change.
struct Offered
{
    QString key; // stable: "price-i5-p5"…
    ScaleLayout layout;
};
QList<Offered> offeredLayouts();
// Its name in words ("2 + 5-digit item + 5-digit price"), translated (context "ScaleBarcodes").
QString describe(const ScaleLayout &layout);

// The layout's text form and back. ScaleLayoutInvalid (subject: the text).
QString toText(const ScaleLayout &layout);
Result<ScaleLayout> fromText(const QString &text);
// A layout is valid when its prefix is 2 or 21–29, its parts fill the twelve digits, the item has
// at least one digit, the value 3 to 6 digits and a value check digit only with 4 or 5 digits.
// ScaleLayoutInvalid (subject: the layout's text form).
Status validate(const ScaleLayout &layout);

// GS1's check digit of a 4- or 5-digit price or weight field (General Specifications, variable
// measure: weights 2- 2- 3 5- for four digits, 5+ 2- 5- 5+ 2- for five); -1 otherwise.
int valueCheckDigit(QStringView digits);

// The reading of code by the first layout it matches (a valid EAN-13 with the layout's prefix, a
// right value check digit when the layout has one); none if no layout matches (codes starting
// with 20 never do).
std::optional<ScaleReading> decode(QStringView code, const QList<ScaleLayout> &layouts);
// A code in layout for itemCode and amount (tests, labels): none if they do not fit.
std::optional<QString> encode(const ScaleLayout &layout, qint64 itemCode, qint64 amount);

// The price of weightGrams at pricePerKgCents, rounded half up to the cent.
qint64 priceOfWeight(qint64 pricePerKgCents, qint64 weightGrams);
} // namespace ScaleBarcodes

} // namespace comptoir
