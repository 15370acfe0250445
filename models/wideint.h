// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sums over records a forger writes (each value up to 2^53 − 1 in magnitude, as many records as
// he likes): on 128 bits they never overflow, so a rule compares them exactly and still gives a
// verdict (docs/fiscal-format.md). The till's own sums always fit in 64 bits.
#include <QString>

#include <algorithm>

namespace comptoir {

__extension__ typedef __int128 WideInt;

// The decimal digits of value ("-12"), as QString::number would for a qint64.
inline QString wideText(WideInt value)
{
    const bool negative = value < 0;
    QString digits;
    do {
        const int digit = int(value % 10);
        digits.append(QLatin1Char(char('0' + (negative ? -digit : digit))));
        value /= 10;
    } while (value != 0);
    if (negative)
        digits.append(QLatin1Char('-'));
    std::reverse(digits.begin(), digits.end());
    return digits;
}

} // namespace comptoir
