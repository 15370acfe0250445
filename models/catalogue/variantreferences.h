// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>

#include <optional>

namespace comptoir {

class Database;

// The variants' internal references (what a person types at the till), unique in the shop
// without regard to case; one is made up ("C000123") for a variant created without one. The
// next made-up number is kept in the database's meta table, in the caller's transaction.
class VariantReferences
{
public:
    explicit VariantReferences(Database &db);

    // DuplicateReference when a variant other than ignoreVariantId has the (trimmed) reference.
    // An empty reference passes: one is made up.
    Status check(const QString &reference, qint64 ignoreVariantId) const;
    // The next free made-up reference: "C" and six digits (more past C999999).
    Result<QString> next();
    // The variant with this reference (compared without case); an unknown one is not an error.
    Result<std::optional<qint64>> variantWith(const QString &reference) const;
    // The variant whose reference is a scale's item code, leading zeros ignored on both sides
    // ("00123" finds "123" and "0123"; an exact match first). Issue 14, scale barcodes.
    Result<std::optional<qint64>> variantWithScaleItem(const QString &itemCode) const;

private:
    Database &m_db;
};

} // namespace comptoir
