// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows of the sync replica written straight into a test database, as the sync engine would leave
// them (the tests of the window side do not run an engine).
#include "models/storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace comptoir::syncrows {

inline QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

// An online order; returns its row id (0 on failure).
inline qint64 insertOrder(Database &db, const QString &uuid, qint64 number, const QString &status,
                          const QString &customer = QStringLiteral("Claire Martin"), qint64 totalCents = 2580,
                          const QVariant &pending = QVariant(),
                          const QString &placedAt = QStringLiteral("2026-11-27T08:30:00.000Z"))
{
    auto id = db.insert(QStringLiteral("INSERT INTO online_orders (uuid, number, status, pending_status, "
                                       "customer_name, customer_phone, total_cents, placed_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, '06 12 34 56 78', ?, ?, ?)"),
                        {uuid, number, status,
                         pending.isValid() ? pending : QVariant(QMetaType(QMetaType::QString)), customer,
                         totalCents, placedAt, placedAt});
    return id ? *id : 0;
}

inline bool insertOrderLine(Database &db, qint64 orderId, int lineNo, const QString &variantUuid,
                            const QVariant &variantId, qint64 quantity, qint64 unitPriceCents)
{
    return db
        .exec(QStringLiteral("INSERT INTO online_order_lines (order_id, line_no, variant_uuid, variant_id, "
                             "quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?, ?)"),
              {orderId, lineNo, variantUuid,
               variantId.isValid() ? variantId : QVariant(QMetaType(QMetaType::LongLong)), quantity,
               unitPriceCents})
        .ok();
}

// A parked exception; returns its id (0 on failure).
inline qint64 insertException(Database &db, const QString &mutationId, qint64 seq, const QString &kind,
                              const QString &entityId, const QString &payload, const QString &code,
                              const QString &message = QStringLiteral("Refused."), const QString &field = {})
{
    auto id = db.insert(
        QStringLiteral("INSERT INTO sync_exceptions (mutation_id, seq, kind, entity_id, payload, "
                       "code, message, field, parked_at) VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), "
                       "'2026-11-27T08:45:00.000Z')"),
        {mutationId, seq, kind, entityId, payload, code, message, field});
    return id ? *id : 0;
}

inline bool insertConflict(Database &db, const QString &uuid, const QString &productUuid,
                           const QString &variantUuid, const QString &field, const QString &kept,
                           const QString &lost, const QString &keptOrigin, const QString &lostOrigin,
                           const QString &rule,
                           const QString &at = QStringLiteral("2026-11-27T08:50:00.000Z"))
{
    return db
        .exec(
            QStringLiteral("INSERT INTO sync_conflicts (uuid, product_uuid, variant_uuid, field, kept, lost, "
                           "kept_origin, lost_origin, rule, base_version, version, at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 3, 4, ?)"),
            {uuid, productUuid, variantUuid, field, kept, lost, keptOrigin, lostOrigin, rule, at})
        .ok();
}

inline qint64 outboxCount(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")).toLongLong();
}

} // namespace comptoir::syncrows
