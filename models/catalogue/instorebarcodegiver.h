// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>

namespace comptoir {

class Catalogue;
class Database;

// Gives in-store barcodes (InStoreBarcodes, issue 14) to variants that have none: each code is
// taken and stored on its variant in one transaction, through Catalogue::updateVariant, so the
// marketplace learns the barcode as for any edit.
class InStoreBarcodeGiver
{
public:
    InStoreBarcodeGiver(Database &db, Catalogue &catalogue);

    // For a form being filled (the variant dialog): the next in-store code, reserved (the shop's
    // counter moves on, committed now), so that no other variant is given it even if the form is
    // saved later; a form cancelled leaves a number unused, which is harmless.
    // Errors: InStoreBarcodesExhausted, the database's.
    Result<QString> reserve();
    // Gives a code to each of variantIds without any barcode (the others are left as they are),
    // all in one transaction: all or none. Returns how many were given. Errors: NotFound,
    // InStoreBarcodesExhausted, the catalogue's.
    Result<int> giveToVariantsWithout(const QList<qint64> &variantIds);

private:
    Database &m_db;
    Catalogue &m_catalogue;
};

} // namespace comptoir
