// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderbook.h"

#include "marketstore.h"
#include "productstates.h"
#include "stockbook.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>
#include <QUuid>

namespace comptoir::market {

namespace {

bool isLegal(const QString &from, const QString &to)
{
    if (from == QLatin1String("placed"))
        return to == QLatin1String("accepted") || to == QLatin1String("rejected");
    if (from == QLatin1String("accepted"))
        return to == QLatin1String("ready") || to == QLatin1String("rejected");
    if (from == QLatin1String("ready"))
        return to == QLatin1String("collected") || to == QLatin1String("rejected");
    return false;
}

} // namespace

OrderBook::OrderBook(MarketStore &store, StockBook &stock, const ProductStates &products)
    : m_store(store), m_stock(stock), m_products(products)
{ }

Reply OrderBook::place(const QString &shopId, const QJsonObject &request)
{
    const QJsonArray lines = request.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty())
        return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("An order needs lines."),
                          QStringLiteral("lines"));
    const QJsonValue payment = request.value(QStringLiteral("payment"));
    if (!payment.isUndefined() && !payment.isNull() && payment.toString() != QLatin1String("online")
        && payment.toString() != QLatin1String("at_collection"))
        return errorReply(400, QStringLiteral("invalid_field"),
                          QStringLiteral("payment is online or at_collection."), QStringLiteral("payment"));
    QMap<QString, qint64> wanted; // per variant, for the availability check
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString variantId = line.value(QStringLiteral("variant_id")).toString();
        const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger();
        if (quantity <= 0)
            return errorReply(400, QStringLiteral("invalid_field"),
                              QStringLiteral("A quantity must be positive."), QStringLiteral("quantity"));
        if (!m_stock.variantBelongs(variantId, shopId))
            return errorReply(404, QStringLiteral("not_found"), QStringLiteral("This variant is unknown."),
                              QStringLiteral("variant_id"));
        wanted[variantId] += quantity;
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const qint64 avail = m_stock.available(it.key());
        if (avail < it.value())
            return errorReply(
                409, QStringLiteral("insufficient_stock"),
                QStringLiteral("Not enough stock available online for this order."),
                QStringLiteral("quantity"),
                {{QStringLiteral("variant_id"), it.key()}, {QStringLiteral("available"), avail}});
    }
    const QString orderId = MarketStore::newId();
    const QString now = MarketStore::now();
    const QJsonValue customer = request.value(QStringLiteral("customer"));
    const QString customerName
        = customer.isObject() ? customer[QStringLiteral("name")].toString() : customer.toString();
    const QJsonValue phone = customer[QStringLiteral("phone")];
    const qint64 number
        = m_store
              .scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM orders WHERE shop_id = ?"),
                      {shopId})
              .toLongLong();
    m_store.run(
        QStringLiteral("INSERT INTO orders (id, shop_id, number, customer_name, customer_phone, status,"
                       " placed_at, updated_at, payment) VALUES (?, ?, ?, ?, ?, 'placed', ?, ?, ?)"),
        {orderId, shopId, number, customerName, phone.isString() ? QVariant(phone.toString()) : QVariant(),
         now, now, payment.toString(QStringLiteral("online"))});
    addStep(orderId, QStringLiteral("placed"), {});
    int lineNo = 0;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString variantId = line.value(QStringLiteral("variant_id")).toString();
        m_store.run(QStringLiteral(
                        "INSERT INTO order_lines (order_id, line_no, variant_id, quantity, unit_price_cents)"
                        " VALUES (?, ?, ?, ?, ?)"),
                    {orderId, ++lineNo, variantId, line.value(QStringLiteral("quantity")).toInteger(),
                     m_products.variantPrice(variantId)});
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        m_stock.reserve(shopId, it.key(), it.value());
    m_store.touch(shopId, QStringLiteral("order"), orderId);
    Reply reply;
    reply.status = 201;
    reply.body = orderJson(orderId);
    reply.body.insert(QStringLiteral("shop_id"), shopId);
    return reply;
}

Reply OrderBook::transition(const QString &shopId, const QString &deviceId, const QString &orderId,
                            const QString &to, const QString &reason, const QString &by)
{
    if (by.size() > MaxBy)
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("by is at most 100 characters."), QStringLiteral("by"));
    static const QStringList targets = {QStringLiteral("accepted"), QStringLiteral("rejected"),
                                        QStringLiteral("ready"), QStringLiteral("collected")};
    if (!targets.contains(to))
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("to is accepted, rejected, ready or collected."),
                          QStringLiteral("to"));
    if (reason.size() > 500)
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("reason is at most 500 characters."), QStringLiteral("reason"));
    const QVariant from = m_store.scalar(
        QStringLiteral("SELECT status FROM orders WHERE id = ? AND shop_id = ?"), {orderId, shopId});
    if (!from.isValid())
        return errorReply(422, QStringLiteral("order_unknown"), QStringLiteral("This order is unknown."),
                          QStringLiteral("order_id"));
    if (from.toString() == to)
        return Reply {}; // already there (another till moved it): nothing to do
    if (!isLegal(from.toString(), to))
        return errorReply(422, QStringLiteral("illegal_transition"),
                          QStringLiteral("An order cannot go from %1 to %2.").arg(from.toString(), to),
                          QStringLiteral("to"),
                          {{QStringLiteral("from"), from.toString()}, {QStringLiteral("to"), to}});
    if (to == QLatin1String("collected"))
        settleLines(shopId, orderId, deviceId, true);
    else if (to == QLatin1String("rejected"))
        settleLines(shopId, orderId, deviceId, false);
    m_store.run(QStringLiteral("UPDATE orders SET status = ?, reason = ?, updated_at = ? WHERE id = ?"),
                {to, reason.isEmpty() ? QVariant() : QVariant(reason), MarketStore::now(), orderId});
    addStep(orderId, to, stepBy(deviceId, by));
    m_store.touch(shopId, QStringLiteral("order"), orderId);
    return Reply {};
}

Reply OrderBook::refuseLine(const QString &shopId, const QString &deviceId, const QString &orderId,
                            qint64 lineNo, const QString &reason, const QString &by)
{
    if (reason.size() > MaxReason)
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("reason is at most 500 characters."), QStringLiteral("reason"));
    if (by.size() > MaxBy)
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("by is at most 100 characters."), QStringLiteral("by"));
    const QVariant from = m_store.scalar(
        QStringLiteral("SELECT status FROM orders WHERE id = ? AND shop_id = ?"), {orderId, shopId});
    if (!from.isValid())
        return errorReply(422, QStringLiteral("order_unknown"), QStringLiteral("This order is unknown."),
                          QStringLiteral("order_id"));
    QSqlQuery line = m_store.run(
        QStringLiteral(
            "SELECT variant_id, quantity, refused FROM order_lines WHERE order_id = ? AND line_no = ?"),
        {orderId, lineNo});
    if (!line.next())
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("This order has no such line."), QStringLiteral("line_no"));
    const QString variantId = line.value(0).toString();
    const qint64 quantity = line.value(1).toLongLong();
    if (line.value(2).toBool())
        return Reply {}; // already refused (by another till): applied with no effect
    static const QStringList open
        = {QStringLiteral("placed"), QStringLiteral("accepted"), QStringLiteral("ready")};
    if (!open.contains(from.toString()))
        return errorReply(422, QStringLiteral("illegal_transition"),
                          QStringLiteral("A line of a %1 order cannot be refused.").arg(from.toString()),
                          QStringLiteral("order_id"), {{QStringLiteral("from"), from.toString()}});
    m_stock.release(shopId, variantId, quantity);
    m_store.run(QStringLiteral("UPDATE order_lines SET refused = 1, refusal_reason = ? WHERE order_id = ?"
                               " AND line_no = ?"),
                {reason.isNull() ? QStringLiteral("") : reason, orderId, lineNo});
    const bool anyLeft
        = m_store
              .scalar(QStringLiteral("SELECT 1 FROM order_lines WHERE order_id = ? AND refused = 0 LIMIT 1"),
                      {orderId})
              .isValid();
    if (!anyLeft) {
        // Nothing left to supply: the order is rejected with the last line's reason.
        m_store.run(QStringLiteral("UPDATE orders SET status = 'rejected', reason = ? WHERE id = ?"),
                    {reason.isEmpty() ? QVariant() : QVariant(reason), orderId});
        addStep(orderId, QStringLiteral("rejected"), stepBy(deviceId, by));
    }
    m_store.run(QStringLiteral("UPDATE orders SET updated_at = ? WHERE id = ?"),
                {MarketStore::now(), orderId});
    m_store.touch(shopId, QStringLiteral("order"), orderId);
    return Reply {};
}

void OrderBook::addStep(const QString &orderId, const QString &status, const QString &by)
{
    const qint64 stepNo = m_store
                              .scalar(QStringLiteral("SELECT COALESCE(MAX(step_no), 0) + 1 FROM order_steps"
                                                     " WHERE order_id = ?"),
                                      {orderId})
                              .toLongLong();
    m_store.run(QStringLiteral("INSERT INTO order_steps (order_id, step_no, status, at, by_whom)"
                               " VALUES (?, ?, ?, ?, ?)"),
                {orderId, stepNo, status, MarketStore::now(), by.isNull() ? QStringLiteral("") : by});
    m_store.run(QStringLiteral("DELETE FROM order_steps WHERE order_id = ? AND step_no <= ?"),
                {orderId, stepNo - MaxSteps});
}

QString OrderBook::stepBy(const QString &deviceId, const QString &by) const
{
    if (deviceId.isEmpty())
        return {};
    const QString device
        = m_store.scalar(QStringLiteral("SELECT name FROM devices WHERE id = ?"), {deviceId}).toString();
    return (by.isEmpty() ? device : device + QStringLiteral(" · ") + by).left(MaxBy);
}

Reply OrderBook::cancel(const QString &shopId, const QString &orderId, const QString &reason)
{
    const QVariant from = m_store.scalar(
        QStringLiteral("SELECT status FROM orders WHERE id = ? AND shop_id = ?"), {orderId, shopId});
    if (!from.isValid())
        return errorReply(404, QStringLiteral("not_found"), QStringLiteral("This order is unknown."));
    static const QStringList open
        = {QStringLiteral("placed"), QStringLiteral("accepted"), QStringLiteral("ready")};
    if (!open.contains(from.toString()))
        return errorReply(409, QStringLiteral("illegal_transition"),
                          QStringLiteral("Only a placed, accepted or ready order can be cancelled."));
    settleLines(shopId, orderId, {}, false);
    m_store.run(
        QStringLiteral("UPDATE orders SET status = 'cancelled', reason = ?, updated_at = ? WHERE id = ?"),
        {reason.isEmpty() ? QVariant() : QVariant(reason), MarketStore::now(), orderId});
    addStep(orderId, QStringLiteral("cancelled"), {});
    m_store.touch(shopId, QStringLiteral("order"), orderId);
    Reply reply;
    reply.body = orderJson(orderId);
    reply.body.insert(QStringLiteral("shop_id"), shopId);
    return reply;
}

void OrderBook::settleLines(const QString &shopId, const QString &orderId, const QString &deviceId,
                            bool commit)
{
    // A refused line's reservation was released when it was refused.
    QSqlQuery q = m_store.run(QStringLiteral("SELECT line_no, variant_id, quantity FROM order_lines"
                                             " WHERE order_id = ? AND refused = 0 ORDER BY line_no"),
                              {orderId});
    struct Line
    {
        int lineNo;
        QString variantId;
        qint64 quantity;
    };
    QList<Line> lines;
    while (q.next())
        lines.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()});
    for (const Line &line : lines) {
        m_stock.release(shopId, line.variantId, line.quantity);
        if (!commit)
            continue;
        MovementInput movement;
        // One movement per line, its id derived from the order: committing twice is impossible.
        movement.id = QUuid::createUuidV5(QUuid::fromString(orderId), QString::number(line.lineNo))
                          .toString(QUuid::WithoutBraces);
        movement.shopId = shopId;
        movement.variantId = line.variantId;
        movement.deviceId = deviceId;
        movement.orderId = orderId;
        movement.reason = QStringLiteral("online_commit");
        movement.delta = -line.quantity;
        movement.occurredAt = MarketStore::now();
        m_stock.apply(movement);
    }
}

QJsonObject OrderBook::orderJson(const QString &orderId) const
{
    QSqlQuery q = m_store.run(
        QStringLiteral("SELECT number, customer_name, customer_phone, status, reason, placed_at,"
                       " updated_at, payment FROM orders WHERE id = ?"),
        {orderId});
    if (!q.next())
        return {};
    const auto nullable = [](const QVariant &v) {
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    };
    QJsonArray lines;
    qint64 total = 0;
    QSqlQuery l
        = m_store.run(QStringLiteral("SELECT line_no, variant_id, quantity, unit_price_cents, refused,"
                                     " refusal_reason FROM order_lines WHERE order_id = ? ORDER BY line_no"),
                      {orderId});
    while (l.next()) {
        const bool refused = l.value(4).toBool();
        if (!refused)
            total += l.value(2).toLongLong() * l.value(3).toLongLong(); // refused lines are not paid
        QJsonObject line {{QStringLiteral("line_no"), l.value(0).toInt()},
                          {QStringLiteral("variant_id"), l.value(1).toString()},
                          {QStringLiteral("quantity"), l.value(2).toLongLong()},
                          {QStringLiteral("unit_price_cents"), l.value(3).toLongLong()}};
        if (refused) {
            line.insert(QStringLiteral("refused"), true);
            line.insert(QStringLiteral("refusal_reason"), l.value(5).toString());
        }
        lines.append(line);
    }
    QJsonArray steps;
    QSqlQuery st = m_store.run(
        QStringLiteral("SELECT status, at, by_whom FROM order_steps WHERE order_id = ? ORDER BY step_no"),
        {orderId});
    while (st.next())
        steps.append(QJsonObject {{QStringLiteral("status"), st.value(0).toString()},
                                  {QStringLiteral("at"), st.value(1).toString()},
                                  {QStringLiteral("by"), st.value(2).toString()}});
    return {{QStringLiteral("order_id"), orderId},
            {QStringLiteral("number"), q.value(0).toLongLong()},
            {QStringLiteral("status"), q.value(3).toString()},
            {QStringLiteral("reason"), nullable(q.value(4))},
            {QStringLiteral("customer"),
             QJsonObject {{QStringLiteral("name"), q.value(1).toString()},
                          {QStringLiteral("phone"), nullable(q.value(2))}}},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("total_cents"), total},
            {QStringLiteral("placed_at"), q.value(5).toString()},
            {QStringLiteral("updated_at"), q.value(6).toString()},
            {QStringLiteral("payment"), q.value(7).toString()},
            {QStringLiteral("steps"), steps}};
}

} // namespace comptoir::market
