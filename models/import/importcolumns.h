// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {

// The columns the catalogue's import reads and its export writes (issue 14), under one set of
// names: an exported file imports again with no mapping to choose.
enum class ImportColumn {
    Name, // the product's name (required)
    Label, // the variant's label as one text ("Rouge / M", "75 cl")
    Size, // a size ("M", "42"): joined with Colour into the variant's label
    Colour, // a colour
    Barcode, // EAN-8, EAN-13 or UPC-A; several separated by spaces, commas or semicolons
    Reference, // the shop's own code for the item
    Price, // selling price, VAT included ("12,50 €")
    Vat, // VAT rate: 20, "20 %", 0,2, 5.5 → one of the four French rates
    Category, // the shelf ("rayon")
    Brand,
    Stock, // quantity on the shelf
    Cost, // purchase price, VAT excluded
    Description,
    NetQuantity, // what one item holds: "250 g", "1,5 l", "75 cl", "6 pièces"
    LowStock, // the low-stock threshold
    StockValue, // export only (valuation): on hand × cost; ignored on import
};

namespace ImportColumns {
// Every column, in the order an export writes them.
QList<ImportColumn> all();
// The stable key of a column, for saved mappings and the command line: "name", "label", "size",
// "colour", "barcode", "reference", "price", "vat", "category", "brand", "stock", "cost",
// "description", "net_quantity", "low_stock", "stock_value".
QString key(ImportColumn column);
std::optional<ImportColumn> fromKey(const QString &key);
// The header an export writes (French, the shop's language: "Désignation", "Prix TTC"…).
QString exportHeader(ImportColumn column);
// The column a file's header names, in French or English, without regard to case, accents,
// spaces, dots or punctuation ("Libellé", "PRIX TTC", "Code-barres", "EAN13", "Qté", "prix
// d'achat HT"); none when the header names none of them.
std::optional<ImportColumn> fromHeader(const QString &header);
} // namespace ImportColumns

} // namespace comptoir
