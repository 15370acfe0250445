// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/event.h"
#include "models/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class FiscalChain;
class UuidV7Generator;

// The technical events journal (issue 4, DESIGN.md §4): start, stop, logins, failed logins,
// cancelled tickets, VAT rate changes, closures, exports, archives, restores, clock moved back
// or jumped, sync errors… Each event is stored once (table events, write-once by triggers) and
// appended to the register's fiscal chain in the same transaction: an event is never stored
// without its signed link.
class EventJournal
{
public:
    EventJournal(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain);

    // Records an event now and returns its id. detail must hold no personal data and no secret
    // (see Event::detail). Errors: DatabaseQueryFailed, CryptoFailed (nothing is stored).
    Result<qint64> record(EventKind kind, std::optional<qint64> operatorId = {},
                          const QJsonObject &detail = {});

    // The latest events of this database, newest first (at most limit).
    Result<QList<Event>> recent(int limit) const;
    // One stored event. Errors: NotFound.
    Result<Event> event(qint64 id) const;

private:
    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    FiscalChain &m_chain;
};

} // namespace comptoir
