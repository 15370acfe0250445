// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace comptoir {

// GS1 barcodes: EAN-8, EAN-13 and UPC-A, validated by their mod-10 check digit.
namespace Barcode {
enum class Kind { Invalid, Ean8, Ean13, UpcA };

Kind classify(QStringView code); // Invalid unless all digits, right length and right check digit
inline bool isValid(QStringView code)
{
    return classify(code) != Kind::Invalid;
}
// The GS1 check digit for a payload of 7, 11 or 12 digits; -1 if not all digits.
int checkDigit(QStringView payload);
// payload + its check digit ("376000000001" → "3760000000017")
QString complete(QStringView payload);
} // namespace Barcode

} // namespace comptoir
