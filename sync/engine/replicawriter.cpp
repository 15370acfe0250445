#include "sync/engine/replicawriter.h"

#include "models/clock.h"
#include "models/storage/database.h"
#include "sync/client/marketplacechanges.h"
#include "sync/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <type_traits>

namespace comptoir {

namespace {

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QVariant isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(iso(at)) : QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A JSON value as compact JSON text (a scalar too: QJsonDocument only holds arrays and objects).
QString compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// How far along the shop's path an order status is (§13); final states end it.
int statusRank(const QString &status)
{
    static const QStringList path = {QStringLiteral("placed"), QStringLiteral("accepted"),
                                     QStringLiteral("ready"), QStringLiteral("collected")};
    return int(path.indexOf(status));
}

bool isFinal(OrderStatus status)
{
    return status == OrderStatus::Collected || status == OrderStatus::Rejected
        || status == OrderStatus::Cancelled;
}

} // namespace

ReplicaWriter::ReplicaWriter(Database &db, const Clock &clock, qint64 lastAppliedSeq)
    : m_db(db),
      m_clock(clock),
      m_lastAppliedSeq(lastAppliedSeq),
      m_now(m_clock.now().toUTC().toString(Qt::ISODateWithMs))
{ }

Status ReplicaWriter::loadPending()
{
    // Whether a new variant can have anything waiting for it (nearly never: a first sync creates
    // a hundred thousand variants and need not look twice for each).
    auto waiting
        = m_db.rows(QStringLiteral("SELECT EXISTS (SELECT 1 FROM meta WHERE key >= ? AND key < ?), "
                                   "EXISTS (SELECT 1 FROM online_order_lines WHERE variant_id IS NULL)"),
                    {QString::fromLatin1(UnplacedStockPrefix),
                     QString(QString::fromLatin1(UnplacedStockPrefix) + QChar(0xffff))});
    if (!waiting)
        return waiting.error();
    m_unplacedStock = waiting->at(0).at(0).toBool();
    m_unplacedLines = waiting->at(0).at(1).toBool();
    auto q
        = m_db.query(QStringLiteral("SELECT kind, payload FROM sync_outbox WHERE seq > ? AND kind IN "
                                    "('stock_movement', 'product_upsert', 'product_archive', 'photo_link', "
                                    "'order_transition') "
                                    "ORDER BY seq"),
                     {m_lastAppliedSeq});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString kind = q.value().value(0).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        if (kind == QLatin1String("order_transition")) {
            m_pendingTransitions.insert(payload.value(QLatin1String("order_id")).toString());
            continue;
        }
        if (kind == QLatin1String("stock_movement")) {
            PendingMovement movement;
            movement.count = payload.value(QLatin1String("reason")).toString() == QLatin1String("count");
            movement.delta = payload.value(QLatin1String("delta")).toInteger();
            movement.countedQuantity = payload.value(QLatin1String("counted_quantity")).toInteger();
            m_pendingMovements[payload.value(QLatin1String("variant_id")).toString()].append(movement);
            continue;
        }
        QSet<QString> &dirty = m_dirtyProductFields[payload.value(QLatin1String("product_id")).toString()];
        if (kind == QLatin1String("product_archive")) {
            dirty.insert(QStringLiteral("archived"));
        } else if (kind == QLatin1String("photo_link")) {
            dirty.insert(QStringLiteral("photos"));
        } else {
            const QJsonObject fields = payload.value(QLatin1String("fields")).toObject();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                dirty.insert(it.key());
            const QJsonArray variants = payload.value(QLatin1String("variants")).toArray();
            for (const QJsonValue &v : variants) {
                const QJsonObject variant = v.toObject();
                QSet<QString> &variantDirty
                    = m_dirtyVariantFields[variant.value(QLatin1String("variant_id")).toString()];
                const QJsonObject variantFields = variant.value(QLatin1String("fields")).toObject();
                for (auto it = variantFields.constBegin(); it != variantFields.constEnd(); ++it)
                    variantDirty.insert(it.key());
            }
        }
    }
    return {};
}

Result<QList<QVariantList>> ReplicaWriter::rows(const QString &sql, const QVariantList &bindings) const
{
    return m_db.rows(sql, bindings);
}

Result<std::optional<QVariantList>> ReplicaWriter::firstRow(const QString &sql,
                                                            const QVariantList &bindings) const
{
    auto all = rows(sql, bindings);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<QVariantList>();
    return std::optional<QVariantList>(all->constFirst());
}

Result<std::optional<qint64>> ReplicaWriter::storedCursor(const QString &kind, const QString &id) const
{
    auto row = firstRow(QStringLiteral("SELECT cursor FROM sync_entity_cursors WHERE kind = ? AND id = ?"),
                        {kind, id});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>((**row).at(0).toLongLong());
}

Status ReplicaWriter::storeCursor(const QString &kind, const QString &id, qint64 cursor)
{
    return m_db.exec(QStringLiteral("INSERT INTO sync_entity_cursors (kind, id, cursor) VALUES (?, ?, ?) "
                                    "ON CONFLICT (kind, id) DO UPDATE SET cursor = excluded.cursor"),
                     {kind, id, cursor});
}

Result<std::optional<qint64>> ReplicaWriter::variantIdOf(const QString &uuid) const
{
    auto row = firstRow(QStringLiteral("SELECT id FROM variants WHERE uuid = ?"), {uuid});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>((**row).at(0).toLongLong());
}

Result<ReplicaWriter::Outcome> ReplicaWriter::apply(const Change &change, bool unconditional)
{
    const QString kind = changeKindName(change.kind);
    if (!unconditional) {
        auto held = storedCursor(kind, change.id);
        if (!held)
            return held.error();
        if (*held && change.cursor <= **held)
            return Outcome::Skipped;
    }
    Outcome outcome = Outcome::Applied;
    Status written = std::visit(
        [&](const auto &state) -> Status {
            using T = std::decay_t<decltype(state)>;
            if constexpr (std::is_same_v<T, ProductState>) {
                return applyProduct(state);
            } else if constexpr (std::is_same_v<T, StockState>) {
                auto stock = applyStock(state, change.cursor);
                if (!stock)
                    return stock.error();
                outcome = *stock;
                return {};
            } else if constexpr (std::is_same_v<T, OrderState>) {
                return applyOrder(state);
            } else if constexpr (std::is_same_v<T, OversellCase>) {
                return applyOversellCase(state);
            } else {
                return applyConflict(state);
            }
        },
        change.data);
    if (!written)
        return written.error();
    if (Status s = storeCursor(kind, change.id, change.cursor); !s)
        return s.error();
    return outcome;
}

// ---- stock -----------------------------------------------------------------------------

Result<ReplicaWriter::Outcome> ReplicaWriter::applyStock(const StockState &stock, qint64 cursor)
{
    auto variantId = variantIdOf(stock.variantId);
    if (!variantId)
        return variantId.error();
    const QString unplacedKey = QLatin1String(UnplacedStockPrefix) + stock.variantId;
    if (!*variantId) {
        // Kept until the product state brings the variant (see the header).
        QJsonObject held;
        held.insert(QStringLiteral("on_hand"), stock.onHand);
        held.insert(QStringLiteral("reserved"), stock.reserved);
        held.insert(QStringLiteral("safety_stock"), stock.safetyStock);
        held.insert(QStringLiteral("available"), stock.available);
        held.insert(QStringLiteral("cursor"), cursor);
        if (Status s = m_db.setMeta(unplacedKey,
                                    QString::fromUtf8(QJsonDocument(held).toJson(QJsonDocument::Compact)));
            !s)
            return s.error();
        m_unplacedStock = true;
        qCInfo(lcSync) << "stock state for a variant not known yet kept until its product arrives";
        return Outcome::Deferred;
    }
    if (m_unplacedStock) {
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {unplacedKey}); !s)
            return s.error();
    }
    if (Status s = writeStock(**variantId, stock.variantId, stock.onHand, stock.reserved, stock.safetyStock,
                              stock.available, cursor);
        !s)
        return s.error();
    return Outcome::Applied;
}

Status ReplicaWriter::writeStock(qint64 variantId, const QString &variantUuid, qint64 onHand, qint64 reserved,
                                 qint64 safetyStock, qint64 available, qint64 cursor)
{
    if (Status s
        = m_db.exec(QStringLiteral(
                        "INSERT INTO stock_server_state (variant_id, on_hand, reserved, safety_stock, "
                        "available, cursor) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (variant_id) DO UPDATE SET "
                        "on_hand = excluded.on_hand, reserved = excluded.reserved, "
                        "safety_stock = excluded.safety_stock, available = excluded.available, "
                        "cursor = excluded.cursor"),
                    {variantId, onHand, reserved, safetyStock, available, cursor});
        !s)
        return s;
    // The till's own view: the server's on-hand plus what it has not yet had acknowledged.
    qint64 local = onHand;
    for (const PendingMovement &movement : m_pendingMovements.value(variantUuid))
        local = movement.count ? movement.countedQuantity : local + movement.delta;
    if (Status s
        = m_db.exec(QStringLiteral("INSERT INTO stock_on_hand (variant_id, quantity) VALUES (?, ?) "
                                   "ON CONFLICT (variant_id) DO UPDATE SET quantity = excluded.quantity"),
                    {variantId, local});
        !s)
        return s;
    m_changed.stock = true;
    return {};
}

// A variant just created from a product state: order lines and a stock state that came before it
// find it now.
Status ReplicaWriter::variantArrived(qint64 variantId, const QString &uuid)
{
    if (m_unplacedLines) {
        if (Status s = m_db.exec(QStringLiteral("UPDATE online_order_lines SET variant_id = ? "
                                                "WHERE variant_uuid = ? AND variant_id IS NULL"),
                                 {variantId, uuid});
            !s)
            return s;
    }
    if (!m_unplacedStock)
        return {};
    const QString key = QLatin1String(UnplacedStockPrefix) + uuid;
    auto held = firstRow(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!held)
        return held.error();
    if (!*held)
        return {};
    const QJsonObject stock = QJsonDocument::fromJson((**held).at(0).toString().toUtf8()).object();
    if (Status s = writeStock(variantId, uuid, stock.value(QLatin1String("on_hand")).toInteger(),
                              stock.value(QLatin1String("reserved")).toInteger(),
                              stock.value(QLatin1String("safety_stock")).toInteger(),
                              stock.value(QLatin1String("available")).toInteger(),
                              stock.value(QLatin1String("cursor")).toInteger());
        !s)
        return s;
    return m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {key});
}

// ---- orders, oversell cases, conflicts -------------------------------------------------------

Status ReplicaWriter::applyOrder(const OrderState &order)
{
    const QString status = orderStatusName(order.status);
    auto found = firstRow(QStringLiteral("SELECT id, pending_status FROM online_orders WHERE uuid = ?"),
                          {order.orderId});
    if (!found)
        return found.error();
    const QString name = text(order.customer.value(QLatin1String("name")).toString());
    const QString phone = text(order.customer.value(QLatin1String("phone")).toString());
    qint64 orderId = 0;
    if (*found) {
        orderId = (**found).at(0).toLongLong();
        const QString pending = (**found).at(1).toString();
        // The transition queued here is settled once the server's status reached it (or went past
        // it, another till having moved the order on), or the order ended.
        // A transition the marketplace has answered (no unacknowledged row left) is settled too: if it
        // was refused, the order keeps the server's status and the refusal is an exception.
        const bool reached = statusRank(pending) >= 0 && statusRank(status) >= statusRank(pending);
        const bool settled = pending.isEmpty() || reached || isFinal(order.status)
            || !m_pendingTransitions.contains(order.orderId);
        if (Status s = m_db.exec(
                QStringLiteral(
                    "UPDATE online_orders SET number = ?, status = ?, pending_status = ?, reason = ?, "
                    "customer_name = ?, customer_phone = ?, total_cents = ?, placed_at = ?, "
                    "updated_at = ? WHERE id = ?"),
                {order.number, status, settled ? QVariant(QMetaType(QMetaType::QString)) : QVariant(pending),
                 text(order.reason), name, phone, order.totalCents, iso(order.placedAt), iso(order.updatedAt),
                 orderId});
            !s)
            return s;
    } else {
        auto inserted = m_db.insert(
            QStringLiteral(
                "INSERT INTO online_orders (uuid, number, status, reason, customer_name, "
                "customer_phone, total_cents, placed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {order.orderId, order.number, status, text(order.reason), name, phone, order.totalCents,
             iso(order.placedAt), iso(order.updatedAt)});
        if (!inserted)
            return inserted.error();
        orderId = *inserted;
    }
    m_unplacedLines = true; // a line may name a variant not known yet
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM online_order_lines WHERE order_id = ?"), {orderId});
        !s)
        return s;
    for (const OrderLine &line : order.lines) {
        auto variantId = variantIdOf(line.variantId);
        if (!variantId)
            return variantId.error();
        if (Status s = m_db.exec(
                QStringLiteral("INSERT INTO online_order_lines (order_id, line_no, variant_uuid, variant_id, "
                               "quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?, ?)"),
                {orderId, line.lineNo, line.variantId,
                 *variantId ? QVariant(**variantId) : QVariant(QMetaType(QMetaType::LongLong)), line.quantity,
                 line.unitPriceCents});
            !s)
            return s;
    }
    m_changed.orders = true;
    return {};
}

Status ReplicaWriter::applyOversellCase(const OversellCase &oversell)
{
    m_changed.oversellCases = true;
    return m_db.exec(
        QStringLiteral("INSERT INTO oversell_cases (uuid, variant_uuid, product_uuid, available, opened_at, "
                       "resolved, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                       "variant_uuid = excluded.variant_uuid, product_uuid = excluded.product_uuid, "
                       "available = excluded.available, opened_at = excluded.opened_at, "
                       "resolved = excluded.resolved, resolved_at = excluded.resolved_at"),
        {oversell.caseId, oversell.variantId, oversell.productId, oversell.available, iso(oversell.openedAt),
         oversell.resolved ? 1 : 0, isoOrNull(oversell.resolvedAt)});
}

Status ReplicaWriter::applyConflict(const ConflictEntry &conflict)
{
    // Entries never change: stored once.
    auto held
        = firstRow(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE uuid = ?"), {conflict.conflictId});
    if (!held)
        return held.error();
    if (*held)
        return {};
    m_changed.conflicts = true;
    return m_db.exec(
        QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (uuid, product_uuid, variant_uuid, field, kept, "
                       "lost, kept_origin, lost_origin, rule, base_version, version, mutation_id, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {conflict.conflictId, conflict.productId, text(conflict.variantId), conflict.field,
         compactJson(conflict.kept), compactJson(conflict.lost), text(conflict.keptOrigin),
         text(conflict.lostOrigin), text(conflict.rule), conflict.baseVersion, conflict.version,
         text(conflict.mutationId), iso(conflict.at)});
}

} // namespace comptoir
