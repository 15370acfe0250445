// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/scalebarcode.h"

#include "models/catalogue/barcode.h"

#include <QCoreApplication>
#include <QStringList>

namespace comptoir {

namespace {

constexpr int PayloadLength = 12; // the EAN-13 without its check digit

// GS1's weighting factors of the variable-measure value check digit, as tables by digit.
constexpr int TwoMinus[10] = {0, 2, 4, 6, 8, 9, 1, 3, 5, 7};
constexpr int Three[10] = {0, 3, 6, 9, 2, 5, 8, 1, 4, 7};
constexpr int FivePlus[10] = {0, 5, 1, 6, 2, 7, 3, 8, 4, 9};
constexpr int FiveMinus[10] = {0, 5, 9, 4, 8, 3, 7, 2, 6, 1};

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int digitAt(QStringView text, int i)
{
    return text.at(i).unicode() - '0';
}

Error invalid(const QString &field)
{
    return makeError(ErrorCode::ScaleLayoutInvalid, field);
}

int partsLength(const ScaleLayout &layout)
{
    return int(layout.prefix.size()) + layout.itemLength + (layout.valueCheckDigit ? 1 : 0)
        + layout.valueLength;
}

ScaleLayout layout(const QString &prefix, int item, bool check, ScaleValue value, int valueLength)
{
    return ScaleLayout {prefix, item, check, value, valueLength};
}

} // namespace

namespace ScaleBarcodes {

QList<Offered> offeredLayouts()
{
    return {
        {QStringLiteral("price-i5-p5"), layout(QStringLiteral("28"), 5, false, ScaleValue::Price, 5)},
        {QStringLiteral("price-i4-k-p5"), layout(QStringLiteral("28"), 4, true, ScaleValue::Price, 5)},
        {QStringLiteral("price-i6-p5"), layout(QStringLiteral("2"), 6, false, ScaleValue::Price, 5)},
        {QStringLiteral("weight-i5-w5"), layout(QStringLiteral("29"), 5, false, ScaleValue::Weight, 5)},
        {QStringLiteral("weight-i4-k-w5"), layout(QStringLiteral("29"), 4, true, ScaleValue::Weight, 5)},
        {QStringLiteral("weight-i6-w5"), layout(QStringLiteral("2"), 6, false, ScaleValue::Weight, 5)},
    };
}

QString describe(const ScaleLayout &layout)
{
    const QString &prefix = layout.prefix;
    const QString value = layout.value == ScaleValue::Price
        ? QCoreApplication::translate("ScaleBarcodes", "%n-digit price in cents", nullptr, layout.valueLength)
        : QCoreApplication::translate("ScaleBarcodes", "%n-digit weight in grams", nullptr,
                                      layout.valueLength);
    if (layout.valueCheckDigit)
        return QCoreApplication::translate("ScaleBarcodes", "%1 + %2-digit item + check digit + %3")
            .arg(prefix)
            .arg(layout.itemLength)
            .arg(value);
    return QCoreApplication::translate("ScaleBarcodes", "%1 + %2-digit item + %3")
        .arg(prefix)
        .arg(layout.itemLength)
        .arg(value);
}

QString toText(const ScaleLayout &layout)
{
    QStringList parts {layout.prefix, QStringLiteral("I%1").arg(layout.itemLength)};
    if (layout.valueCheckDigit)
        parts.append(QStringLiteral("K"));
    parts.append((layout.value == ScaleValue::Price ? QStringLiteral("P%1") : QStringLiteral("W%1"))
                     .arg(layout.valueLength));
    return parts.join(QLatin1Char('-'));
}

Result<ScaleLayout> fromText(const QString &text)
{
    const QStringList parts = text.trimmed().toUpper().split(QLatin1Char('-'));
    if (parts.size() < 3 || parts.size() > 4)
        return invalid(text);
    ScaleLayout result;
    result.prefix = parts.at(0);
    auto number = [](const QString &part, QChar letter) -> int {
        if (part.size() < 2 || part.at(0) != letter || !allDigits(QStringView(part).mid(1)))
            return -1;
        return part.mid(1).toInt();
    };
    result.itemLength = number(parts.at(1), QLatin1Char('I'));
    if (parts.size() == 4) {
        if (parts.at(2) != QStringLiteral("K"))
            return invalid(text);
        result.valueCheckDigit = true;
    }
    const QString &valuePart = parts.last();
    if (valuePart.startsWith(QLatin1Char('P'))) {
        result.value = ScaleValue::Price;
        result.valueLength = number(valuePart, QLatin1Char('P'));
    } else if (valuePart.startsWith(QLatin1Char('W'))) {
        result.value = ScaleValue::Weight;
        result.valueLength = number(valuePart, QLatin1Char('W'));
    } else {
        return invalid(text);
    }
    if (result.itemLength < 0 || result.valueLength < 0)
        return invalid(text);
    if (!validate(result))
        return invalid(text);
    return result;
}

Status validate(const ScaleLayout &layout)
{
    const bool prefixOk = layout.prefix == QStringLiteral("2")
        || (layout.prefix.size() == 2 && layout.prefix.at(0) == QLatin1Char('2') && allDigits(layout.prefix)
            && layout.prefix.at(1) != QLatin1Char('0'));
    if (!prefixOk)
        return invalid(toText(layout));
    if (layout.itemLength < 1)
        return invalid(toText(layout));
    if (layout.valueLength < 3 || layout.valueLength > 6)
        return invalid(toText(layout));
    if (layout.valueCheckDigit && layout.valueLength != 4 && layout.valueLength != 5)
        return invalid(toText(layout));
    if (partsLength(layout) != PayloadLength)
        return invalid(toText(layout));
    return {};
}

int valueCheckDigit(QStringView digits)
{
    if (!allDigits(digits))
        return -1;
    if (digits.size() == 4) {
        const int sum = TwoMinus[digitAt(digits, 0)] + TwoMinus[digitAt(digits, 1)]
            + Three[digitAt(digits, 2)] + FiveMinus[digitAt(digits, 3)];
        return (sum * 3) % 10;
    }
    if (digits.size() == 5) {
        const int sum = FivePlus[digitAt(digits, 0)] + TwoMinus[digitAt(digits, 1)]
            + FiveMinus[digitAt(digits, 2)] + FivePlus[digitAt(digits, 3)] + TwoMinus[digitAt(digits, 4)];
        const int wanted = (10 - sum % 10) % 10;
        for (int c = 0; c < 10; ++c) {
            if (FiveMinus[c] == wanted)
                return c;
        }
    }
    return -1;
}

std::optional<ScaleReading> decode(QStringView code, const QList<ScaleLayout> &layouts)
{
    if (code.startsWith(u"20") || Barcode::classify(code) != Barcode::Kind::Ean13)
        return std::nullopt;
    for (const ScaleLayout &layout : layouts) {
        if (!validate(layout) || !code.startsWith(layout.prefix))
            continue;
        int at = int(layout.prefix.size());
        const QStringView item = code.mid(at, layout.itemLength);
        at += layout.itemLength;
        int check = -1;
        if (layout.valueCheckDigit)
            check = digitAt(code, at++);
        const QStringView value = code.mid(at, layout.valueLength);
        if (layout.valueCheckDigit && valueCheckDigit(value) != check)
            continue;
        return ScaleReading {code.toString(), item.toString(), layout.value, value.toLongLong()};
    }
    return std::nullopt;
}

std::optional<QString> encode(const ScaleLayout &layout, qint64 itemCode, qint64 amount)
{
    if (!validate(layout) || itemCode < 0 || amount < 0)
        return std::nullopt;
    const QString item = QStringLiteral("%1").arg(itemCode, layout.itemLength, 10, QLatin1Char('0'));
    const QString value = QStringLiteral("%1").arg(amount, layout.valueLength, 10, QLatin1Char('0'));
    if (item.size() != layout.itemLength || value.size() != layout.valueLength)
        return std::nullopt;
    QString payload = layout.prefix + item;
    if (layout.valueCheckDigit)
        payload += QString::number(valueCheckDigit(value));
    payload += value;
    if (payload.startsWith(QStringLiteral("20")))
        return std::nullopt;
    return Barcode::complete(payload);
}

qint64 priceOfWeight(qint64 pricePerKgCents, qint64 weightGrams)
{
    return (pricePerKgCents * weightGrams + 500) / 1000;
}

} // namespace ScaleBarcodes

} // namespace comptoir
