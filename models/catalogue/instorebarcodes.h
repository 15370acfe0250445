// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>
#include <QStringView>

namespace comptoir {

class Database;

// In-store barcodes (issue 14): EAN-13 codes of GS1's restricted-circulation range (prefix 2),
// for items that came with none, so that they can be labelled and scanned. The shop's own codes
// start with "20" (the scale barcode layouts use 21 to 29: models/catalogue/scalebarcode.h), then
// a ten-digit number and the check digit: "20" "0000000001" "x". Each is unique in the shop (not
// on any variant); the next number is kept in the database's meta table, in the caller's
// transaction, like VariantReferences::next().
class InStoreBarcodes
{
public:
    explicit InStoreBarcodes(Database &db);

    static constexpr QStringView Prefix = u"20";

    // The next free in-store code (not yet on any variant). InStoreBarcodesExhausted past
    // 2099999999999.
    Result<QString> next();
    // Whether code is a valid EAN-13 of the shop's in-store range ("20…" with a right check digit).
    static bool isInStore(QStringView code);

private:
    Database &m_db;
};

} // namespace comptoir
