// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>
#include <QStringList>

namespace comptoir {

class Clock;
class Database;

// What a person at this till has seen of the online orders (issue 16, local columns of
// online_orders): acknowledged_at, set the first time the order is listed on the Commandes page
// while the window is in front (the new-order alert rings until every placed order has one), and
// deadline_alerted, the step whose "deadline near" alert already rang (it rings once per step).
class OrderAcknowledgements
{
public:
    OrderAcknowledgements(Database &db, const Clock &clock);

    // The orders still placed here (no step queued yet) that nobody has seen, oldest first (uuids).
    // Errors: DatabaseQueryFailed.
    Result<QStringList> unacknowledged() const;
    // Sets acknowledged_at (now) on those of the orders that have none; returns how many changed.
    Result<int> acknowledge(const QStringList &orderUuids);

    // Records that the deadline alert of the order's step `statusKey` rang. Returns true when it
    // had not rung for that step yet (the caller rings), false when it already had.
    Result<bool> markDeadlineAlerted(const QString &orderUuid, const QString &statusKey);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
