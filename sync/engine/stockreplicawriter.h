// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

// ReplicaWriter's part for stock states and oversell cases (docs/marketplace-api.md §10, §12):
// stock_server_state as the server has it, and the till's own on-hand (stock_on_hand): the
// server's on_hand plus the pending stock_movement rows of the outbox in seq order (a count resets
// to its counted_quantity, later deltas add).
//
// A stock state for a variant not known here (its product comes in a later page) cannot go into
// stock_server_state (a foreign key on variants): it is kept in the meta table under
// UnplacedStockPrefix + variant uuid, and written by variantArrived() when the product state
// creates the variant.
class StockReplicaWriter
{
public:
    static constexpr const char *UnplacedStockPrefix = "sync_unplaced_stock/";

    // `changed` is the page's (ReplicaWriter's): stock and oversellCases are set there.
    StockReplicaWriter(Database &db, SyncChanges &changed);

    // Whether a stock state may wait in meta for its variant (false: nothing to look for).
    void setUnplacedStock(bool mayWait) { m_unplacedStock = mayWait; }
    // One pending stock_movement row of the outbox, given in seq order.
    void addPendingMovement(const QJsonObject &payload);

    // True when written; false when kept until its variant arrives.
    Result<bool> applyStock(const StockState &stock, qint64 cursor);
    Status applyOversellCase(const OversellCase &oversell);
    // A variant just created from a product state: a stock state that came before it is written.
    Status variantArrived(qint64 variantId, const QString &uuid);

private:
    struct PendingMovement
    {
        bool count = false;
        qint64 delta = 0;
        qint64 countedQuantity = 0;
    };

    Status writeStock(qint64 variantId, const QString &variantUuid, qint64 onHand, qint64 reserved,
                      qint64 safetyStock, qint64 available, qint64 cursor);

    Database &m_db;
    SyncChanges &m_changed;
    QHash<QString, QList<PendingMovement>> m_pendingMovements; // variant uuid → in seq order
    bool m_unplacedStock = true; // a stock state may wait in meta for its variant
};

} // namespace comptoir
