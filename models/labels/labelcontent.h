// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/netquantity.h"
#include "models/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

// Shelf labels (name, variant label, price, unit price, a short text, barcode) or product labels
// (barcode with its digits, short name, price).
enum class LabelKind { Shelf, Product };

// How a label's code is drawn: the retail symbologies for a barcode, Code 128 for a variant that
// has only its reference.
enum class LabelSymbology { Ean13, Ean8, UpcA, Code128 };

// What one label shows, read from the catalogue.
struct LabelContent
{
    qint64 variantId = 0;
    QString productName;
    QString variantLabel;
    qint64 priceCents = 0;
    std::optional<UnitPrice> unitPrice; // from the net quantity (NetQuantities::unitPrice)
    QString shortText; // the first line of the product's description (origin, "Bio", …)
    QString code; // the first barcode, else the reference
    LabelSymbology symbology = LabelSymbology::Code128;

    // "Épices Rouges 250 g": the name a product label has room for.
    QString shortName() const;
};

// Labels of one variant to print: how many copies.
struct LabelRequest
{
    qint64 variantId = 0;
    int copies = 1;
};

namespace LabelContents {
// The symbology for a code: 13 digits EAN-13, 8 EAN-8, 12 UPC-A, anything else Code 128.
LabelSymbology symbologyFor(const QString &code);
// One content per copy, in the order asked. Errors: NothingToLabel (no copy asked), NotFound (a
// variant that does not exist), DatabaseQueryFailed.
Result<QList<LabelContent>> read(const Database &db, const QList<LabelRequest> &requests);
} // namespace LabelContents

} // namespace comptoir
