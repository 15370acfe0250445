// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PeriodClosing: the automatic monthly and yearly closures, and the stored ones.
#include "models/closing/periodclosing.h"

#include "models/clock.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/fiscalchain.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace comptoir {

namespace {

// Where the closures a period closure covers are: day closures (table closures) for a month,
// month closures (table period_closures) for a year. Every query aliases the table as c.
struct Covered
{
    QString table;
    QString kind; // the covered rows' kind
    QString periodOf; // the covered row's period, from c
    QString dayCount; // aggregate: the day closures covered
    QString payments; // child tables
    QString vat;
};

Covered coveredBy(PeriodKind kind)
{
    if (kind == PeriodKind::Month)
        return {QStringLiteral("closures"),
                QStringLiteral("day"),
                QStringLiteral("substr(c.business_day, 1, 7)"),
                QStringLiteral("count(*)"),
                QStringLiteral("closure_payments"),
                QStringLiteral("closure_vat")};
    return {QStringLiteral("period_closures"),         QStringLiteral("month"),
            QStringLiteral("substr(c.period, 1, 4)"),  QStringLiteral("sum(c.day_count)"),
            QStringLiteral("period_closure_payments"), QStringLiteral("period_closure_vat")};
}

// The months of the register with a day closure or a ticket, as a sub-query taking the register
// id twice.
const QString RegisterMonths = QStringLiteral(
    "(SELECT substr(business_day, 1, 7) AS m FROM closures WHERE register_id = ? AND kind = 'day' "
    "UNION SELECT substr(business_day, 1, 7) FROM tickets WHERE register_id = ?)");

const QString Columns = QStringLiteral(
    "id, uuid, register_id, kind, period, number, closed_at, first_closure_number, last_closure_number, "
    "day_count, sale_count, refund_count, cancelled_count, sales_cents, refunds_cents, total_cents, "
    "discount_cents, grand_total_cents");

PeriodClosure closureFromRow(const QSqlQuery &q)
{
    PeriodClosure c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.registerId = q.value(2).toString();
    c.kind = periodKindFromKey(q.value(3).toString()).value_or(PeriodKind::Month);
    c.period = q.value(4).toString();
    c.number = q.value(5).toLongLong();
    c.closedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
    c.firstClosureNumber = q.value(7).toLongLong();
    c.lastClosureNumber = q.value(8).toLongLong();
    c.dayCount = q.value(9).toInt();
    c.saleCount = q.value(10).toInt();
    c.refundCount = q.value(11).toInt();
    c.cancelledCount = q.value(12).toInt();
    c.salesCents = q.value(13).toLongLong();
    c.refundsCents = q.value(14).toLongLong();
    c.totalCents = q.value(15).toLongLong();
    c.discountCents = q.value(16).toLongLong();
    c.grandTotalCents = q.value(17).toLongLong();
    return c;
}

Status readDetails(const Database &db, PeriodClosure &closure)
{
    auto payments = db.query(QStringLiteral("SELECT method, count, amount_cents FROM period_closure_payments "
                                            "WHERE closure_id = ?"),
                             {closure.id});
    if (!payments)
        return payments.error();
    while (payments.value().next()) {
        const auto method = paymentMethodFromKey(payments.value().value(0).toString());
        if (method)
            closure.methods.append(MethodTotal {*method, payments.value().value(1).toInt(),
                                                payments.value().value(2).toLongLong()});
    }
    std::sort(closure.methods.begin(), closure.methods.end(),
              [](const MethodTotal &a, const MethodTotal &b) { return int(a.method) < int(b.method); });
    auto vat = db.query(QStringLiteral("SELECT vat_rate_bp, base_cents, vat_cents FROM period_closure_vat "
                                       "WHERE closure_id = ? ORDER BY vat_rate_bp DESC"),
                        {closure.id});
    if (!vat)
        return vat.error();
    while (vat.value().next())
        closure.vat.append(VatAmount {vat.value().value(0).toInt(), vat.value().value(1).toLongLong(),
                                      vat.value().value(2).toLongLong()});
    return {};
}

// The first column of every row.
Result<QStringList> column(const Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = db.query(sql, bindings);
    if (!q)
        return q.error();
    QStringList values;
    while (q.value().next())
        values << q.value().value(0).toString();
    return values;
}

} // namespace

QString periodKindKey(PeriodKind kind)
{
    return kind == PeriodKind::Month ? QStringLiteral("month") : QStringLiteral("year");
}

std::optional<PeriodKind> periodKindFromKey(const QString &key)
{
    if (key == QLatin1String("month"))
        return PeriodKind::Month;
    if (key == QLatin1String("year"))
        return PeriodKind::Year;
    return std::nullopt;
}

PeriodClosing::PeriodClosing(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain)
    : m_db(db), m_clock(clock), m_uuids(uuids), m_chain(chain)
{ }

Result<QList<PeriodClosure>> PeriodClosing::closeEndedPeriods()
{
    const QString registerId = m_db.deviceId();
    auto zone = shopTimeZone(m_db);
    if (!zone)
        return zone.error();
    const QDate today = localDate(m_clock.now(), zone.value()); // months end at the shop's midnight
    QList<PeriodClosure> made;

    // Months before the current one, not closed yet, oldest first.
    auto months = column(m_db,
                         QStringLiteral("SELECT DISTINCT m FROM ") + RegisterMonths
                             + QStringLiteral(" WHERE m < ? AND m NOT IN (SELECT period FROM period_closures "
                                              "WHERE register_id = ? AND kind = 'month') ORDER BY m"),
                         {registerId, registerId, today.toString(QStringLiteral("yyyy-MM")), registerId});
    if (!months)
        return months.error();
    for (const QString &month : std::as_const(months.value())) {
        // A day with tickets and no Z holds its month back, and every later one.
        auto open = column(m_db,
                           QStringLiteral("SELECT t.business_day FROM tickets t WHERE t.register_id = ? "
                                          "AND substr(t.business_day, 1, 7) = ? AND NOT EXISTS (SELECT 1 "
                                          "FROM closures c WHERE c.register_id = t.register_id AND "
                                          "c.kind = 'day' AND c.business_day = t.business_day) LIMIT 1"),
                           {registerId, month});
        if (!open)
            return open.error();
        if (!open.value().isEmpty()) {
            qCInfo(lcModels) << "month" << month << "waits for the closure of" << open.value().constFirst();
            return made;
        }
        auto closure = close(PeriodKind::Month, month);
        if (!closure)
            return closure.error();
        made << closure.value();
    }

    auto years = column(m_db,
                        QStringLiteral("SELECT DISTINCT substr(period, 1, 4) AS y FROM period_closures "
                                       "WHERE register_id = ? AND kind = 'month' AND y < ? AND y NOT IN "
                                       "(SELECT period FROM period_closures WHERE register_id = ? "
                                       "AND kind = 'year') ORDER BY y"),
                        {registerId, QString::number(today.year()), registerId});
    if (!years)
        return years.error();
    for (const QString &year : std::as_const(years.value())) {
        auto pending = column(m_db,
                              QStringLiteral("SELECT m FROM ") + RegisterMonths
                                  + QStringLiteral(" WHERE substr(m, 1, 4) = ? AND m NOT IN (SELECT period "
                                                   "FROM period_closures WHERE register_id = ? AND "
                                                   "kind = 'month') LIMIT 1"),
                              {registerId, registerId, year, registerId});
        if (!pending)
            return pending.error();
        if (!pending.value().isEmpty())
            return made;
        auto closure = close(PeriodKind::Year, year);
        if (!closure)
            return closure.error();
        made << closure.value();
    }
    return made;
}

Result<PeriodClosure> PeriodClosing::close(PeriodKind kind, const QString &period)
{
    const Covered covered = coveredBy(kind);
    const QString registerId = m_db.deviceId();
    const QString kindKey = periodKindKey(kind);
    const QString where = QStringLiteral(" WHERE c.register_id = ? AND c.kind = ? AND ") + covered.periodOf
        + QStringLiteral(" = ?");
    const QVariantList key = {registerId, covered.kind, period};

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto sums
        = m_db.query(QStringLiteral("SELECT ") + covered.dayCount
                         + QStringLiteral(", min(c.number), max(c.number), sum(c.sale_count), "
                                          "sum(c.refund_count), sum(c.cancelled_count), "
                                          "sum(c.sales_cents), sum(c.refunds_cents), sum(c.total_cents), "
                                          "sum(c.discount_cents), count(*) FROM ")
                         + covered.table + QStringLiteral(" c") + where,
                     key);
    if (!sums)
        return sums.error();
    if (!sums.value().next() || sums.value().value(10).toLongLong() == 0)
        return makeError(ErrorCode::NotFound, period, QStringLiteral("no closure to sum up"));
    PeriodClosure c;
    c.registerId = registerId;
    c.kind = kind;
    c.period = period;
    c.uuid = m_uuids.next();
    const QDateTime now = m_clock.now().toUTC();
    c.closedAt = QDateTime::fromString(now.toString(Qt::ISODateWithMs), Qt::ISODateWithMs).toUTC();
    const QSqlQuery &s = sums.value();
    c.dayCount = s.value(0).toInt();
    c.firstClosureNumber = s.value(1).toLongLong();
    c.lastClosureNumber = s.value(2).toLongLong();
    c.saleCount = s.value(3).toInt();
    c.refundCount = s.value(4).toInt();
    c.cancelledCount = s.value(5).toInt();
    c.salesCents = s.value(6).toLongLong();
    c.refundsCents = s.value(7).toLongLong();
    c.totalCents = s.value(8).toLongLong();
    c.discountCents = s.value(9).toLongLong();

    auto grand
        = column(m_db,
                 QStringLiteral("SELECT c.grand_total_cents FROM ") + covered.table + QStringLiteral(" c")
                     + where + QStringLiteral(" ORDER BY c.number DESC LIMIT 1"),
                 key);
    if (!grand)
        return grand.error();
    c.grandTotalCents = grand.value().value(0).toLongLong();
    auto number = column(m_db,
                         QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM period_closures "
                                        "WHERE register_id = ? AND kind = ?"),
                         {registerId, kindKey});
    if (!number)
        return number.error();
    c.number = number.value().value(0).toLongLong();

    auto id = m_db.insert(
        QStringLiteral("INSERT INTO period_closures (uuid, register_id, kind, period, number, closed_at, "
                       "closed_by, first_closure_number, last_closure_number, day_count, sale_count, "
                       "refund_count, cancelled_count, sales_cents, refunds_cents, total_cents, "
                       "discount_cents, grand_total_cents) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'automatic', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.uuid, registerId, kindKey, period, c.number, now.toString(Qt::ISODateWithMs), c.firstClosureNumber,
         c.lastClosureNumber, c.dayCount, c.saleCount, c.refundCount, c.cancelledCount, c.salesCents,
         c.refundsCents, c.totalCents, c.discountCents, c.grandTotalCents});
    if (!id)
        return id.error();
    c.id = *id;
    const QString join
        = QStringLiteral(" p JOIN ") + covered.table + QStringLiteral(" c ON c.id = p.closure_id") + where;
    if (Status st
        = m_db.exec(QStringLiteral("INSERT INTO period_closure_payments (closure_id, method, count, "
                                   "amount_cents) SELECT ?, p.method, sum(p.count), sum(p.amount_cents) "
                                   "FROM ")
                        + covered.payments + join + QStringLiteral(" GROUP BY p.method"),
                    QVariantList {c.id} + key);
        !st)
        return st.error();
    if (Status st = m_db.exec(
            QStringLiteral("INSERT INTO period_closure_vat (closure_id, vat_rate_bp, base_cents, vat_cents) "
                           "SELECT ?, p.vat_rate_bp, sum(p.base_cents), sum(p.vat_cents) FROM ")
                + covered.vat + join + QStringLiteral(" GROUP BY p.vat_rate_bp"),
            QVariantList {c.id} + key);
        !st)
        return st.error();
    if (Status st = readDetails(m_db, c); !st)
        return st.error();

    auto canonical = canonicalPeriodClosure(m_db, c.id);
    if (!canonical)
        return canonical.error();
    const auto type
        = kind == PeriodKind::Month ? FiscalRecordType::MonthClosure : FiscalRecordType::YearClosure;
    if (auto link = m_chain.append(type, c.id, canonical.value()); !link)
        return link.error();
    QJsonObject detail;
    detail.insert(QStringLiteral("kind"), kindKey);
    detail.insert(QStringLiteral("period"), period);
    detail.insert(QStringLiteral("closure_number"), c.number);
    detail.insert(QStringLiteral("total_cents"), c.totalCents);
    if (auto event = m_events.record(EventKind::PeriodClosed, std::nullopt, detail); !event)
        return event.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    qCInfo(lcModels) << kindKey << "closed automatically:" << period << "closure" << c.number;
    return c;
}

Result<QList<PeriodClosure>> PeriodClosing::closures(PeriodKind kind, int limit) const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + Columns
                            + QStringLiteral(" FROM period_closures WHERE register_id = ? AND kind = ? "
                                             "ORDER BY number DESC LIMIT ?"),
                        {m_db.deviceId(), periodKindKey(kind), qMax(0, limit)});
    if (!q)
        return q.error();
    QList<PeriodClosure> result;
    while (q.value().next())
        result.append(closureFromRow(q.value()));
    for (PeriodClosure &c : result) {
        if (Status s = readDetails(m_db, c); !s)
            return s.error();
    }
    return result;
}

Result<PeriodClosure> PeriodClosing::closure(qint64 closureId) const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + Columns
                            + QStringLiteral(" FROM period_closures WHERE id = ?"),
                        {closureId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(closureId), QStringLiteral("period closure"));
    PeriodClosure c = closureFromRow(q.value());
    if (Status s = readDetails(m_db, c); !s)
        return s.error();
    return c;
}

} // namespace comptoir
