// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/returncode.h"

#include <QRegularExpression>

namespace comptoir {

QString ReturnCode::registerShort(const QString &registerId)
{
    QString out;
    for (const QChar c : registerId) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
        if (out.size() == 8)
            break;
    }
    return out.isEmpty() ? QStringLiteral("0") : out;
}

QString ReturnCode::forTicket(const Ticket &ticket)
{
    return QStringLiteral("T%1-%2").arg(registerShort(ticket.registerId)).arg(ticket.number);
}

std::optional<std::pair<QString, qint64>> ReturnCode::parse(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^T([A-Za-z0-9]{1,8})-([1-9][0-9]{0,17})$"));
    const QRegularExpressionMatch match = pattern.match(code.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::make_pair(match.captured(1), number);
}

} // namespace comptoir
