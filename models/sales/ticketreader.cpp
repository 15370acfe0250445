// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketreader.h"

#include "models/storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <limits>

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

// Exact reads (unlike not null) keep the first way the rows differ from what SaleJournal writes.
void note(QString *unlike, bool differs, const QString &what)
{
    if (unlike && differs && unlike->isEmpty())
        *unlike = what;
}

// SaleJournal fills every column of the row but the `nullable` ones.
void noteNulls(QString *unlike, const QSqlQuery &row, std::initializer_list<int> nullable)
{
    if (!unlike)
        return;
    const QSqlRecord record = row.record();
    for (int column = 0; column < record.count(); ++column) {
        if (row.isNull(column) && std::find(nullable.begin(), nullable.end(), column) == nullable.end())
            note(unlike, true, record.fieldName(column) + QStringLiteral(" is null"));
    }
}

// A rate in basis points: an int, as SaleJournal stores it.
int basisPoints(const QVariant &value, QString *unlike, const char *what)
{
    const qint64 wide = value.toLongLong();
    note(unlike, wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max(),
         QLatin1String(what) + QStringLiteral(" out of range: ") + QString::number(wide));
    return int(wide);
}

// Lines and payments are numbered 1, 2, 3… in the order they are read.
void notePosition(QString *unlike, const QVariant &position, qsizetype index, const char *what)
{
    note(unlike, position.toLongLong() != index + 1,
         QLatin1String(what) + QStringLiteral(" position ") + position.toString() + QStringLiteral(" where ")
             + QString::number(index + 1) + QStringLiteral(" was expected"));
}

} // namespace

TicketReader::TicketReader(const Database &db) : m_db(db) { }

Result<Ticket> TicketReader::ticket(qint64 id) const
{
    return read(id, nullptr);
}

Result<Ticket> TicketReader::storedTicket(qint64 id) const
{
    QString unlike;
    auto ticket = read(id, &unlike);
    if (ticket && !unlike.isEmpty())
        return makeError(ErrorCode::JournalBroken, QStringLiteral("ticket ") + QString::number(id), unlike);
    return ticket;
}

Result<Ticket> TicketReader::read(qint64 id, QString *unlike) const
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
    noteNulls(unlike, row, {0, 1, 4, 7}); // kept as null by the canonical form
    Ticket t;
    t.id = id;
    t.uuid = row.value(0).toString();
    t.registerId = row.value(1).toString();
    t.number = row.value(2).toLongLong();
    const QString kind = row.value(3).toString();
    note(unlike, kind != QLatin1String("sale") && kind != QLatin1String("refund"),
         QStringLiteral("kind ") + kind);
    t.kind = kind == QLatin1String("refund") ? TicketKind::Refund : TicketKind::Sale;
    t.originalTicketId = optionalId(row.value(4));
    t.operatorId = row.value(5).toLongLong();
    t.operatorName = row.value(6).toString();
    t.businessDay = row.value(7).toString();
    const QString closedAt = row.value(8).toString();
    t.closedAt = QDateTime::fromString(closedAt, Qt::ISODateWithMs);
    t.closedAt.setTimeZone(QTimeZone::utc());
    note(unlike, t.closedAt.toUTC().toString(Qt::ISODateWithMs) != closedAt,
         QStringLiteral("closed_at ") + closedAt);
    t.totalCents = row.value(9).toLongLong();
    t.discountCents = row.value(10).toLongLong();
    t.discountPercentBp = basisPoints(row.value(11), unlike, "discount_percent_bp");
    t.tenderedCents = row.value(12).toLongLong();
    t.changeCents = row.value(13).toLongLong();

    auto lines = this->lines(id, unlike);
    if (!lines)
        return lines.error();
    t.lines = *lines;
    if (Status s = payments(t, unlike); !s)
        return s.error();
    if (Status s = vat(t, unlike); !s)
        return s.error();
    return t;
}

Status TicketReader::payments(Ticket &ticket, QString *unlike) const
{
    auto q
        = m_db.query(QStringLiteral("SELECT method, amount_cents, reference, position FROM ticket_payments "
                                    "WHERE ticket_id = ? ORDER BY position"),
                     {ticket.id});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    while (row.next()) {
        noteNulls(unlike, row, {});
        notePosition(unlike, row.value(3), ticket.payments.size(), "payment");
        const QString method = row.value(0).toString();
        const std::optional<PaymentMethod> known = paymentMethodFromKey(method);
        note(unlike, !known, QStringLiteral("payment method ") + method);
        Payment p;
        p.method = known.value_or(PaymentMethod::Cash);
        p.amountCents = row.value(1).toLongLong();
        p.reference = row.value(2).toString();
        ticket.payments.append(p);
    }
    return {};
}

Status TicketReader::vat(Ticket &ticket, QString *unlike) const
{
    auto q = m_db.query(QStringLiteral("SELECT vat_rate_bp, base_cents, vat_cents FROM ticket_vat "
                                       "WHERE ticket_id = ? ORDER BY vat_rate_bp DESC"),
                        {ticket.id});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    while (row.next()) {
        noteNulls(unlike, row, {});
        VatAmount v;
        v.vatRateBp = basisPoints(row.value(0), unlike, "vat_rate_bp");
        v.baseCents = row.value(1).toLongLong();
        v.vatCents = row.value(2).toLongLong();
        ticket.vat.append(v);
    }
    return {};
}

Result<QList<TicketLine>> TicketReader::readLines(qint64 ticketId) const
{
    return lines(ticketId, nullptr);
}

Result<QList<TicketLine>> TicketReader::lines(qint64 ticketId, QString *unlike) const
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT id, variant_id, label, quantity, unit_price_cents, vat_rate_bp, discount_cents, "
            "discount_percent_bp, ticket_discount_cents, total_cents, original_line_id, position "
            "FROM ticket_lines WHERE ticket_id = ? ORDER BY position"),
        {ticketId});
    if (!q)
        return q.error();
    QList<TicketLine> result;
    QSqlQuery &row = q.value();
    while (row.next()) {
        noteNulls(unlike, row, {1, 10});
        notePosition(unlike, row.value(11), result.size(), "line");
        TicketLine l;
        l.id = row.value(0).toLongLong();
        l.variantId = optionalId(row.value(1));
        l.label = row.value(2).toString();
        l.quantity = row.value(3).toLongLong();
        l.unitPriceCents = row.value(4).toLongLong();
        l.vatRateBp = basisPoints(row.value(5), unlike, "vat_rate_bp");
        l.discountCents = row.value(6).toLongLong();
        l.discountPercentBp = basisPoints(row.value(7), unlike, "discount_percent_bp");
        l.ticketDiscountCents = row.value(8).toLongLong();
        l.totalCents = row.value(9).toLongLong();
        l.originalLineId = optionalId(row.value(10));
        result.append(l);
    }
    return result;
}

Result<TicketOrigins> TicketReader::origins(const Ticket &ticket) const
{
    TicketOrigins origins;
    if (ticket.originalTicketId) {
        auto q = m_db.query(QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                            {*ticket.originalTicketId});
        if (!q)
            return q.error();
        if (q.value().next())
            origins.originalNumber = q.value().value(0).toLongLong();
    }
    for (const TicketLine &line : ticket.lines) {
        std::optional<qint64> position;
        if (line.originalLineId) {
            auto q = m_db.query(QStringLiteral("SELECT position FROM ticket_lines WHERE id = ?"),
                                {*line.originalLineId});
            if (!q)
                return q.error();
            if (q.value().next())
                position = q.value().value(0).toLongLong();
        }
        origins.originalLinePositions.append(position);
    }
    return origins;
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
