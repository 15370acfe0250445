// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/canonicalticket.h"
#include "models/sales/ticket.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace comptoir {

class Database;

// Reads validated tickets (sales and refunds) back from the sales journal: a ticket with its
// lines, payments and VAT, a ticket's id from its number or UUID, and what of a sale can still
// be refunded. Holds only the database: cheap to build where it is used.
class TicketReader
{
public:
    explicit TicketReader(const Database &db);

    Result<Ticket> ticket(qint64 id) const;
    // The ticket exactly as its rows hold it, for its canonical form (canonicalticket.h): as
    // ticket(), but rows the sales journal never writes are an error rather than read as the
    // nearest ticket — an unknown kind or payment method, lines or payments not numbered 1, 2,
    // 3…, a closed_at not in its stored form (UTC with milliseconds), a missing value, a rate
    // out of range. Errors: NotFound, JournalBroken (subject "ticket 12", detail: what),
    // DatabaseQueryFailed.
    Result<Ticket> storedTicket(qint64 id) const;
    // What a ticket's canonical form needs beyond the ticket: the refunded sale's number and the
    // positions of the sold lines its lines give back (none for a sale).
    Result<TicketOrigins> origins(const Ticket &ticket) const;
    Result<std::optional<qint64>> findTicket(const QString &registerId, qint64 number) const;
    Result<std::optional<qint64>> findTicketByUuid(const QString &uuid) const;
    // The ticket's lines as stored, in order.
    Result<QList<TicketLine>> readLines(qint64 ticketId) const;
    // How many items of this sold line were given back by refunds so far.
    Result<qint64> refundedQuantity(qint64 originalLineId) const;
    // The sale's lines with quantity = what can still be given back (sold minus refunded);
    // lines fully refunded are left out.
    Result<QList<TicketLine>> refundableLines(qint64 ticketId) const;

private:
    // `unlike` (exact reads only, else null) receives the first way the rows differ from what
    // the sales journal writes.
    Result<Ticket> read(qint64 id, QString *unlike) const;
    Result<QList<TicketLine>> lines(qint64 ticketId, QString *unlike) const;
    Status payments(Ticket &ticket, QString *unlike) const;
    Status vat(Ticket &ticket, QString *unlike) const;

    const Database &m_db;
};

} // namespace comptoir
