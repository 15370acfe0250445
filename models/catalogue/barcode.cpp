// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/barcode.h"

namespace comptoir::Barcode {

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

int checkDigit(QStringView payload)
{
    if (!allDigits(payload))
        return -1;
    // GS1: from the rightmost payload digit, weights 3, 1, 3, 1…
    int sum = 0;
    int weight = 3;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        sum += (payload.at(i).unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

Kind classify(QStringView code)
{
    Kind kind = Kind::Invalid;
    switch (code.size()) {
    case 8:
        kind = Kind::Ean8;
        break;
    case 12:
        kind = Kind::UpcA;
        break;
    case 13:
        kind = Kind::Ean13;
        break;
    default:
        return Kind::Invalid;
    }
    if (!allDigits(code))
        return Kind::Invalid;
    const int expected = checkDigit(code.first(code.size() - 1));
    if (expected != code.last().unicode() - u'0')
        return Kind::Invalid;
    return kind;
}

QString complete(QStringView payload)
{
    const int digit = checkDigit(payload);
    if (digit < 0)
        return {};
    return payload.toString() + QChar(u'0' + digit);
}

} // namespace comptoir::Barcode
