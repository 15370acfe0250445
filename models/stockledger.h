#pragma once

#include "result.h"

#include <QDateTime>
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

// The append-only stock ledger. Each movement gets a UUIDv7 id and the next gap-free
// device sequence number, and updates the cached on-hand in the same transaction.
class StockLedger
{
public:
    StockLedger(Database &db, const Clock &clock, UuidV7Generator &uuids);

    // delta must be non-zero; reason must not be Count (use recordCount).
    Result<StockMovement> record(qint64 variantId, qint64 delta, MovementReason reason,
                                 const QString &note = {});
    // A physical count: on hand becomes countedQuantity (>= 0); delta is the difference found.
    Result<StockMovement> recordCount(qint64 variantId, qint64 countedQuantity, const QString &note = {});

    Result<qint64> onHand(qint64 variantId) const;
    Result<QList<StockMovement>> movements(qint64 variantId, int limit = 500) const; // newest first

private:
    Result<StockMovement> insert(StockMovement movement);

    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
};

} // namespace comptoir
