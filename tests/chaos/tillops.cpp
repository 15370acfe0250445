// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tillops.h"

#include "chaosoptions.h"

#include "fixtures.h"
#include "models/fiscal/registerkey.h"
#include "models/outbox/outbox.h"
#include "models/sales/ticket.h"
#include "models/sales/ticketreader.h"
#include "models/storage/database.h"
#include "sync/orders/onlineorders.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir::chaos {

TillOps::TillOps(Database &db, quint32 seed, qint64 clockSkewMs)
    : m_db(db),
      m_clock(clockSkewMs),
      m_key(testSigningKey()),
      m_chain(db, m_key, m_clock),
      m_events(db, m_clock, m_uuids, m_chain),
      m_catalogue(db, m_clock, m_uuids, m_events),
      m_ledger(db, m_clock, m_uuids),
      m_journal(db, m_clock, m_uuids, m_ledger, m_chain),
      m_orders(std::make_unique<OnlineOrders>(db, m_clock)),
      m_random(seed)
{ }

TillOps::~TillOps() = default;

Status TillOps::prepare()
{
    if (Status s = m_db.setMeta(QLatin1String(RegisterPublicKeyMeta),
                                QString::fromLatin1(m_key.publicKey().toBase64()));
        !s)
        return s;
    auto op = m_db.query(QStringLiteral("SELECT id FROM operators ORDER BY id LIMIT 1"));
    if (!op)
        return op.error();
    if (op.value().next()) {
        m_operatorId = op.value().value(0).toLongLong();
        return {};
    }
    auto inserted = m_db.insert(QStringLiteral("INSERT INTO operators (name, role, pin_hash, created_at) "
                                               "VALUES ('Chaos', 'cashier', 'x', ?)"),
                                {m_clock.now().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    m_operatorId = inserted.value();
    return {};
}

Result<qint64> TillOps::opsDone() const
{
    auto value = m_db.meta(QLatin1String(OpsDoneMeta));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<qint64> TillOps::variantCount() const
{
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM variants"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<QList<TillOps::Item>> TillOps::items() const
{
    auto rows
        = m_db.query(QStringLiteral("SELECT v.id, v.product_id, v.price_cents, p.vat_rate_bp FROM variants v "
                                    "JOIN products p ON p.id = v.product_id "
                                    "WHERE v.archived = 0 AND p.archived = 0 ORDER BY v.id"));
    if (!rows)
        return rows.error();
    QList<Item> result;
    while (rows.value().next())
        result.append(Item {rows.value().value(0).toLongLong(), rows.value().value(1).toLongLong(),
                            rows.value().value(2).toLongLong(), rows.value().value(3).toInt()});
    return result;
}

Result<TillOps::Kind> TillOps::runOne()
{
    auto available = items();
    if (!available)
        return available.error();
    if (available->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("variants"), QStringLiteral("no variant yet"));
    auto done = opsDone();
    if (!done)
        return done.error();

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const int roll = int(m_random.bounded(100));
    Kind kind = roll < 40 ? Kind::Sale
        : roll < 50       ? Kind::Refund
        : roll < 62       ? Kind::Receipt
        : roll < 72       ? Kind::Adjustment
        : roll < 78       ? Kind::Count
        : roll < 84       ? Kind::ProductEdit
        : roll < 92       ? Kind::OrderTransition
                          : Kind::LineRefusal;
    Status status;
    switch (kind) {
    case Kind::Refund:
        status = refund();
        break;
    case Kind::Receipt:
    case Kind::Adjustment:
        status = receiptOrAdjustment(*available, kind == Kind::Receipt);
        break;
    case Kind::Count:
        status = count(*available);
        break;
    case Kind::ProductEdit:
        status = productEdit(*available);
        break;
    case Kind::LineRefusal: {
        auto refused = refuseLine();
        if (!refused)
            return refused.error();
        if (!*refused)
            kind = Kind::Sale; // no open order: sell instead
        break;
    }
    case Kind::OrderTransition: {
        auto moved = orderTransition();
        if (!moved)
            return moved.error();
        if (!*moved)
            kind = Kind::Sale; // no open order: sell instead
        break;
    }
    case Kind::Sale:
        break;
    }
    if (status && kind == Kind::Sale)
        status = sale(*available);
    if (!status)
        return status.error();
    if (Status s = m_db.setMeta(QLatin1String(OpsDoneMeta), QString::number(*done + 1)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return kind;
}

Status TillOps::sale(const QList<Item> &items)
{
    SaleDraft draft;
    draft.operatorId = m_operatorId;
    const int lineCount = 1 + int(m_random.bounded(3));
    qint64 total = 0;
    for (int i = 0; i < lineCount; ++i) {
        const Item &item = items.at(m_random.bounded(int(items.size())));
        TicketLine line;
        line.variantId = item.variantId;
        line.label = QStringLiteral("Article %1").arg(item.variantId);
        line.quantity = 1 + m_random.bounded(2);
        line.unitPriceCents = item.priceCents;
        line.vatRateBp = item.vatRateBp;
        total += line.quantity * line.unitPriceCents;
        draft.lines.append(line);
    }
    draft.payments = {Payment {PaymentMethod::Cash, total, {}}};
    auto ticket = m_journal.commitSale(draft);
    if (!ticket)
        return ticket.error();
    return {};
}

Status TillOps::refund()
{
    auto sales
        = m_db.query(QStringLiteral("SELECT id FROM tickets WHERE kind = 'sale' ORDER BY id DESC LIMIT 20"));
    if (!sales)
        return sales.error();
    QList<qint64> ids;
    while (sales.value().next())
        ids.append(sales.value().value(0).toLongLong());
    for (int attempt = 0; attempt < 3 && !ids.isEmpty(); ++attempt) {
        const qint64 ticketId = ids.at(m_random.bounded(int(ids.size())));
        auto lines = TicketReader(m_db).refundableLines(ticketId);
        if (!lines)
            return lines.error();
        if (lines->isEmpty())
            continue;
        RefundDraft refund;
        refund.originalTicketId = ticketId;
        refund.operatorId = m_operatorId;
        refund.lines = {RefundLine {lines->first().id, 1}};
        refund.payments = {Payment {PaymentMethod::Cash, 0, {}}};
        auto done = m_journal.commitRefund(refund);
        if (!done)
            return done.error();
        return {};
    }
    auto all = items(); // nothing left to refund: a sale instead
    if (!all)
        return all.error();
    return sale(*all);
}

Status TillOps::receiptOrAdjustment(const QList<Item> &items, bool receipt)
{
    const Item &item = items.at(m_random.bounded(int(items.size())));
    qint64 delta = receipt ? 1 + m_random.bounded(20) : m_random.bounded(6) - 3;
    if (delta == 0)
        delta = -1;
    auto moved = m_ledger.record(item.variantId, delta,
                                 receipt ? MovementReason::Receipt : MovementReason::Adjustment);
    if (!moved)
        return moved.error();
    return {};
}

Status TillOps::count(const QList<Item> &items)
{
    const Item &item = items.at(m_random.bounded(int(items.size())));
    auto onHand = m_ledger.onHand(item.variantId);
    if (!onHand)
        return onHand.error();
    const qint64 counted = qMax<qint64>(0, *onHand + m_random.bounded(5) - 2);
    auto moved = m_ledger.recordCount(item.variantId, counted);
    if (!moved)
        return moved.error();
    return {};
}

Status TillOps::productEdit(const QList<Item> &items)
{
    const Item &item = items.at(m_random.bounded(int(items.size())));
    const QString tag = QStringLiteral("%1").arg(m_random.bounded(100000));
    if (m_random.bounded(2) == 0) {
        auto variant = m_catalogue.variant(item.variantId);
        if (!variant)
            return variant.error();
        VariantFields fields = variant->fields;
        fields.priceCents = 100 + m_random.bounded(5000);
        return m_catalogue.updateVariant(item.variantId, fields);
    }
    auto product = m_catalogue.product(item.productId);
    if (!product)
        return product.error();
    ProductFields fields = product->fields;
    if (m_random.bounded(2) == 0) {
        const qsizetype mark = fields.name.indexOf(QLatin1String(" ~"));
        fields.name = (mark < 0 ? fields.name : fields.name.left(mark)) + QStringLiteral(" ~") + tag;
    } else {
        fields.description = QStringLiteral("Edited in store, ") + tag;
    }
    return m_catalogue.updateProduct(item.productId, fields);
}

// Moves one open online order along, through OnlineOrders as the Commandes page does: accept,
// ready, collected, now and then a rejection. Tills race each other on the same orders, and the
// marketplace cancels some: the losers come back as illegal_transition exceptions.
Result<bool> TillOps::orderTransition()
{
    auto open = m_orders->openOrders();
    if (!open)
        return open.error();
    QList<OnlineOrder> candidates;
    for (const OnlineOrder &order : std::as_const(*open)) {
        if (!OnlineOrders::isFinal(order.currentStatus()))
            candidates.append(order);
    }
    if (candidates.isEmpty())
        return false;
    const OnlineOrder &order = candidates.at(m_random.bounded(int(candidates.size())));
    OrderStatus next = OrderStatus::Rejected;
    if (m_random.bounded(10) != 0) {
        switch (order.currentStatus()) {
        case OrderStatus::Placed:
            next = OrderStatus::Accepted;
            break;
        case OrderStatus::Accepted:
            next = OrderStatus::Ready;
            break;
        default:
            next = OrderStatus::Collected;
            break;
        }
    }
    if (Status s = m_orders->transition(order.uuid, next); !s)
        return s.error();
    return true;
}

Result<bool> TillOps::refuseLine()
{
    auto open = m_orders->openOrders();
    if (!open)
        return open.error();
    struct Candidate
    {
        QString uuid;
        qint64 id = 0;
        int lineNo = 0;
    };
    QList<Candidate> candidates;
    for (const OnlineOrder &order : std::as_const(*open)) {
        if (OnlineOrders::isFinal(order.currentStatus()))
            continue;
        for (const OnlineOrderLine &line : order.lines) {
            if (!line.refused)
                candidates.append({order.uuid, order.id, line.lineNo});
        }
    }
    if (candidates.isEmpty())
        return false;
    const Candidate &chosen = candidates.at(m_random.bounded(int(candidates.size())));
    const QString reason = QStringLiteral("Plus en stock");
    if (Status s = m_db.exec(QStringLiteral("UPDATE online_order_lines SET refused = 1, refusal_reason = ? "
                                            "WHERE order_id = ? AND line_no = ?"),
                             {reason, chosen.id, chosen.lineNo});
        !s)
        return s.error();
    const QJsonObject payload {{QStringLiteral("order_id"), chosen.uuid},
                               {QStringLiteral("line_no"), chosen.lineNo},
                               {QStringLiteral("reason"), reason},
                               {QStringLiteral("by"), QStringLiteral("Chaos")}};
    if (Status s = queueMutation(m_db, m_clock, QStringLiteral("order_line_refusal"), chosen.uuid, payload);
        !s)
        return s.error();
    return true;
}

} // namespace comptoir::chaos
