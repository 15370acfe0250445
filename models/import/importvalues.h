// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/netquantity.h"
#include "models/result.h"

#include <QString>
#include <QStringList>

namespace comptoir::ImportValues {

// A price or cost in cents: "12,50 €", "12.5", "1 234,50", "€12.50", "1.234,50"; more than two
// decimals (a spreadsheet's 12.4999999) rounded half up. NegativePrice, AmountTooLarge (past
// MoneyLimits::MaxUnitPriceCents), ImportValueUnreadable (subject: the text).
Result<qint64> cents(const QString &text);
// A VAT rate in basis points: 20, "20 %", 0,2, 5.5, "5,5%", 0.055 → 2000, 1000, 550 or 210;
// UnknownVatRate (subject: the text) for any other rate, ImportValueUnreadable for no number.
Result<int> vatRate(const QString &text);
// A quantity of items: "12", "12,0", "12.00"; InvalidQuantity when negative or not whole,
// QuantityTooLarge past MoneyLimits::MaxStockQuantity, ImportValueUnreadable otherwise.
Result<qint64> quantity(const QString &text);
// "250 g", "1,5 l", "75 cl", "6 pièces", "1kg", "500 ML" → NetQuantity (amount in g, ml or items);
// InvalidNetQuantity (subject: the text) otherwise.
Result<NetQuantity> netQuantity(const QString &text);
// Barcodes separated by spaces, commas or semicolons, each an EAN-8, EAN-13 or UPC-A with its
// right check digit (Barcode::classify); InvalidBarcode (subject: the code) otherwise.
Result<QStringList> barcodes(const QString &text);
// Whether text looks like UTF-8 read as Windows-1252 ("Ã©" for "é", "Ã " for "à", "â‚¬" for "€").
bool isMojibake(const QString &text);

} // namespace comptoir::ImportValues
