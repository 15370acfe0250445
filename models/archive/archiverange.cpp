// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The range and the numbering state of a period archive, read from the database (archiverange.h).
#include "models/archive/archiverange.h"

#include "models/archive/canonicalrecord.h"
#include "models/fiscal/fiscalchain.h"
#include "models/sales/businessday.h"
#include "models/storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

constexpr QLatin1String
    LinkColumns("c.seq, c.record_type, c.record_id, c.previous_hash, c.hash, c.signature");

// The archive entries of the links a query selects (LinkColumns first, in chain order).
Result<QJsonArray> entries(const Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = db.query(sql, bindings);
    if (!q)
        return q.error();
    QList<QJsonObject> rows;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        QJsonObject link;
        link.insert(QStringLiteral("seq"), row.value(0).toLongLong());
        link.insert(QStringLiteral("record_type"), row.value(1).toString());
        link.insert(QStringLiteral("record_id"), row.value(2).toLongLong());
        link.insert(QStringLiteral("previous_hash"), row.value(3).toString());
        link.insert(QStringLiteral("hash"), row.value(4).toString());
        link.insert(QStringLiteral("signature"), row.value(5).toString());
        rows << link;
    }
    q.value().finish();
    QJsonArray result;
    for (QJsonObject &link : rows) {
        const QString type = link.value(QLatin1String("record_type")).toString();
        const auto kind = fiscalRecordTypeFromKey(type);
        if (!kind)
            return makeError(ErrorCode::JournalBroken, type, QStringLiteral("unknown record type"));
        auto canonical = canonicalRecord(db, *kind, link.value(QLatin1String("record_id")).toInteger());
        if (!canonical)
            return canonical.error();
        link.insert(QStringLiteral("canonical"), QString::fromUtf8(canonical.value()));
        result.append(link);
    }
    return result;
}

// The columns of the last row (by seq) a query over fiscal_chain c selects with c.seq <= seq.
Result<QVariantList> lastRow(const Database &db, const QString &sql, qint64 seq, int columns)
{
    auto q = db.query(sql + QStringLiteral(" AND c.seq <= ? ORDER BY c.seq DESC LIMIT 1"), {seq});
    if (!q)
        return q.error();
    QVariantList values;
    if (q.value().next()) {
        for (int i = 0; i < columns; ++i)
            values << q.value().value(i);
    }
    return values;
}

Result<qint64> lastNumber(const Database &db, const QString &table, const QString &recordType, qint64 seq)
{
    auto row = lastRow(db,
                       QStringLiteral("SELECT r.number FROM fiscal_chain c JOIN ") + table
                           + QStringLiteral(" r ON r.id = c.record_id WHERE c.record_type = '") + recordType
                           + QLatin1Char('\''),
                       seq, 1);
    if (!row)
        return row.error();
    return row->isEmpty() ? 0 : row->constFirst().toLongLong();
}

} // namespace

QJsonObject ArchiveSeriesState::toJson() const
{
    QJsonObject state;
    state.insert(QStringLiteral("ticket_number"), ticketNumber);
    state.insert(QStringLiteral("closure_number"), closureNumber);
    state.insert(QStringLiteral("month_closure_number"), monthClosureNumber);
    state.insert(QStringLiteral("year_closure_number"), yearClosureNumber);
    state.insert(QStringLiteral("grand_total_cents"), grandTotalCents);
    state.insert(QStringLiteral("last_closed_day"),
                 lastClosedDay.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastClosedDay));
    return state;
}

namespace ArchiveRange {

QDate lastDay(const QString &period)
{
    if (period.size() == 4)
        return QDate(period.toInt(), 12, 31);
    const QDate first = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

QString previousPeriod(const QString &period)
{
    if (period.size() == 4)
        return QString::number(period.toInt() - 1);
    const QDate first = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return first.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
}

QStringList followedPeriods(const QString &period)
{
    const QString previous = previousPeriod(period);
    QStringList periods {previous};
    if (period.size() == 4)
        periods << previous + QStringLiteral("-12");
    else if (period.endsWith(QLatin1String("-01")))
        periods << previous.left(4);
    return periods;
}

Result<qint64> lastClosureSeq(const Database &db, const QDate &day)
{
    auto q = db.query(QStringLiteral("SELECT coalesce(max(c.seq), 0) FROM fiscal_chain c JOIN closures z "
                                     "ON z.id = c.record_id WHERE c.record_type = 'closure' "
                                     "AND z.business_day <= ?"),
                      {day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<qint64> lastSeq(const Database &db)
{
    auto q = db.query(QStringLiteral("SELECT coalesce(max(seq), 0) FROM fiscal_chain"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QString> linkHash(const Database &db, qint64 seq)
{
    if (seq == 0)
        return QString(64, QLatin1Char('0'));
    auto q = db.query(QStringLiteral("SELECT hash FROM fiscal_chain WHERE seq = ?"), {seq});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QStringLiteral("link %1").arg(seq));
    return q.value().value(0).toString();
}

Result<ArchiveSeriesState> stateAfter(const Database &db, qint64 seq)
{
    ArchiveSeriesState state;
    auto tickets = lastNumber(db, QStringLiteral("tickets"), QStringLiteral("ticket"), seq);
    if (!tickets)
        return tickets.error();
    state.ticketNumber = *tickets;
    auto months = lastNumber(db, QStringLiteral("period_closures"), QStringLiteral("month-closure"), seq);
    if (!months)
        return months.error();
    state.monthClosureNumber = *months;
    auto years = lastNumber(db, QStringLiteral("period_closures"), QStringLiteral("year-closure"), seq);
    if (!years)
        return years.error();
    state.yearClosureNumber = *years;
    auto closure
        = lastRow(db,
                  QStringLiteral("SELECT z.number, z.grand_total_cents, z.business_day FROM fiscal_chain c "
                                 "JOIN closures z ON z.id = c.record_id WHERE c.record_type = 'closure'"),
                  seq, 3);
    if (!closure)
        return closure.error();
    if (!closure->isEmpty()) {
        state.closureNumber = closure->at(0).toLongLong();
        state.grandTotalCents = closure->at(1).toLongLong();
        state.lastClosedDay = closure->at(2).toString();
    }
    return state;
}

Result<QJsonArray> links(const Database &db, qint64 afterSeq, qint64 lastSeq)
{
    return entries(db,
                   QStringLiteral("SELECT ") + LinkColumns
                       + QStringLiteral(" FROM fiscal_chain c WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq"),
                   {afterSeq, lastSeq});
}

Result<QJsonArray> periodClosureLinks(const Database &db, const QString &period, qint64 upToSeq)
{
    return entries(db,
                   QStringLiteral("SELECT ") + LinkColumns
                       + QStringLiteral(" FROM fiscal_chain c JOIN period_closures p ON p.id = c.record_id "
                                        "WHERE c.record_type IN ('month-closure', 'year-closure') "
                                        "AND (p.period = ? OR substr(p.period, 1, ?) = ?) AND c.seq <= ? "
                                        "ORDER BY c.seq"),
                   {period, int(period.size()) + 1, QString(period + QLatin1Char('-')), upToSeq});
}

Result<QJsonArray> keyChangeLinks(const Database &db, qint64 upToSeq)
{
    return entries(db,
                   QStringLiteral("SELECT ") + LinkColumns
                       + QStringLiteral(" FROM fiscal_chain c JOIN events e ON e.id = c.record_id "
                                        "WHERE c.record_type = 'event' AND e.kind = 'key_changed' "
                                        "AND c.seq <= ? ORDER BY c.seq"),
                   {upToSeq});
}

Result<QJsonArray> carriedLinks(const Database &db, qint64 upToSeq, const QDate &afterDay,
                                const QTimeZone &zone)
{
    const QString after = afterDay.toString(Qt::ISODate);
    auto q = db.query(
        QStringLiteral("SELECT c.seq, t.business_day, NULL, NULL FROM fiscal_chain c JOIN tickets t "
                       "ON t.id = c.record_id WHERE c.record_type = 'ticket' AND c.seq <= ? "
                       "AND t.business_day > ? UNION ALL "
                       "SELECT c.seq, NULL, e.detail, e.occurred_at FROM fiscal_chain c JOIN events e "
                       "ON e.id = c.record_id WHERE c.record_type = 'event' "
                       "AND e.kind = 'ticket_cancelled' AND c.seq <= ? ORDER BY 1"),
        {upToSeq, after, upToSeq});
    if (!q)
        return q.error();
    QStringList seqs;
    while (q.value().next()) {
        QString day = q.value().value(1).toString();
        if (q.value().value(1).isNull()) {
            // A cancellation: its detail's business_day; written before schema 10, the local date.
            const QJsonObject detail
                = QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object();
            day = detail.value(QLatin1String("business_day")).toString();
            if (day.isEmpty())
                day = localDate(QDateTime::fromString(q.value().value(3).toString(), Qt::ISODateWithMs), zone)
                          .toString(Qt::ISODate);
        }
        if (day > after)
            seqs << q.value().value(0).toString();
    }
    q.value().finish();
    if (seqs.isEmpty())
        return QJsonArray();
    return entries(db,
                   QStringLiteral("SELECT ") + LinkColumns
                       + QStringLiteral(" FROM fiscal_chain c WHERE c.seq IN (") + seqs.join(QLatin1Char(','))
                       + QStringLiteral(") ORDER BY c.seq"),
                   {});
}

Result<std::optional<QJsonObject>> previousArchive(const Database &db, const QString &period)
{
    auto q = db.query(QStringLiteral("SELECT detail FROM events WHERE kind = 'archive' AND register_id = ? "
                                     "ORDER BY id DESC"),
                      {db.deviceId()});
    if (!q)
        return q.error();
    const QStringList candidates = followedPeriods(period);
    std::optional<QJsonObject> found;
    qsizetype foundRank = candidates.size();
    while (q.value().next()) {
        const QJsonObject detail = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
        const qsizetype rank = candidates.indexOf(detail.value(QLatin1String("period")).toString());
        // The newest archive of the preferred period; v1 archives (no footer) are not followed.
        if (rank < 0 || rank >= foundRank || !detail.value(QLatin1String("footer_sha256")).isString())
            continue;
        QJsonObject previous;
        previous.insert(QStringLiteral("period"), detail.value(QLatin1String("period")));
        previous.insert(QStringLiteral("sha256"), detail.value(QLatin1String("sha256")));
        previous.insert(QStringLiteral("footer_sha256"), detail.value(QLatin1String("footer_sha256")));
        found = previous;
        foundRank = rank;
    }
    return found;
}

} // namespace ArchiveRange

} // namespace comptoir
