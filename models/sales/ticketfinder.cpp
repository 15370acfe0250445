// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketfinder.h"

#include "models/sales/returncode.h"
#include "models/sales/ticketreader.h"
#include "models/storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir {

namespace {

// The text as a LIKE pattern matching it anywhere, its wildcards taken literally (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

TicketFinder::TicketFinder(const Database &db) : m_db(db) { }

Result<QList<TicketSummary>> TicketFinder::searchTickets(const TicketSearch &search) const
{
    QString sql = QStringLiteral(
        "SELECT t.id, t.number, t.kind, t.business_day, t.closed_at, t.operator_name, t.total_cents, "
        "(SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id) "
        "FROM tickets t WHERE t.register_id = ?");
    QVariantList bindings {m_db.deviceId()};
    if (search.businessDay) {
        sql += QStringLiteral(" AND t.business_day = ?");
        bindings << *search.businessDay;
    }
    if (search.number) {
        sql += QStringLiteral(" AND t.number = ?");
        bindings << *search.number;
    }
    if (search.totalCents) {
        sql += QStringLiteral(" AND t.total_cents = ?");
        bindings << *search.totalCents;
    }
    if (search.salesOnly)
        sql += QStringLiteral(" AND t.kind = 'sale'");
    const QString text = search.text.trimmed();
    if (!text.isEmpty()) {
        // SQLite's LIKE folds ASCII letters only: the text as typed, in lower and in upper case
        // also finds "Écharpe" from "écharpe" (accents themselves still have to match).
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM ticket_lines l WHERE l.ticket_id = t.id "
                              "AND (l.label LIKE ? ESCAPE '\\' OR l.label LIKE ? ESCAPE '\\' "
                              "OR l.label LIKE ? ESCAPE '\\'))");
        bindings << containsPattern(text) << containsPattern(text.toLower())
                 << containsPattern(text.toUpper());
    }
    // Numbers grow with time on a register: the highest is the newest.
    sql += QStringLiteral(" ORDER BY t.number DESC LIMIT ?");
    bindings << qMax(search.limit, 0);

    auto q = m_db.query(sql, bindings);
    if (!q)
        return q.error();
    QList<TicketSummary> result;
    QSqlQuery &row = q.value();
    while (row.next()) {
        TicketSummary s;
        s.id = row.value(0).toLongLong();
        s.number = row.value(1).toLongLong();
        s.kind = row.value(2).toString() == QLatin1String("refund") ? TicketKind::Refund : TicketKind::Sale;
        s.businessDay = row.value(3).toString();
        s.closedAt = QDateTime::fromString(row.value(4).toString(), Qt::ISODateWithMs);
        s.closedAt.setTimeZone(QTimeZone::utc());
        s.operatorName = row.value(5).toString();
        s.totalCents = row.value(6).toLongLong();
        s.lineCount = row.value(7).toInt();
        result.append(s);
    }
    return result;
}

Result<qint64> TicketFinder::findByReturnCode(const QString &code) const
{
    const QString typed = code.trimmed();
    const auto notFound = [&code] {
        return makeError(ErrorCode::TicketNotFound, code);
    };
    std::optional<qint64> number;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (digits.match(typed).hasMatch()) {
        number = typed.toLongLong();
    } else if (const auto parsed = ReturnCode::parse(typed)) {
        // Another register's receipt: its tickets are not in this register's journal.
        if (parsed->first.compare(ReturnCode::registerShort(m_db.deviceId()), Qt::CaseInsensitive) != 0)
            return notFound();
        number = parsed->second;
    }
    if (!number || *number <= 0)
        return notFound();
    auto id = TicketReader(m_db).findTicket(m_db.deviceId(), *number);
    if (!id)
        return id.error();
    if (!id.value())
        return notFound();
    return **id;
}

} // namespace comptoir
