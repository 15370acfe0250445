// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/ordercollection.h"

#include "models/sales/ticket.h"
#include "models/storage/database.h"
#include "sync/logging.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace comptoir {

namespace {

// Lower case, without accents: "Élodie" and "elodie" match.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QString digits(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace

std::optional<qint64> parseOrderCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^CMD-([0-9]{1,15})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = code.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 number = match.captured(1).toLongLong();
    if (number <= 0)
        return std::nullopt;
    return number;
}

OrderCollection::OrderCollection(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_orders(db, clock)
{ }

bool OrderCollection::isCollectable(const OnlineOrder &order)
{
    if (OnlineOrders::isFinal(order.status))
        return false;
    const OrderStatus current = order.currentStatus();
    return current == OrderStatus::Ready || current == OrderStatus::Accepted;
}

bool OrderCollection::isMarkedReady(const OnlineOrder &order)
{
    return order.currentStatus() == OrderStatus::Ready;
}

Result<QList<OnlineOrder>> OrderCollection::search(const QString &text) const
{
    auto open = m_orders.openOrders();
    if (!open)
        return open.error();
    const QString typed = text.trimmed();
    std::optional<qint64> number = parseOrderCode(typed);
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]{1,15}$"));
    if (!number && allDigits.match(typed).hasMatch())
        number = typed.toLongLong();
    const QString name = folded(typed);
    const QString phone = digits(typed);
    QList<OnlineOrder> found;
    for (const OnlineOrder &order : std::as_const(*open)) {
        if (!isCollectable(order))
            continue;
        bool matches = typed.isEmpty();
        if (number && order.number == *number)
            matches = true;
        if (!parseOrderCode(typed)) {
            if (!name.isEmpty() && folded(order.customerName).contains(name))
                matches = true;
            if (phone.size() >= 4 && digits(order.customerPhone).contains(phone))
                matches = true;
        }
        if (matches)
            found << order;
    }
    return found;
}

Result<OrderPayment> OrderCollection::paymentOf(const QString &orderUuid) const
{
    auto q = m_db.query(QStringLiteral("SELECT payment FROM online_orders WHERE uuid = ?"), {orderUuid});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, orderUuid);
    const auto payment = orderPaymentFromKey(q.value().value(0).toString());
    if (!payment)
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("unknown payment"));
    return *payment;
}

Status OrderCollection::moveToCollected(const OnlineOrder &order, const QString &by)
{
    if (order.currentStatus() == OrderStatus::Collected)
        return {}; // already collected (a second scan, another till): no effect, as §13's same step
    if (!isCollectable(order))
        return makeError(ErrorCode::IllegalOrderTransition, orderStatusKey(order.currentStatus()));
    const QString who = by.left(MaxByLength);
    if (!isMarkedReady(order)) {
        if (Status s = m_orders.transition(order.uuid, OrderStatus::Ready, {}, who); !s)
            return s;
    }
    return m_orders.transition(order.uuid, OrderStatus::Collected, {}, who);
}

Status OrderCollection::collectPaidOnline(const QString &orderUuid, const QString &by)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto payment = paymentOf(orderUuid);
    if (!payment)
        return payment.error();
    if (*payment != OrderPayment::Online)
        return makeError(ErrorCode::IllegalOrderTransition, orderPaymentKey(*payment));
    auto order = m_orders.find(orderUuid);
    if (!order)
        return order.error();
    if (Status s = moveToCollected(*order, by); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "order" << order->number << "collected (paid online)";
    return {};
}

Result<LinkedOrder> OrderCollection::saleOf(const QString &orderUuid) const
{
    auto order = m_orders.find(orderUuid);
    if (!order)
        return order.error();
    if (!isCollectable(*order))
        return makeError(ErrorCode::IllegalOrderTransition, orderStatusKey(order->currentStatus()));
    // The lines refused alone (a partial order) are read here, whoever fills OnlineOrderLine.
    auto q = m_db.query(
        QStringLiteral("SELECT line_no FROM online_order_lines WHERE order_id = ? AND refused = 1"),
        {order->id});
    if (!q)
        return q.error();
    QSet<int> refused;
    while (q.value().next())
        refused.insert(q.value().value(0).toInt());
    LinkedOrder sale;
    sale.uuid = order->uuid;
    sale.number = order->number;
    for (const OnlineOrderLine &line : std::as_const(order->lines)) {
        if (line.refused || refused.contains(line.lineNo))
            continue;
        if (!line.variantId)
            return makeError(ErrorCode::NotFound, line.variantUuid, QStringLiteral("variant"));
        sale.lines << LinkedOrderLine {*line.variantId, line.quantity, line.unitPriceCents};
    }
    if (sale.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    return sale;
}

Status OrderCollection::linkedSaleStored(const Ticket &ticket, const LinkedOrder &linked)
{
    auto order = m_orders.find(linked.uuid);
    if (!order)
        return order.error();
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO order_tickets (order_id, ticket_id) VALUES (?, ?)"),
                             {order->id, ticket.id});
        !s)
        return s;
    if (Status s = moveToCollected(*order, ticket.operatorName); !s)
        return s;
    qCInfo(lcSync) << "order" << order->number << "collected with ticket" << ticket.number;
    return {};
}

} // namespace comptoir
