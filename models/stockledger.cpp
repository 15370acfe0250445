#include "stockledger.h"

#include "clock.h"
#include "database.h"
#include "logging.h"
#include "uuidv7.h"

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

StockLedger::StockLedger(Database &db, const Clock &clock, UuidV7Generator &uuids)
    : m_db(db), m_clock(clock), m_uuids(uuids)
{ }

Result<StockMovement> StockLedger::record(qint64 variantId, qint64 delta, MovementReason reason,
                                          const QString &note)
{
    if (delta == 0)
        return makeError(ErrorCode::ZeroDelta);
    if (reason == MovementReason::Count || reasonKey(reason).isEmpty())
        return makeError(ErrorCode::InvalidReason, reasonKey(reason));
    StockMovement movement;
    movement.variantId = variantId;
    movement.delta = delta;
    movement.reason = reason;
    movement.note = note;
    return insert(std::move(movement));
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

Result<StockMovement> StockLedger::insert(StockMovement movement)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto variant = m_db.query(QStringLiteral("SELECT 1 FROM variants WHERE id = ?"), {movement.variantId});
    if (!variant)
        return variant.error();
    if (!variant.value().next())
        return makeError(ErrorCode::NotFound, QString::number(movement.variantId));

    movement.deviceId = m_db.deviceId();
    auto seq = m_db.query(
        QStringLiteral("SELECT coalesce(max(device_seq), 0) + 1 FROM stock_movements WHERE device_id = ?"),
        {movement.deviceId});
    if (!seq)
        return seq.error();
    if (!seq.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("no device_seq"));
    movement.deviceSeq = seq.value().value(0).toLongLong();
    movement.id = m_uuids.next();
    movement.occurredAt = m_clock.now().toUTC();
    movement.origin = LocalOrigin;

    const QVariant counted = movement.countedQuantity ? QVariant(*movement.countedQuantity)
                                                      : QVariant(QMetaType(QMetaType::LongLong));
    if (Status s = m_db.exec(
            QStringLiteral("INSERT INTO stock_movements (id, variant_id, delta, counted_quantity, reason, "
                           "note, occurred_at, device_id, device_seq, origin) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {movement.id, movement.variantId, movement.delta, counted, reasonKey(movement.reason),
             text(movement.note), movement.occurredAt.toString(Qt::ISODateWithMs), movement.deviceId,
             movement.deviceSeq, movement.origin});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStock) << "movement" << movement.id << "variant" << movement.variantId << "delta"
                    << movement.delta << reasonKey(movement.reason) << "seq" << movement.deviceSeq;
    return movement;
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
