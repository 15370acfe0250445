// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QJsonObject>
#include <QString>

namespace comptoir {

class Clock;
class Database;

// The marketplace's mutation kinds (docs/marketplace-api.md §6.1), as stored in sync_outbox.kind.
namespace MutationKind {
inline QString stockMovement()
{
    return QStringLiteral("stock_movement");
}
inline QString productUpsert()
{
    return QStringLiteral("product_upsert");
}
inline QString productArchive()
{
    return QStringLiteral("product_archive");
}
// issue 15: a product's ordered photos (models/photos/productphotos.h).
inline QString photoLink()
{
    return QStringLiteral("photo_link");
}
inline QString ticketSummary()
{
    return QStringLiteral("ticket_summary");
}
} // namespace MutationKind

// Queues one marketplace mutation in the transactional outbox (resources/sql/0002, 0007, 0008 §4):
// sync_outbox.kind = the API mutation kind, payload = exactly the API payload (§6.4, compact JSON),
// entity_id = the UUID of what changed, created_at = the clock's now (ISO 8601 UTC, milliseconds).
// The database numbers the row (seq). The caller holds the transaction of the change itself, so
// the change and its mutation commit or roll back together. Every model that changes something
// the marketplace must know (stock ledger, sales journal, catalogue) queues through here.
Status queueMutation(Database &db, const Clock &clock, const QString &kind, const QString &entityId,
                     const QJsonObject &payload);

} // namespace comptoir
