// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <optional>

namespace comptoir {

class Database;

// A variant's stock as the till sees it (issue 16): its own on-hand, and what online orders hold
// (reserved) and what is left for them (available = on_hand − reserved − safety stock) as the
// marketplace last published it (stock_server_state; empty before the first sync).
struct VariantStock
{
    qint64 onHand = 0;
    std::optional<qint64> reserved;
    std::optional<qint64> available;
};

// Reserved stock at the till: shown on the till and in the catalogue, and the in-store sale that
// takes units online orders are waiting for (the sale still goes through: the cashier is warned).
class ReservedStock
{
public:
    explicit ReservedStock(const Database &db);

    Result<VariantStock> of(qint64 variantId) const;
    // How many of `quantity` items of the variant sold in store would be units reserved by online
    // orders: what goes past the on-hand not reserved (0 when nothing is reserved). `quantity` is
    // the ticket's quantity of it, less what a collected order's own lines take.
    Result<qint64> reservedTaken(qint64 variantId, qint64 quantity) const;

private:
    const Database &m_db;
};

} // namespace comptoir
