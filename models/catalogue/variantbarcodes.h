// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {

class Database;

// The variants' barcodes (EAN-8, EAN-13, UPC-A: models/catalogue/barcode.h), each unique in the
// shop. Codes are stored trimmed, empty entries dropped. The writes run in the caller's
// transaction, on codes that passed check().
class VariantBarcodes
{
public:
    explicit VariantBarcodes(Database &db);

    // InvalidBarcode (the first code that is not a valid GS1 barcode), or DuplicateBarcode: a code
    // given twice, or one another variant than ignoreVariantId has (detail: that product's name).
    Status check(const QStringList &codes, qint64 ignoreVariantId) const;
    // The codes as stored: trimmed, empty and repeated entries dropped (add's order).
    static QStringList clean(const QStringList &codes);
    // Adds the codes to the variant.
    Status add(qint64 variantId, const QStringList &codes);
    // The variant's barcodes become codes: those it no longer has are deleted, the new ones added.
    Status replace(qint64 variantId, const QStringList &codes);
    // The variant's barcodes, sorted.
    Result<QStringList> of(qint64 variantId) const;
    // The variant with exactly this barcode; an unknown code is not an error (no value).
    Result<std::optional<qint64>> variantWith(const QString &code) const;

private:
    Database &m_db;
};

} // namespace comptoir
