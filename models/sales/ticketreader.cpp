#include "models/sales/ticketreader.h"

#include "models/storage/database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir {

namespace {

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Result<std::optional<qint64>> firstId(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

} // namespace

TicketReader::TicketReader(const Database &db) : m_db(db) { }

Result<Ticket> TicketReader::ticket(qint64 id) const
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT uuid, register_id, number, kind, original_ticket_id, operator_id, operator_name, "
            "business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
            "tendered_cents, change_cents FROM tickets WHERE id = ?"),
        {id});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return makeError(ErrorCode::NotFound, {}, QStringLiteral("ticket ") + QString::number(id));
    Ticket t;
    t.id = id;
    t.uuid = row.value(0).toString();
    t.registerId = row.value(1).toString();
    t.number = row.value(2).toLongLong();
    t.kind = row.value(3).toString() == QLatin1String("refund") ? TicketKind::Refund : TicketKind::Sale;
    t.originalTicketId = optionalId(row.value(4));
    t.operatorId = row.value(5).toLongLong();
    t.operatorName = row.value(6).toString();
    t.businessDay = row.value(7).toString();
    t.closedAt = QDateTime::fromString(row.value(8).toString(), Qt::ISODateWithMs);
    t.closedAt.setTimeZone(QTimeZone::utc());
    t.totalCents = row.value(9).toLongLong();
    t.discountCents = row.value(10).toLongLong();
    t.discountPercentBp = row.value(11).toInt();
    t.tenderedCents = row.value(12).toLongLong();
    t.changeCents = row.value(13).toLongLong();

    auto lines = readLines(id);
    if (!lines)
        return lines.error();
    t.lines = *lines;

    auto payments = m_db.query(QStringLiteral("SELECT method, amount_cents, reference FROM ticket_payments "
                                              "WHERE ticket_id = ? ORDER BY position"),
                               {id});
    if (!payments)
        return payments.error();
    while (payments.value().next()) {
        Payment p;
        p.method = paymentMethodFromKey(payments.value().value(0).toString()).value_or(PaymentMethod::Cash);
        p.amountCents = payments.value().value(1).toLongLong();
        p.reference = payments.value().value(2).toString();
        t.payments.append(p);
    }

    auto vat = m_db.query(QStringLiteral("SELECT vat_rate_bp, base_cents, vat_cents FROM ticket_vat "
                                         "WHERE ticket_id = ? ORDER BY vat_rate_bp DESC"),
                          {id});
    if (!vat)
        return vat.error();
    while (vat.value().next()) {
        VatAmount v;
        v.vatRateBp = vat.value().value(0).toInt();
        v.baseCents = vat.value().value(1).toLongLong();
        v.vatCents = vat.value().value(2).toLongLong();
        t.vat.append(v);
    }
    return t;
}

Result<QList<TicketLine>> TicketReader::readLines(qint64 ticketId) const
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT id, variant_id, label, quantity, unit_price_cents, vat_rate_bp, discount_cents, "
            "discount_percent_bp, ticket_discount_cents, total_cents, original_line_id "
            "FROM ticket_lines WHERE ticket_id = ? ORDER BY position"),
        {ticketId});
    if (!q)
        return q.error();
    QList<TicketLine> lines;
    QSqlQuery &row = q.value();
    while (row.next()) {
        TicketLine l;
        l.id = row.value(0).toLongLong();
        l.variantId = optionalId(row.value(1));
        l.label = row.value(2).toString();
        l.quantity = row.value(3).toLongLong();
        l.unitPriceCents = row.value(4).toLongLong();
        l.vatRateBp = row.value(5).toInt();
        l.discountCents = row.value(6).toLongLong();
        l.discountPercentBp = row.value(7).toInt();
        l.ticketDiscountCents = row.value(8).toLongLong();
        l.totalCents = row.value(9).toLongLong();
        l.originalLineId = optionalId(row.value(10));
        lines.append(l);
    }
    return lines;
}

Result<std::optional<qint64>> TicketReader::findTicket(const QString &registerId, qint64 number) const
{
    return firstId(m_db.query(QStringLiteral("SELECT id FROM tickets WHERE register_id = ? AND number = ?"),
                              {registerId, number}));
}

Result<std::optional<qint64>> TicketReader::findTicketByUuid(const QString &uuid) const
{
    return firstId(m_db.query(QStringLiteral("SELECT id FROM tickets WHERE uuid = ?"), {uuid}));
}

Result<qint64> TicketReader::refundedQuantity(qint64 originalLineId) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT coalesce(-sum(quantity), 0) FROM ticket_lines WHERE original_line_id = ?"),
        {originalLineId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("no refunded quantity"));
    return q.value().value(0).toLongLong();
}

Result<QList<TicketLine>> TicketReader::refundableLines(qint64 ticketId) const
{
    auto lines = readLines(ticketId);
    if (!lines)
        return lines.error();
    QList<TicketLine> result;
    for (TicketLine line : std::as_const(*lines)) {
        if (line.quantity <= 0)
            continue;
        auto refunded = refundedQuantity(line.id);
        if (!refunded)
            return refunded.error();
        line.quantity -= *refunded;
        if (line.quantity > 0)
            result.append(line);
    }
    return result;
}

} // namespace comptoir
