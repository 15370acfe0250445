// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticket.h"

#include <QString>

#include <optional>
#include <utility>

namespace comptoir {

// The return code that identifies a validated ticket: printed on its receipt (as text and as the
// Code 128 barcode that brings the ticket back for a return), looked up by the returns screen.
// "T<register short>-<number>", the register short being up to 8 letters or digits of the
// register's id.
class ReturnCode
{
public:
    static QString forTicket(const Ticket &ticket);
    static QString registerShort(const QString &registerId);
    // {register short, ticket number}, or nothing when the text is not a return code.
    static std::optional<std::pair<QString, qint64>> parse(const QString &code);
};

} // namespace comptoir
