// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/stock/stockledger.h"

#include "models/clock.h"
#include "models/logging.h"
#include "models/outbox/outbox.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace comptoir {

namespace {

// A null QString binds as SQL NULL: the text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

constexpr std::array<std::pair<MovementReason, const char *>, 8> ReasonKeys = {{
    {MovementReason::Sale, "sale"},
    {MovementReason::Return, "return"},
    {MovementReason::Receipt, "receipt"},
    {MovementReason::Adjustment, "adjustment"},
    {MovementReason::Count, "count"},
    {MovementReason::OnlineReserve, "online_reserve"},
    {MovementReason::OnlineCommit, "online_commit"},
    {MovementReason::OnlineRelease, "online_release"},
}};

const QString LocalOrigin = QStringLiteral("local");

} // namespace

QString reasonKey(MovementReason reason)
{
    for (const auto &[value, key] : ReasonKeys) {
        if (value == reason)
            return QLatin1String(key);
    }
    return {};
}

std::optional<MovementReason> reasonFromKey(const QString &key)
{
    for (const auto &[value, text] : ReasonKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isPushedReason(MovementReason reason)
{
    switch (reason) {
    case MovementReason::Sale:
    case MovementReason::Return:
    case MovementReason::Receipt:
    case MovementReason::Adjustment:
    case MovementReason::Count:
        return true;
    case MovementReason::OnlineReserve:
    case MovementReason::OnlineCommit:
    case MovementReason::OnlineRelease:
        break;
    }
    return false;
}

StockLedger::StockLedger(Database &db, const Clock &clock, UuidV7Generator &uuids)
    : m_db(db), m_clock(clock), m_uuids(uuids)
{ }

Status StockLedger::checkRecordable(qint64 delta, MovementReason reason) const
{
    if (delta == 0)
        return makeError(ErrorCode::ZeroDelta);
    if (reason == MovementReason::Count || reasonKey(reason).isEmpty())
        return makeError(ErrorCode::InvalidReason, reasonKey(reason));
    return {};
}

Result<StockMovement> StockLedger::record(qint64 variantId, qint64 delta, MovementReason reason,
                                          const QString &note)
{
    return recordForVariant(variantId, {}, delta, reason, note);
}

Result<StockMovement> StockLedger::recordForVariant(qint64 variantId, const QString &variantUuid,
                                                    qint64 delta, MovementReason reason, const QString &note)
{
    if (Status s = checkRecordable(delta, reason); !s)
        return s.error();
    StockMovement movement;
    movement.variantId = variantId;
    movement.delta = delta;
    movement.reason = reason;
    movement.note = note;
    return insert(std::move(movement), variantUuid);
}

Result<StockMovement> StockLedger::recordCount(qint64 variantId, qint64 countedQuantity, const QString &note)
{
    if (countedQuantity < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(countedQuantity));
    // The difference is read and written in one transaction so that it matches the stock counted against.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto current = onHand(variantId);
    if (!current)
        return current.error();
    StockMovement movement;
    movement.variantId = variantId;
    movement.delta = countedQuantity - *current;
    movement.countedQuantity = countedQuantity;
    movement.reason = MovementReason::Count;
    movement.note = note;
    auto inserted = insert(std::move(movement));
    if (!inserted)
        return inserted.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return inserted;
}

Result<StockMovement> StockLedger::insert(StockMovement movement, QString variantUuid)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (variantUuid.isEmpty()) {
        auto variant
            = m_db.query(QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {movement.variantId});
        if (!variant)
            return variant.error();
        if (!variant.value().next())
            return makeError(ErrorCode::NotFound, QString::number(movement.variantId));
        variantUuid = variant.value().value(0).toString();
    }

    movement.deviceId = m_db.deviceId();
    auto seq = nextDeviceSeq(m_db);
    if (!seq)
        return seq.error();
    movement.deviceSeq = *seq;
    movement.id = m_uuids.next();
    movement.occurredAt = m_clock.now().toUTC();
    movement.origin = LocalOrigin;
    qint64 baseCursor = 0;
    if (movement.countedQuantity && isPushedReason(movement.reason)) {
        auto cursor = syncCursor(m_db);
        if (!cursor)
            return cursor.error();
        baseCursor = *cursor;
    }
    if (Status s = writeMovement(m_db, m_clock, movement, variantUuid, baseCursor); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStock) << "movement" << movement.id << "variant" << movement.variantId << "delta"
                    << movement.delta << reasonKey(movement.reason) << "seq" << movement.deviceSeq;
    return movement;
}

Status StockLedger::writeMovement(Database &db, const Clock &clock, const StockMovement &movement,
                                  const QString &variantUuid, qint64 baseCursor)
{
    const QVariant counted = movement.countedQuantity ? QVariant(*movement.countedQuantity)
                                                      : QVariant(QMetaType(QMetaType::LongLong));
    if (Status s = db.exec(
            QStringLiteral("INSERT INTO stock_movements (id, variant_id, delta, counted_quantity, reason, "
                           "note, occurred_at, device_id, device_seq, origin) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {movement.id, movement.variantId, movement.delta, counted, reasonKey(movement.reason),
             text(movement.note), movement.occurredAt.toString(Qt::ISODateWithMs), movement.deviceId,
             movement.deviceSeq, movement.origin});
        !s)
        return s;
    if (!isPushedReason(movement.reason))
        return {};
    return queueMutation(db, clock, MutationKind::stockMovement(), movement.id,
                         movementPayload(movement, variantUuid, baseCursor));
}

QJsonObject StockLedger::movementPayload(const StockMovement &movement, const QString &variantUuid,
                                         qint64 baseCursor)
{
    QJsonObject payload;
    payload.insert(QStringLiteral("movement_id"), movement.id);
    payload.insert(QStringLiteral("variant_id"), variantUuid);
    payload.insert(QStringLiteral("delta"), movement.delta);
    payload.insert(QStringLiteral("reason"), reasonKey(movement.reason));
    payload.insert(QStringLiteral("occurred_at"), movement.occurredAt.toString(Qt::ISODateWithMs));
    if (movement.countedQuantity) {
        // The feed cursor this till had applied when it counted (§10.2): 0 before any sync.
        payload.insert(QStringLiteral("counted_quantity"), *movement.countedQuantity);
        payload.insert(QStringLiteral("base_cursor"), baseCursor);
    }
    return payload;
}

Result<qint64> StockLedger::nextDeviceSeq(const Database &db)
{
    auto seq = db.query(
        QStringLiteral("SELECT coalesce(max(device_seq), 0) + 1 FROM stock_movements WHERE device_id = ?"),
        {db.deviceId()});
    if (!seq)
        return seq.error();
    if (!seq.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("no device_seq"));
    return seq.value().value(0).toLongLong();
}

Result<qint64> StockLedger::syncCursor(const Database &db)
{
    auto cursor = db.query(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1"));
    if (!cursor)
        return cursor.error();
    return cursor.value().next() ? cursor.value().value(0).toLongLong() : qint64(0);
}

Result<qint64> StockLedger::onHand(qint64 variantId) const
{
    auto q
        = m_db.query(QStringLiteral("SELECT quantity FROM stock_on_hand WHERE variant_id = ?"), {variantId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(variantId));
    return q.value().value(0).toLongLong();
}

Result<QList<StockMovement>> StockLedger::movements(qint64 variantId, int limit) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, variant_id, delta, counted_quantity, reason, note, occurred_at, "
                       "device_id, device_seq, origin FROM stock_movements WHERE variant_id = ? "
                       "ORDER BY occurred_at DESC, device_seq DESC LIMIT ?"),
        {variantId, limit});
    if (!q)
        return q.error();
    QList<StockMovement> result;
    QSqlQuery &row = q.value();
    while (row.next()) {
        StockMovement m;
        m.id = row.value(0).toString();
        m.variantId = row.value(1).toLongLong();
        m.delta = row.value(2).toLongLong();
        if (!row.value(3).isNull())
            m.countedQuantity = row.value(3).toLongLong();
        m.reason = reasonFromKey(row.value(4).toString()).value_or(MovementReason::Adjustment);
        m.note = row.value(5).toString();
        m.occurredAt = QDateTime::fromString(row.value(6).toString(), Qt::ISODateWithMs);
        m.deviceId = row.value(7).toString();
        m.deviceSeq = row.value(8).toLongLong();
        m.origin = row.value(9).toString();
        result.append(m);
    }
    return result;
}

} // namespace comptoir
