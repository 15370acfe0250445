// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushprocessor.h"

#include "enrollment.h"
#include "marketstore.h"
#include "orderbook.h"
#include "productbook.h"
#include "stockbook.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace comptoir::market {

namespace {

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

PushProcessor::PushProcessor(MarketStore &store, StockBook &stock, OrderBook &orders, ProductBook &products)
    : m_store(store), m_stock(stock), m_orders(orders), m_products(products)
{ }

Reply PushProcessor::push(const DeviceIdentity &device, const QJsonObject &request)
{
    if (request.value(QStringLiteral("shop_id")).toString() != device.shopId)
        return errorReply(403, QStringLiteral("shop_mismatch"),
                          QStringLiteral("This push is not for your shop."), QStringLiteral("shop_id"));
    if (request.value(QStringLiteral("device_id")).toString() != device.deviceId)
        return errorReply(403, QStringLiteral("shop_mismatch"),
                          QStringLiteral("This push is not from the device the token belongs to."),
                          QStringLiteral("device_id"));
    const QJsonArray list = request.value(QStringLiteral("mutations")).toArray();
    if (list.isEmpty() || list.size() > MaxMutations)
        return errorReply(400, QStringLiteral("invalid_field"),
                          QStringLiteral("A push carries 1 to %1 mutations.").arg(MaxMutations),
                          QStringLiteral("mutations"));
    QList<QJsonObject> mutations;
    for (const QJsonValue &value : list) {
        const QJsonObject mutation = value.toObject();
        const bool contiguous = mutations.isEmpty()
            || mutation.value(QStringLiteral("seq")).toInteger()
                == mutations.last().value(QStringLiteral("seq")).toInteger() + 1;
        if (QUuid::fromString(mutation.value(QStringLiteral("id")).toString()).isNull()
            || !isInteger(mutation.value(QStringLiteral("seq")))
            || mutation.value(QStringLiteral("seq")).toInteger() < 1
            || !mutation.value(QStringLiteral("kind")).isString() || !contiguous)
            return errorReply(
                400, QStringLiteral("invalid_field"),
                QStringLiteral("Mutations need a UUID id, a kind, and contiguous ascending seqs from 1."),
                QStringLiteral("mutations"));
        mutations.append(mutation);
    }

    qint64 last = m_store
                      .scalar(QStringLiteral("SELECT last_applied_seq FROM devices WHERE id = ?"),
                              {device.deviceId}, 0)
                      .toLongLong();
    const qint64 first = mutations.first().value(QStringLiteral("seq")).toInteger();
    if (first > last + 1)
        return errorReply(409, QStringLiteral("seq_gap"),
                          QStringLiteral("Expected seq %1, got %2.").arg(last + 1).arg(first),
                          QStringLiteral("seq"), {{QStringLiteral("expected_seq"), last + 1}});
    QJsonArray results;
    for (const QJsonObject &mutation : std::as_const(mutations)) {
        const QString id = mutation.value(QStringLiteral("id")).toString().toLower();
        const qint64 seq = mutation.value(QStringLiteral("seq")).toInteger();
        QJsonObject result {{QStringLiteral("id"), id}, {QStringLiteral("seq"), seq}};
        const auto seqConflict = [&] {
            return errorReply(409, QStringLiteral("seq_conflict"),
                              QStringLiteral("Seq %1 or mutation %2 was already used for another mutation.")
                                  .arg(seq)
                                  .arg(id),
                              QStringLiteral("seq"),
                              {{QStringLiteral("seq"), seq}, {QStringLiteral("mutation_id"), id}});
        };
        if (seq <= last) {
            QSqlQuery stored
                = m_store.run(QStringLiteral("SELECT id, status, code, message, field FROM mutations"
                                             " WHERE device_id = ? AND seq = ?"),
                              {device.deviceId, seq});
            if (!stored.next() || stored.value(0).toString() != id)
                return seqConflict();
            // The stored outcome is repeated, so a rejection whose answer was lost is not lost.
            result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            result.insert(QStringLiteral("original_status"), stored.value(1).toString());
            for (int column = 2; column <= 4; ++column) {
                if (!stored.value(column).toString().isEmpty())
                    result.insert(QString::fromLatin1(column == 2       ? "code"
                                                          : column == 3 ? "message"
                                                                        : "field"),
                                  stored.value(column).toString());
            }
            results.append(result);
            continue;
        }
        if (m_store.scalar(QStringLiteral("SELECT 1 FROM mutations WHERE id = ?"), {id}).isValid())
            return seqConflict();

        m_store.run(QStringLiteral("SAVEPOINT mutation"));
        const Reply outcome = apply(device, mutation);
        QString status = QStringLiteral("applied");
        if (!outcome.ok()) {
            m_store.run(QStringLiteral("ROLLBACK TO mutation"));
            status = QStringLiteral("rejected");
            const QJsonObject error = outcome.body.value(QStringLiteral("error")).toObject();
            for (const char *key : {"code", "message", "field"}) {
                if (error.contains(QLatin1String(key)))
                    result.insert(QLatin1String(key), error.value(QLatin1String(key)));
            }
            // An invalid member is named by its path in the mutation (docs §14.2).
            if (error.value(QStringLiteral("code")).toString() == QLatin1String("invalid_field")
                && error.contains(QStringLiteral("field")))
                result.insert(
                    QStringLiteral("field"),
                    QString(QStringLiteral("payload.") + error.value(QStringLiteral("field")).toString()));
        }
        m_store.run(QStringLiteral("RELEASE mutation"));
        if (outcome.status == 208) { // this very movement or ticket was already applied
            result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            result.insert(QStringLiteral("original_status"), QStringLiteral("applied"));
        } else {
            result.insert(QStringLiteral("status"), status);
        }
        if (outcome.ok()) {
            for (const char *key : {"version", "conflicts"}) {
                if (outcome.body.contains(QLatin1String(key)))
                    result.insert(QLatin1String(key), outcome.body.value(QLatin1String(key)));
            }
        }
        m_store.run(
            QStringLiteral("INSERT INTO mutations (id, device_id, seq, kind, status, code, message, field,"
                           " occurred_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, device.deviceId, seq, mutation.value(QStringLiteral("kind")).toString(), status,
             result.value(QStringLiteral("code")).toString(),
             result.value(QStringLiteral("message")).toString(),
             result.value(QStringLiteral("field")).toString(),
             mutation.value(QStringLiteral("occurred_at")).toString(), MarketStore::now()});
        last = seq;
        results.append(result);
    }
    m_store.run(QStringLiteral("UPDATE devices SET last_applied_seq = ? WHERE id = ?"),
                {last, device.deviceId});

    Reply reply;
    reply.body = {{QStringLiteral("shop_id"), device.shopId},
                  {QStringLiteral("device_id"), device.deviceId},
                  {QStringLiteral("last_applied_seq"), last},
                  {QStringLiteral("results"), results},
                  {QStringLiteral("server_cursor"), m_store.feedHead()}};
    return reply;
}

Reply PushProcessor::apply(const DeviceIdentity &device, const QJsonObject &mutation)
{
    const QString kind = mutation.value(QStringLiteral("kind")).toString();
    const QJsonObject payload = mutation.value(QStringLiteral("payload")).toObject();
    const QString mutationId = mutation.value(QStringLiteral("id")).toString().toLower();
    if (kind == QLatin1String("stock_movement")) {
        MovementInput movement;
        movement.id = payload.value(QStringLiteral("movement_id")).toString().toLower();
        movement.shopId = device.shopId;
        movement.variantId = payload.value(QStringLiteral("variant_id")).toString().toLower();
        movement.deviceId = device.deviceId;
        movement.mutationId = mutationId;
        movement.reason = payload.value(QStringLiteral("reason")).toString();
        const bool count = movement.reason == QLatin1String("count");
        static const QStringList reasons
            = {QStringLiteral("sale"), QStringLiteral("return"), QStringLiteral("receipt"),
               QStringLiteral("adjustment"), QStringLiteral("count")};
        const auto invalid = [](const QString &field, const QString &message) {
            return errorReply(422, QStringLiteral("invalid_field"), message, field);
        };
        if (QUuid::fromString(movement.id).isNull())
            return invalid(QStringLiteral("movement_id"), QStringLiteral("movement_id must be a UUID."));
        if (!reasons.contains(movement.reason))
            return invalid(QStringLiteral("reason"),
                           QStringLiteral("reason is sale, return, receipt, adjustment or count."));
        if (!(isInteger(payload.value(QStringLiteral("delta")))
              || (count && !payload.contains(QStringLiteral("delta")))))
            return invalid(QStringLiteral("delta"), QStringLiteral("delta must be an integer."));
        movement.delta = payload.value(QStringLiteral("delta")).toInteger();
        const QJsonValue counted = payload.value(QStringLiteral("counted_quantity"));
        const QJsonValue baseCursor = payload.value(QStringLiteral("base_cursor"));
        if (count) {
            if (!isInteger(counted) || counted.toInteger() < 0)
                return invalid(QStringLiteral("counted_quantity"),
                               QStringLiteral("A count needs counted_quantity ≥ 0."));
            if (!isInteger(baseCursor) || baseCursor.toInteger() < 0)
                return invalid(QStringLiteral("base_cursor"),
                               QStringLiteral("A count needs base_cursor ≥ 0."));
            movement.countedQuantity = counted.toInteger();
            movement.baseCursor = baseCursor.toInteger();
        } else if (!counted.isUndefined() || !baseCursor.isUndefined()) {
            return invalid(counted.isUndefined() ? QStringLiteral("base_cursor")
                                                 : QStringLiteral("counted_quantity"),
                           QStringLiteral("counted_quantity and base_cursor are for counts only."));
        }
        movement.occurredAt = payload.value(QStringLiteral("occurred_at"))
                                  .toString(mutation.value(QStringLiteral("occurred_at")).toString());
        return m_stock.apply(movement);
    }
    if (kind == QLatin1String("product_upsert"))
        return m_products.upsert(device.shopId, device.deviceId, mutationId, payload);
    if (kind == QLatin1String("product_archive"))
        return m_products.archive(device.shopId,
                                  payload.value(QStringLiteral("product_id")).toString().toLower());
    if (kind == QLatin1String("photo_link"))
        return m_products.linkPhotos(device.shopId, device.deviceId, mutationId, payload);
    if (kind == QLatin1String("order_transition"))
        return m_orders.transition(device.shopId, device.deviceId,
                                   payload.value(QStringLiteral("order_id")).toString().toLower(),
                                   payload.value(QStringLiteral("to")).toString(),
                                   payload.value(QStringLiteral("reason")).toString(),
                                   payload.value(QStringLiteral("by")).toString());
    if (kind == QLatin1String("order_line_refusal")) {
        const QJsonValue lineNo = payload.value(QStringLiteral("line_no"));
        if (!isInteger(lineNo) || lineNo.toInteger() < 1)
            return errorReply(422, QStringLiteral("invalid_field"),
                              QStringLiteral("line_no is an integer ≥ 1."), QStringLiteral("line_no"));
        return m_orders.refuseLine(device.shopId, device.deviceId,
                                   payload.value(QStringLiteral("order_id")).toString().toLower(),
                                   lineNo.toInteger(), payload.value(QStringLiteral("reason")).toString(),
                                   payload.value(QStringLiteral("by")).toString());
    }
    if (kind == QLatin1String("oversell_handling"))
        return m_stock.handleOversell(
            device.shopId, payload.value(QStringLiteral("case_id")).toString().toLower(),
            payload.value(QStringLiteral("action")).toString(),
            payload.value(QStringLiteral("note")).toString(), payload.value(QStringLiteral("by")).toString());
    if (kind == QLatin1String("ticket_summary")) {
        const QString ticketId = payload.value(QStringLiteral("ticket_id")).toString().toLower();
        if (QUuid::fromString(ticketId).isNull() || !isInteger(payload.value(QStringLiteral("total_cents"))))
            return errorReply(422, QStringLiteral("invalid_field"),
                              QStringLiteral("A ticket summary needs a ticket_id and total_cents."),
                              QStringLiteral("ticket_id"));
        if (m_store.scalar(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"), {ticketId}).isValid()) {
            Reply already;
            already.status = 208;
            return already;
        }
        m_store.run(QStringLiteral("INSERT INTO tickets (id, shop_id, device_id, number, total_cents,"
                                   " occurred_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {ticketId, device.shopId, device.deviceId,
                     payload.value(QStringLiteral("number")).toVariant(),
                     payload.value(QStringLiteral("total_cents")).toInteger(),
                     payload.value(QStringLiteral("occurred_at")).toString()});
        return Reply {};
    }
    return errorReply(422, QStringLiteral("unsupported_kind"),
                      QStringLiteral("Unknown mutation kind %1.").arg(kind), QStringLiteral("kind"));
}

} // namespace comptoir::market
