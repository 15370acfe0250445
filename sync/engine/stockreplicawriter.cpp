// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/stockreplicawriter.h"

#include "models/storage/database.h"
#include "sync/engine/replicalookups.h"
#include "sync/logging.h"

#include <QJsonDocument>

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

} // namespace

StockReplicaWriter::StockReplicaWriter(Database &db, SyncChanges &changed) : m_db(db), m_changed(changed) { }

void StockReplicaWriter::addPendingMovement(const QJsonObject &payload)
{
    PendingMovement movement;
    movement.count = payload.value(QLatin1String("reason")).toString() == QLatin1String("count");
    movement.delta = payload.value(QLatin1String("delta")).toInteger();
    movement.countedQuantity = payload.value(QLatin1String("counted_quantity")).toInteger();
    m_pendingMovements[payload.value(QLatin1String("variant_id")).toString()].append(movement);
}

Result<bool> StockReplicaWriter::applyStock(const StockState &stock, qint64 cursor)
{
    auto variantId = variantIdOf(m_db, stock.variantId);
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
        return false;
    }
    if (m_unplacedStock) {
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {unplacedKey}); !s)
            return s.error();
    }
    if (Status s = writeStock(**variantId, stock.variantId, stock.onHand, stock.reserved, stock.safetyStock,
                              stock.available, cursor);
        !s)
        return s.error();
    return true;
}

Status StockReplicaWriter::writeStock(qint64 variantId, const QString &variantUuid, qint64 onHand,
                                      qint64 reserved, qint64 safetyStock, qint64 available, qint64 cursor)
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

Status StockReplicaWriter::variantArrived(qint64 variantId, const QString &uuid)
{
    if (!m_unplacedStock)
        return {};
    const QString key = QLatin1String(UnplacedStockPrefix) + uuid;
    auto held = firstRow(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
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

Status StockReplicaWriter::applyOversellCase(const OversellCase &oversell)
{
    m_changed.oversellCases = true;
    const OversellHandling handling = oversell.handling.value_or(OversellHandling {});
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    // The cause and handling as the marketplace publishes them (issue 16): replaced whole.
    return m_db.exec(
        QStringLiteral(
            "INSERT INTO oversell_cases (uuid, variant_uuid, product_uuid, available, opened_at, "
            "resolved, resolved_at, cause, cause_at, handling_action, handling_note, handled_at, "
            "handled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE "
            "SET variant_uuid = excluded.variant_uuid, product_uuid = excluded.product_uuid, "
            "available = excluded.available, opened_at = excluded.opened_at, "
            "resolved = excluded.resolved, resolved_at = excluded.resolved_at, "
            "cause = excluded.cause, cause_at = excluded.cause_at, "
            "handling_action = excluded.handling_action, handling_note = excluded.handling_note, "
            "handled_at = excluded.handled_at, handled_by = excluded.handled_by"),
        {oversell.caseId, oversell.variantId, oversell.productId, oversell.available, iso(oversell.openedAt),
         oversell.resolved ? 1 : 0, isoOrNull(oversell.resolvedAt), text(oversell.cause),
         isoOrNull(oversell.causeAt), text(handling.action), text(handling.note), isoOrNull(handling.at),
         text(handling.by)});
}

} // namespace comptoir
