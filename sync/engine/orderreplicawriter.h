// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace comptoir {

class Database;

// ReplicaWriter's part for online orders and their lines (docs/marketplace-api.md §13). A status
// this till asked for (pending_status, an order_transition row of the outbox) is kept until the
// server's status reaches it, the order ends, or the marketplace has answered it. A line naming
// a variant not known here waits (variant_id NULL) until variantArrived().
class OrderReplicaWriter
{
public:
    // `changed` is the page's (ReplicaWriter's): orders is set there.
    OrderReplicaWriter(Database &db, SyncChanges &changed);

    // Whether an order line may wait for its variant (false: nothing to look for).
    void setUnplacedLines(bool mayWait) { m_unplacedLines = mayWait; }
    // One pending order_transition row of the outbox.
    void addPendingTransition(const QJsonObject &payload);

    Status applyOrder(const OrderState &order);
    // A variant just created from a product state: the order lines that name it find it now.
    Status variantArrived(qint64 variantId, const QString &uuid);

private:
    Database &m_db;
    SyncChanges &m_changed;
    QSet<QString> m_pendingTransitions; // order uuids with an unacknowledged order_transition
    bool m_unplacedLines = true; // an order line may wait for its variant
};

} // namespace comptoir
