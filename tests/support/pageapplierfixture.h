// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared pieces of the PageApplier tests: an enrolled test shop and builders of the parsed entity
// states (sync/marketplacetypes.h), as MarketplaceClient hands them over.
#include "fixtures.h"
#include "models/storage/database.h"
#include "sync/engine/outboxstore.h"
#include "sync/engine/pageapplier.h"
#include "sync/enrolment/enrollment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace comptoir::pagetest {

inline const QString ShopId = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
constexpr qint64 Epoch = 1732719600000;

inline QString uuid(int n)
{
    return QStringLiteral("01936001-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// What went wrong, for QVERIFY2 (which evaluates its message even when the check passes).
template<typename T> QByteArray why(const Result<T> &result)
{
    if (result.ok())
        return {};
    return (QString::number(int(result.error().code)) + QLatin1Char(' ') + result.error().subject
            + QLatin1Char(' ') + result.error().detail)
        .toUtf8();
}

struct SyncShop
{
    TestShop shop;
    OutboxStore outbox {shop.db(), shop.clock, shop.uuids};
    PageApplier applier {shop.db(), shop.clock, outbox};

    Database &db() { return shop.db(); }

    // Enrolled with ShopId, in epoch Epoch at `cursor`, snapshot taken.
    bool enrol(qint64 cursor = 0, bool needsSnapshot = false)
    {
        return db().setMeta(QString::fromLatin1(Enrollment::MetaShopId), ShopId).ok()
            && db().exec(QStringLiteral(
                             "UPDATE sync_state SET epoch = ?, cursor = ?, needs_snapshot = ? WHERE id = 1"),
                         {Epoch, cursor, needsSnapshot ? 1 : 0})
                   .ok();
    }

    qint64 scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto q = db().query(sql, bindings);
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }

    QString text(const QString &sql, const QVariantList &bindings = {})
    {
        auto q = db().query(sql, bindings);
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("<none>");
    }

    qint64 cursor() { return scalar(QStringLiteral("SELECT cursor FROM sync_state")); }
    qint64 count(const QString &table) { return scalar(QStringLiteral("SELECT count(*) FROM ") + table); }

    // Queues an outbox row as the models do; returns its seq.
    qint64 queue(const QString &kind, const QJsonObject &payload, const QString &result = {})
    {
        const QString entity
            = payload.value(QLatin1String("movement_id"))
                  .toString(payload.value(QLatin1String("product_id"))
                                .toString(payload.value(QLatin1String("order_id")).toString()));
        if (!db().exec(
                     QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at) "
                                    "VALUES (?, ?, ?, '2026-11-27T09:00:00.000Z')"),
                     {kind, entity, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})
                 .ok())
            return -1;
        const qint64 seq = scalar(QStringLiteral("SELECT max(seq) FROM sync_outbox"));
        if (!result.isEmpty()) {
            if (!db().exec(
                         QStringLiteral("UPDATE sync_outbox SET mutation_id = ?, result_status = ?, "
                                        "result_code = ? WHERE seq = ?"),
                         {QStringLiteral("m-%1").arg(seq), result,
                          result == QLatin1String("rejected") ? QStringLiteral("variant_unknown") : QString(),
                          seq})
                     .ok())
                return -1;
        }
        return seq;
    }

    qint64 queueMovement(const QString &variantUuid, qint64 delta, const QString &result = {})
    {
        QJsonObject payload {
            {QStringLiteral("movement_id"),
             QStringLiteral("mv-%1").arg(count(QStringLiteral("sync_outbox")))},
            {QStringLiteral("variant_id"), variantUuid},
            {QStringLiteral("delta"), delta},
            {QStringLiteral("reason"), delta < 0 ? QStringLiteral("sale") : QStringLiteral("receipt")},
            {QStringLiteral("occurred_at"), QStringLiteral("2026-11-27T09:00:00.000Z")}};
        return queue(QStringLiteral("stock_movement"), payload, result);
    }

    qint64 queueCount(const QString &variantUuid, qint64 counted, qint64 delta)
    {
        QJsonObject payload {{QStringLiteral("movement_id"),
                              QStringLiteral("mv-%1").arg(count(QStringLiteral("sync_outbox")))},
                             {QStringLiteral("variant_id"), variantUuid},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("reason"), QStringLiteral("count")},
                             {QStringLiteral("counted_quantity"), counted},
                             {QStringLiteral("base_cursor"), 0},
                             {QStringLiteral("occurred_at"), QStringLiteral("2026-11-27T09:00:00.000Z")}};
        return queue(QStringLiteral("stock_movement"), payload);
    }
};

inline VariantState variant(const QString &id, const QString &label, const QString &reference,
                            qint64 priceCents, const QStringList &barcodes = {}, qint64 safetyStock = 0,
                            bool archived = false)
{
    VariantState v;
    v.variantId = id;
    v.archived = archived;
    v.fields.insert(QStringLiteral("label"), label);
    v.fields.insert(QStringLiteral("reference"), reference);
    v.fields.insert(QStringLiteral("price_cents"), priceCents);
    v.fields.insert(QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes));
    v.fields.insert(QStringLiteral("safety_stock"), safetyStock);
    return v;
}

inline ProductState product(const QString &id, qint64 version, const QString &name,
                            const QList<VariantState> &variants, const QString &category = {},
                            bool archived = false)
{
    ProductState p;
    p.productId = id;
    p.version = version;
    p.archived = archived;
    p.fields = QJsonObject {{QStringLiteral("name"), name},
                            {QStringLiteral("brand"), QStringLiteral("Clairefontaine")},
                            {QStringLiteral("category"), category},
                            {QStringLiteral("description"), QStringLiteral("")},
                            {QStringLiteral("online_title"), name},
                            {QStringLiteral("online_description"), QStringLiteral("")},
                            {QStringLiteral("visible_online"), true},
                            {QStringLiteral("vat_rate_bp"), 2000},
                            {QStringLiteral("marketplace_category"), QStringLiteral("papeterie/carnets")},
                            {QStringLiteral("moderation_status"), QStringLiteral("approved")},
                            {QStringLiteral("photos"), QJsonArray {}}};
    p.variants = variants;
    return p;
}

inline Change change(qint64 cursor, const ProductState &p)
{
    return Change {cursor, ChangeKind::Product, p.productId, p};
}

inline Change stockChange(qint64 cursor, const QString &variantId, qint64 onHand, qint64 reserved = 0,
                          qint64 safetyStock = 0)
{
    StockState s;
    s.variantId = variantId;
    s.productId = uuid(999);
    s.onHand = onHand;
    s.reserved = reserved;
    s.safetyStock = safetyStock;
    s.available = onHand - reserved - safetyStock;
    return Change {cursor, ChangeKind::Stock, variantId, s};
}

inline Change orderChange(qint64 cursor, const QString &orderId, OrderStatus status,
                          const QList<OrderLine> &lines)
{
    OrderState o;
    o.orderId = orderId;
    o.number = 118;
    o.status = status;
    o.customer = QJsonObject {{QStringLiteral("name"), QStringLiteral("Camille D.")},
                              {QStringLiteral("phone"), QJsonValue::Null}};
    o.lines = lines;
    for (const OrderLine &line : lines)
        o.totalCents += line.quantity * line.unitPriceCents;
    o.placedAt = QDateTime(QDate(2026, 11, 27), QTime(15, 10), Qt::UTC);
    o.updatedAt = o.placedAt.addSecs(cursor);
    return Change {cursor, ChangeKind::Order, orderId, o};
}

inline Change caseChange(qint64 cursor, const QString &caseId, const QString &variantId, qint64 available,
                         bool resolved)
{
    OversellCase c;
    c.caseId = caseId;
    c.variantId = variantId;
    c.productId = uuid(999);
    c.available = available;
    c.openedAt = QDateTime(QDate(2026, 11, 27), QTime(15, 12), Qt::UTC);
    c.resolved = resolved;
    if (resolved)
        c.resolvedAt = c.openedAt.addSecs(60);
    return Change {cursor, ChangeKind::OversellCase, caseId, c};
}

inline Change conflictChange(qint64 cursor, const QString &conflictId, const QJsonValue &kept,
                             const QJsonValue &lost)
{
    ConflictEntry c;
    c.conflictId = conflictId;
    c.productId = uuid(100);
    c.variantId = uuid(101);
    c.field = QStringLiteral("variants.") + uuid(101) + QStringLiteral(".price_cents");
    c.kept = kept;
    c.lost = lost;
    c.keptOrigin = QStringLiteral("device:a");
    c.lostOrigin = QStringLiteral("marketplace");
    c.rule = QStringLiteral("shop_owned_last_write_wins");
    c.baseVersion = 6;
    c.version = 9;
    c.at = QDateTime(QDate(2026, 11, 27), QTime(15, 20), Qt::UTC);
    return Change {cursor, ChangeKind::Conflict, conflictId, c};
}

inline ChangesPage page(const QList<Change> &changes, qint64 nextCursor, qint64 lastAppliedSeq = 0,
                        bool hasMore = false)
{
    ChangesPage p;
    p.shopId = ShopId;
    p.epoch = Epoch;
    p.changes = changes;
    p.nextCursor = nextCursor;
    p.hasMore = hasMore;
    p.lastAppliedSeq = lastAppliedSeq;
    return p;
}

inline SnapshotPage snapshotPage(const QList<Change> &items, qint64 cursor, bool hasMore,
                                 qint64 lastAppliedSeq = 0, qint64 epoch = Epoch)
{
    SnapshotPage p;
    p.shopId = ShopId;
    p.epoch = epoch;
    p.cursor = cursor;
    p.lastAppliedSeq = lastAppliedSeq;
    p.items = items;
    p.hasMore = hasMore;
    p.nextPage = hasMore ? QStringLiteral("token-after-") + QString::number(items.size()) : QString();
    return p;
}

} // namespace comptoir::pagetest
