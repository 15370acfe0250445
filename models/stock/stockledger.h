// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class UuidV7Generator;

enum class MovementReason {
    Sale,
    Return,
    Receipt, // goods received from a supplier
    Adjustment, // breakage, theft, gift, correction…
    Count, // physical count: sets on hand to the counted quantity
    OnlineReserve,
    OnlineCommit,
    OnlineRelease,
};

QString reasonKey(MovementReason reason); // the stored text: "sale", "count", …
std::optional<MovementReason> reasonFromKey(const QString &key);

struct StockMovement
{
    QString id; // UUIDv7 made on this device
    qint64 variantId = 0;
    qint64 delta = 0;
    std::optional<qint64> countedQuantity; // reason Count only
    MovementReason reason = MovementReason::Adjustment;
    QString note;
    QDateTime occurredAt; // UTC
    QString deviceId;
    qint64 deviceSeq = 0; // gap-free per device
    QString origin; // "local" for movements made here
};

// True for the reasons the till pushes to the marketplace (sale, return, receipt, adjustment,
// count); the online_* movements are the marketplace's own and are never pushed (§6.4).
bool isPushedReason(MovementReason reason);

// The append-only stock ledger. Each movement gets a UUIDv7 id and the next gap-free
// device sequence number, and updates the cached on-hand in the same transaction. A movement
// with a pushed reason also queues its `stock_movement` mutation (models/outbox.h) in that
// transaction: {movement_id, variant_id (the variant's UUID), delta, reason, occurred_at} and,
// for a count, counted_quantity and base_cursor (sync_state.cursor: the feed cursor applied
// when the count was made, 0 if none) — docs/marketplace-api.md §6.4, §10.2.
class StockLedger
{
public:
    StockLedger(Database &db, const Clock &clock, UuidV7Generator &uuids);

    // delta must be non-zero; reason must not be Count (use recordCount).
    Result<StockMovement> record(qint64 variantId, qint64 delta, MovementReason reason,
                                 const QString &note = {});
    // record() for a caller that has just read the variant (id and UUID) in its own transaction
    // (SaleJournal): the variant is not looked up again.
    Result<StockMovement> recordForVariant(qint64 variantId, const QString &variantUuid, qint64 delta,
                                           MovementReason reason, const QString &note = {});
    // A physical count: on hand becomes countedQuantity (>= 0); delta is the difference found.
    Result<StockMovement> recordCount(qint64 variantId, qint64 countedQuantity, const QString &note = {});

    // The ledger's row and its stock_movement mutation for a movement whose every field is set
    // (id, device_id, device_seq, occurred_at, origin), without any check: shared with a writer
    // that has checked and numbered its movements itself (models/import's ImportWriter). baseCursor
    // (sync_state.cursor) is sent with a count only.
    static Status writeMovement(Database &db, const Clock &clock, const StockMovement &movement,
                                const QString &variantUuid, qint64 baseCursor);
    // The `stock_movement` mutation's payload.
    static QJsonObject movementPayload(const StockMovement &movement, const QString &variantUuid,
                                       qint64 baseCursor);
    // The next device_seq of this database's device (gap-free), and the sync cursor (0 if none).
    static Result<qint64> nextDeviceSeq(const Database &db);
    static Result<qint64> syncCursor(const Database &db);

    Result<qint64> onHand(qint64 variantId) const;
    Result<QList<StockMovement>> movements(qint64 variantId, int limit = 500) const; // newest first

private:
    Status checkRecordable(qint64 delta, MovementReason reason) const;
    // variantUuid empty: the variant is looked up (NotFound when absent).
    Result<StockMovement> insert(StockMovement movement, QString variantUuid = {});

    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
};

} // namespace comptoir
