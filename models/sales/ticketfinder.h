// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

// A validated ticket as listed when looking for one (the returns screen).
struct TicketSummary
{
    qint64 id = 0;
    qint64 number = 0;
    TicketKind kind = TicketKind::Sale;
    QString businessDay; // YYYY-MM-DD
    QDateTime closedAt; // UTC
    QString operatorName;
    qint64 totalCents = 0;
    int lineCount = 0;
};

// What to look for; unset fields do not filter. Only this register's tickets are searched.
struct TicketSearch
{
    std::optional<QString> businessDay; // YYYY-MM-DD
    std::optional<qint64> number;
    std::optional<qint64> totalCents; // the ticket's total, VAT included
    QString text; // part of a line's label (case- and accent-insensitive where SQLite allows)
    bool salesOnly = false;
    int limit = 50;
};

// Finds a validated ticket of this register (the database's device id) again, for a return: by
// search, or by the return code on its receipt. Holds only the database: cheap to build where
// it is used.
class TicketFinder
{
public:
    explicit TicketFinder(const Database &db);

    // The tickets matching search, newest first (at most search.limit).
    Result<QList<TicketSummary>> searchTickets(const TicketSearch &search) const;
    // The ticket of this register whose receipt carries this return code (ReturnCode::forTicket),
    // or a bare ticket number. Errors: TicketNotFound (subject: the code).
    Result<qint64> findByReturnCode(const QString &code) const;

private:
    const Database &m_db;
};

} // namespace comptoir
