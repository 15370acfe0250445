// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/ticket.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace comptoir {

class Database;

// What a ticket's canonical form needs beyond the Ticket itself: for a refund, the refunded
// sale's number and, per line, the position of the sold line it gives back (nullopt otherwise).
struct TicketOrigins
{
    std::optional<qint64> originalNumber;
    QList<std::optional<qint64>> originalLinePositions; // one per line, or empty: none
};

// The canonical bytes of a ticket (format in models/fiscal/canonical.h and
// docs/fiscal-format.md): the ONE serialisation of a ticket. The sales journal hashes it at
// commit from the values it has just stored (no re-read); the verifier and the archive use the
// overload below, which reads the stored rows back into a Ticket and serialises them here, so
// the writer and the verifier cannot drift apart. Every value is serialised as SaleJournal
// stores it: a null label, operator name or reference as "", closed_at in UTC with milliseconds.
QByteArray canonicalTicket(const Ticket &ticket, const TicketOrigins &origins);

// The canonical bytes of a stored ticket: TicketReader::storedTicket() and origins(), then the
// serialisation above. Errors: NotFound when the ticket is not stored; JournalBroken (subject
// "ticket 12", detail: what) when its rows hold what the sales journal never writes (an unknown
// kind or payment method, renumbered lines…: a changed record, whatever its hash);
// DatabaseQueryFailed.
Result<QByteArray> canonicalTicket(const Database &db, qint64 ticketId);

} // namespace comptoir
