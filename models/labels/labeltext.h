// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/netquantity.h"

#include <QLocale>
#include <QString>

namespace comptoir {

// The words a label prints, shared by the sheet painter and the receipt printer (context
// "LabelText" for the translations).
namespace LabelText {
// "12,40 € / kg", "3,20 € / l", "0,50 € / pièce".
QString unitPrice(const UnitPrice &price, const QLocale &locale = QLocale());
} // namespace LabelText

} // namespace comptoir
