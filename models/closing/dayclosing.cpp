// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DayClosing: the business day's totals (X), its closure (Z) and the stored closures.
// The printed layout is ZReportLayout's (zreportlayout.h).
#include "models/closing/dayclosing.h"

#include "models/clock.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkeychange.h"
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

const QString DayKind = QStringLiteral("day");

QVariant optionalNumber(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> numberOrNone(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Sorts methods in PaymentMethod order.
void sortMethods(QList<MethodTotal> &methods)
{
    std::sort(methods.begin(), methods.end(),
              [](const MethodTotal &a, const MethodTotal &b) { return int(a.method) < int(b.method); });
}

// Reads the payments and VAT of a stored closure into its totals, and the key that signed it
// (from history, read once by the caller; nullopt: the shop has no key yet).
Status readClosureDetails(const Database &db, const std::optional<KeyHistory> &history, Closure &closure)
{
    auto payments = db.query(
        QStringLiteral("SELECT method, count, amount_cents FROM closure_payments WHERE closure_id = ?"),
        {closure.id});
    if (!payments)
        return payments.error();
    while (payments.value().next()) {
        const auto method = paymentMethodFromKey(payments.value().value(0).toString());
        if (!method)
            continue;
        closure.totals.methods.append(
            MethodTotal {*method, payments.value().value(1).toInt(), payments.value().value(2).toLongLong()});
    }
    sortMethods(closure.totals.methods);
    auto vat = db.query(QStringLiteral("SELECT vat_rate_bp, base_cents, vat_cents FROM closure_vat "
                                       "WHERE closure_id = ? ORDER BY vat_rate_bp DESC"),
                        {closure.id});
    if (!vat)
        return vat.error();
    while (vat.value().next()) {
        closure.totals.vat.append(VatAmount {vat.value().value(0).toInt(), vat.value().value(1).toLongLong(),
                                             vat.value().value(2).toLongLong()});
    }
    vat.value().finish();
    if (!history)
        return {};
    auto key = registerKeyAt(db, *history, FiscalRecordType::Closure, closure.id);
    if (key)
        closure.signingKey = key.value();
    else if (key.error().code != ErrorCode::NotFound)
        return key.error();
    return {};
}

// The register's key history, or nullopt when nothing was signed yet.
Result<std::optional<KeyHistory>> keyHistory(const Database &db)
{
    auto history = registerKeyHistory(db);
    if (history)
        return std::optional<KeyHistory>(*history);
    if (history.error().code == ErrorCode::NotFound)
        return std::optional<KeyHistory>();
    return history.error();
}

const QString ClosureColumns = QStringLiteral(
    "id, uuid, register_id, number, business_day, closed_at, operator_id, operator_name, "
    "first_ticket_number, last_ticket_number, sale_count, refund_count, cancelled_count, sales_cents, "
    "refunds_cents, total_cents, discount_cents, cash_float_cents, cash_expected_cents, cash_counted_cents, "
    "grand_total_cents");

Closure closureFromRow(const QSqlQuery &q)
{
    Closure c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.registerId = q.value(2).toString();
    c.number = q.value(3).toLongLong();
    c.totals.businessDay = q.value(4).toString();
    c.closedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
    c.operatorId = q.value(6).toLongLong();
    c.operatorName = q.value(7).toString();
    c.totals.firstTicketNumber = numberOrNone(q.value(8));
    c.totals.lastTicketNumber = numberOrNone(q.value(9));
    c.totals.saleCount = q.value(10).toInt();
    c.totals.refundCount = q.value(11).toInt();
    c.totals.cancelledCount = q.value(12).toInt();
    c.totals.salesCents = q.value(13).toLongLong();
    c.totals.refundsCents = q.value(14).toLongLong();
    c.totals.totalCents = q.value(15).toLongLong();
    c.totals.discountCents = q.value(16).toLongLong();
    c.totals.cashFloatCents = q.value(17).toLongLong();
    c.totals.cashExpectedCents = q.value(18).toLongLong();
    c.cashCountedCents = q.value(19).toLongLong();
    c.cashDifferenceCents = c.cashCountedCents - c.totals.cashExpectedCents;
    c.grandTotalCents = q.value(20).toLongLong();
    return c;
}

// One integer from a query that always returns one row.
Result<QVariant> single(const Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = db.query(sql, bindings);
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("no row: ") + sql);
    return q.value().value(0);
}

} // namespace

DayClosing::DayClosing(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain)
    : m_db(db), m_clock(clock), m_uuids(uuids), m_chain(chain)
{ }

Result<QString> DayClosing::openDay() const
{
    return openBusinessDay(m_db, m_db.deviceId(), m_clock.now());
}

Result<QStringList> DayClosing::closableDays() const
{
    auto open = openDay();
    if (!open)
        return open.error();
    auto q = m_db.query(QStringLiteral("SELECT DISTINCT business_day FROM tickets t WHERE t.register_id = ? "
                                       "AND t.business_day < ? AND NOT EXISTS (SELECT 1 FROM closures c "
                                       "WHERE c.register_id = t.register_id AND c.kind = 'day' "
                                       "AND c.business_day = t.business_day) ORDER BY business_day"),
                        {m_db.deviceId(), open.value()});
    if (!q)
        return q.error();
    QStringList days;
    while (q.value().next())
        days << q.value().value(0).toString();
    // The open day, unless it is still to come and empty: right after a Z, the open day is the
    // next one, and closing it before it has begun would only push the days further ahead.
    auto zone = shopTimeZone(m_db);
    if (!zone)
        return zone.error();
    const QString today = localDate(m_clock.now(), zone.value()).toString(Qt::ISODate);
    if (open.value() <= today) {
        days << open.value();
        return days;
    }
    auto sold = m_db.query(
        QStringLiteral("SELECT 1 FROM tickets WHERE register_id = ? AND business_day = ? LIMIT 1"),
        {m_db.deviceId(), open.value()});
    if (!sold)
        return sold.error();
    if (sold.value().next())
        days << open.value();
    return days;
}

Result<DayTotals> DayClosing::totals(const QString &businessDay, qint64 cashFloatCents) const
{
    const QDate date = QDate::fromString(businessDay, Qt::ISODate);
    if (!date.isValid() || date.toString(Qt::ISODate) != businessDay)
        return makeError(ErrorCode::DayNotClosable, businessDay, QStringLiteral("not a YYYY-MM-DD day"));
    if (cashFloatCents < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(cashFloatCents));
    const QString registerId = m_db.deviceId();
    const QVariantList key = {registerId, businessDay};
    DayTotals totals;
    totals.businessDay = businessDay;
    totals.cashFloatCents = cashFloatCents;

    auto tickets
        = m_db.query(QStringLiteral("SELECT kind, count(*), coalesce(sum(total_cents), 0), min(number), "
                                    "max(number) FROM tickets WHERE register_id = ? AND business_day = ? "
                                    "GROUP BY kind"),
                     key);
    if (!tickets)
        return tickets.error();
    while (tickets.value().next()) {
        const QSqlQuery &row = tickets.value();
        const bool refund = row.value(0).toString() == QLatin1String("refund");
        (refund ? totals.refundCount : totals.saleCount) = row.value(1).toInt();
        (refund ? totals.refundsCents : totals.salesCents) = row.value(2).toLongLong();
        const qint64 first = row.value(3).toLongLong();
        const qint64 last = row.value(4).toLongLong();
        totals.firstTicketNumber
            = totals.firstTicketNumber ? std::min(*totals.firstTicketNumber, first) : first;
        totals.lastTicketNumber = totals.lastTicketNumber ? std::max(*totals.lastTicketNumber, last) : last;
    }
    totals.totalCents = totals.salesCents + totals.refundsCents;

    // Line discounts and the lines' shares of the ticket discount carry the line's sign: positive on a sale.
    auto discount
        = single(m_db,
                 QStringLiteral("SELECT coalesce(sum(l.discount_cents + l.ticket_discount_cents), 0) "
                                "FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id "
                                "WHERE t.register_id = ? AND t.business_day = ? AND t.kind = 'sale'"),
                 key);
    if (!discount)
        return discount.error();
    totals.discountCents = discount.value().toLongLong();

    auto methods
        = m_db.query(QStringLiteral("SELECT p.method, count(*), coalesce(sum(p.amount_cents), 0) "
                                    "FROM ticket_payments p JOIN tickets t ON t.id = p.ticket_id "
                                    "WHERE t.register_id = ? AND p.business_day = ? GROUP BY p.method"),
                     key);
    if (!methods)
        return methods.error();
    qint64 netCash = 0;
    while (methods.value().next()) {
        const auto method = paymentMethodFromKey(methods.value().value(0).toString());
        if (!method)
            continue;
        const MethodTotal total {*method, methods.value().value(1).toInt(),
                                 methods.value().value(2).toLongLong()};
        if (total.method == PaymentMethod::Cash)
            netCash = total.amountCents; // payments are stored net of the change given
        totals.methods.append(total);
    }
    sortMethods(totals.methods);
    totals.cashExpectedCents = cashFloatCents + netCash;

    auto vat = m_db.query(QStringLiteral("SELECT v.vat_rate_bp, sum(v.base_cents), sum(v.vat_cents) "
                                         "FROM ticket_vat v JOIN tickets t ON t.id = v.ticket_id "
                                         "WHERE t.register_id = ? AND t.business_day = ? "
                                         "GROUP BY v.vat_rate_bp ORDER BY v.vat_rate_bp DESC"),
                          key);
    if (!vat)
        return vat.error();
    while (vat.value().next()) {
        totals.vat.append(VatAmount {vat.value().value(0).toInt(), vat.value().value(1).toLongLong(),
                                     vat.value().value(2).toLongLong()});
    }

    // By business day, like the tickets: a cart cancelled after an early Z belongs to the next day.
    auto cancelled = single(m_db,
                            QStringLiteral("SELECT count(*) FROM cancelled_tickets WHERE register_id = ? "
                                           "AND business_day = ?"),
                            key);
    if (!cancelled)
        return cancelled.error();
    totals.cancelledCount = cancelled.value().toInt();
    return totals;
}

Result<Closure> DayClosing::close(const QString &businessDay, qint64 operatorId, qint64 cashFloatCents,
                                  qint64 cashCountedCents)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString registerId = m_db.deviceId();

    auto op = m_db.query(QStringLiteral("SELECT name, active FROM operators WHERE id = ?"), {operatorId});
    if (!op)
        return op.error();
    if (!op.value().next())
        return makeError(ErrorCode::NotFound, {}, QStringLiteral("operator ") + QString::number(operatorId));
    const QString operatorName = op.value().value(0).toString();
    if (!op.value().value(1).toBool())
        return makeError(ErrorCode::OperatorInactive, operatorName);
    if (cashFloatCents < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(cashFloatCents));
    if (cashCountedCents < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(cashCountedCents));

    auto closed
        = single(m_db,
                 QStringLiteral("SELECT count(*) FROM closures WHERE register_id = ? AND kind = 'day' "
                                "AND business_day = ?"),
                 {registerId, businessDay});
    if (!closed)
        return closed.error();
    if (closed.value().toLongLong() > 0)
        return makeError(ErrorCode::DayAlreadyClosed, businessDay);
    auto closable = closableDays();
    if (!closable)
        return closable.error();
    const qsizetype index = closable.value().indexOf(businessDay);
    if (index < 0)
        return makeError(ErrorCode::DayNotClosable, businessDay);
    if (index > 0)
        return makeError(ErrorCode::EarlierDayOpen, closable.value().constFirst());

    auto dayTotals = totals(businessDay, cashFloatCents);
    if (!dayTotals)
        return dayTotals.error();
    const DayTotals &t = dayTotals.value();

    auto number = single(m_db,
                         QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM closures "
                                        "WHERE register_id = ? AND kind = 'day'"),
                         {registerId});
    if (!number)
        return number.error();
    auto previous
        = single(m_db,
                 QStringLiteral("SELECT coalesce((SELECT grand_total_cents FROM closures WHERE "
                                "register_id = ? AND kind = 'day' ORDER BY number DESC LIMIT 1), 0)"),
                 {registerId});
    if (!previous)
        return previous.error();
    const qint64 closureNumber = number.value().toLongLong();

    auto id = m_db.insert(
        QStringLiteral(
            "INSERT INTO closures (uuid, register_id, kind, number, business_day, closed_at, "
            "operator_id, operator_name, first_ticket_number, last_ticket_number, sale_count, "
            "refund_count, cancelled_count, sales_cents, refunds_cents, total_cents, discount_cents, "
            "cash_float_cents, cash_expected_cents, cash_counted_cents, grand_total_cents) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_uuids.next(),
         registerId,
         DayKind,
         closureNumber,
         businessDay,
         m_clock.now().toUTC().toString(Qt::ISODateWithMs),
         operatorId,
         operatorName,
         optionalNumber(t.firstTicketNumber),
         optionalNumber(t.lastTicketNumber),
         t.saleCount,
         t.refundCount,
         t.cancelledCount,
         t.salesCents,
         t.refundsCents,
         t.totalCents,
         t.discountCents,
         t.cashFloatCents,
         t.cashExpectedCents,
         cashCountedCents,
         previous.value().toLongLong() + t.totalCents});
    if (!id)
        return id.error();
    for (const MethodTotal &method : t.methods) {
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO closure_payments (closure_id, method, count, "
                                                "amount_cents) VALUES (?, ?, ?, ?)"),
                                 {*id, paymentMethodKey(method.method), method.count, method.amountCents});
            !s)
            return s.error();
    }
    for (const VatAmount &vat : t.vat) {
        if (Status s
            = m_db.exec(QStringLiteral("INSERT INTO closure_vat (closure_id, vat_rate_bp, base_cents, "
                                       "vat_cents) VALUES (?, ?, ?, ?)"),
                        {*id, vat.vatRateBp, vat.baseCents, vat.vatCents});
            !s)
            return s.error();
    }
    auto canonical = canonicalClosure(m_db, *id);
    if (!canonical)
        return canonical.error();
    if (auto link = m_chain.append(FiscalRecordType::Closure, *id, canonical.value()); !link)
        return link.error();
    auto stored = closure(*id);
    if (!stored)
        return stored.error();
    // The closure's event in the technical journal, chained right after it, in the same transaction.
    QJsonObject detail;
    detail.insert(QStringLiteral("business_day"), businessDay);
    detail.insert(QStringLiteral("closure_number"), closureNumber);
    detail.insert(QStringLiteral("total_cents"), t.totalCents);
    if (auto event = m_events.record(EventKind::DayClosed, operatorId, detail); !event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcModels) << "day closed: closure" << closureNumber << "business day" << businessDay;
    return stored;
}

Result<Closure> DayClosing::closure(qint64 closureId) const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + ClosureColumns
                            + QStringLiteral(" FROM closures WHERE id = ?"),
                        {closureId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(closureId), QStringLiteral("closure"));
    Closure c = closureFromRow(q.value());
    auto history = keyHistory(m_db);
    if (!history)
        return history.error();
    if (Status s = readClosureDetails(m_db, *history, c); !s)
        return s.error();
    return c;
}

Result<QList<Closure>> DayClosing::closures(int limit) const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + ClosureColumns
                            + QStringLiteral(" FROM closures WHERE register_id = ? AND kind = 'day' "
                                             "ORDER BY number DESC LIMIT ?"),
                        {m_db.deviceId(), qMax(0, limit)});
    if (!q)
        return q.error();
    QList<Closure> result;
    while (q.value().next())
        result.append(closureFromRow(q.value()));
    auto history = keyHistory(m_db); // once for the list, not once per closure
    if (!history)
        return history.error();
    for (Closure &c : result) {
        if (Status s = readClosureDetails(m_db, *history, c); !s)
            return s.error();
    }
    return result;
}

} // namespace comptoir
