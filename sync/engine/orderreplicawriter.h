// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace comptoir {

class Database;

// ReplicaWriter's part for online orders and their lines (docs/marketplace-api.md §13). A status
// this till asked for (pending_status, an order_transition row of the outbox) is kept until the
// server's status reaches it, the order ends, or the marketplace has answered it. A line naming
// a variant not known here waits (variant_id NULL) until variantArrived(). Issue 16: the order's
// payment, its steps (online_order_steps, replaced whole) and its refused lines; a line this till
// refused (an unacknowledged order_line_refusal row) stays refused, with its reason, until the
// marketplace has answered the refusal: then the server's state settles it.
class OrderReplicaWriter
{
public:
    // `changed` is the page's (ReplicaWriter's): orders is set there.
    OrderReplicaWriter(Database &db, SyncChanges &changed);

    // Whether an order line may wait for its variant (false: nothing to look for).
    void setUnplacedLines(bool mayWait) { m_unplacedLines = mayWait; }
    // One pending order_transition row of the outbox.
    void addPendingTransition(const QJsonObject &payload);
    // One pending order_line_refusal row of the outbox.
    void addPendingRefusal(const QJsonObject &payload);

    Status applyOrder(const OrderState &order);
    // A variant just created from a product state: the order lines that name it find it now.
    Status variantArrived(qint64 variantId, const QString &uuid);

private:
    Status writeSteps(qint64 orderId, const OrderState &order);

    Database &m_db;
    SyncChanges &m_changed;
    QSet<QString> m_pendingTransitions; // order uuids with an unacknowledged order_transition
    // order uuid → line_no → reason, of the unacknowledged order_line_refusal rows
    QHash<QString, QHash<qint64, QString>> m_pendingRefusals;
    bool m_unplacedLines = true; // an order line may wait for its variant
};

} // namespace comptoir
