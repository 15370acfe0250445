#pragma once

#include "models/sales/ticket.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace comptoir {

// What a ticket's canonical form needs beyond the Ticket itself: for a refund, the refunded
// sale's number and, per line, the position of the sold line it gives back (nullopt otherwise).
struct TicketOrigins
{
    std::optional<qint64> originalNumber;
    QList<std::optional<qint64>> originalLinePositions; // one per line, or empty: none
};

// The canonical bytes of a ticket (format in canonical.h and docs/fiscal-format.md) made from
// the values being stored rather than read back from the tables: the sales journal hashes these
// at commit (no re-read), the verifier recomputes canonicalTicket(db, id) from the rows. The two
// are byte-identical once the ticket is stored (tests/models/fiscal/tst_canonicalmemory.cpp): every
// value is serialised as SaleJournal binds it (a null label or reference is stored as "").
QByteArray canonicalTicket(const Ticket &ticket, const TicketOrigins &origins);

} // namespace comptoir
