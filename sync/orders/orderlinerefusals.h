// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>

namespace comptoir {

class Clock;
class Database;

// A line the shop cannot supply, refused alone (a partial order, issue 16), with a reason the
// customer sees. The marketplace releases the line's reservation and, when it was the last line
// still to supply, rejects the order (docs/marketplace-api.md §13).
class OrderLineRefusals
{
public:
    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxByLength = 100;

    OrderLineRefusals(Database &db, const Clock &clock);
    // In one transaction: checks the order is not final and the line exists and is not refused,
    // marks the line refused locally (refused = 1, refusal_reason) and queues an
    // order_line_refusal outbox row {order_id, line_no, reason, by}. Errors: NotFound,
    // OrderLineNotRefusable (subject: line number), ReasonTooLong, DatabaseQueryFailed.
    Status refuseLine(const QString &orderUuid, int lineNo, const QString &reason, const QString &by);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
