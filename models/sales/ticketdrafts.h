// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/eventjournal.h"
#include "models/result.h"
#include "models/sales/saledraft.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class FiscalChain;
class UuidV7Generator;

struct ParkedTicket
{
    qint64 id = 0;
    QString label;
    std::optional<qint64> operatorId;
    QDateTime parkedAt; // UTC
    qint64 totalCents = 0;
    int lineCount = 0;
};

// Tickets in progress that do not become sales: parked (set aside, listed, taken back) or
// cancelled (recorded, with their TicketCancelled event in the technical events journal).
class TicketDrafts
{
public:
    TicketDrafts(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain);

    // Parking: set a ticket in progress aside, list the parked ones, take one back (the parked
    // row is deleted in the same transaction).
    Result<qint64> park(const SaleDraft &draft, const QString &label);
    Result<QList<ParkedTicket>> parked() const;
    Result<SaleDraft> resume(qint64 parkedId);
    // Records a cancelled ticket in progress and its TicketCancelled event (operator, line count,
    // total) in the technical events journal, in one transaction; nothing else changes.
    // Errors: EmptyTicket, DatabaseQueryFailed, CryptoFailed (nothing is stored).
    Status cancel(const SaleDraft &draft);

private:
    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    EventJournal m_events; // cancelled tickets
};

} // namespace comptoir
