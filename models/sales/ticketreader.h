#pragma once

#include "models/result.h"
#include "models/sales/ticket.h"

#include <QList>
#include <QString>

#include <optional>

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
    const Database &m_db;
};

} // namespace comptoir
