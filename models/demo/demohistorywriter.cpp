// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demohistorywriter.h"

#include "models/sales/businessday.h"
#include "models/storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace comptoir {

DemoHistoryWriter::DemoHistoryWriter(Database &db, const Signer &signer, const DemoHistory::Options &options)
    : m_db(db),
      m_options(options),
      m_random(options.seed),
      m_clock(QDateTime(options.today.addDays(-options.days), QTime(8, 0))),
      m_chain(db, signer, m_clock),
      m_journal(db, m_clock, m_uuids, m_ledger, m_chain),
      m_closing(db, m_clock, m_uuids, m_chain)
{ }

Status DemoHistoryWriter::prepare()
{
    auto zone = shopTimeZone(m_db); // the demo shop's days are Orléans' (Europe/Paris)
    if (!zone)
        return zone.error();
    m_zone = zone.value();
    auto ops = m_db.query(QStringLiteral("SELECT id, role FROM operators WHERE active = 1 ORDER BY id"));
    if (!ops)
        return ops.error();
    while (ops.value().next()) {
        const qint64 id = ops.value().value(0).toLongLong();
        const bool manager = ops.value().value(1).toString() == QLatin1String("manager");
        if (manager && m_managerId == 0)
            m_managerId = id;
        if (!manager && m_cashierId == 0)
            m_cashierId = id;
    }
    if (m_managerId == 0)
        return makeError(ErrorCode::NotFound, {}, QStringLiteral("no active manager to close the days"));
    if (m_cashierId == 0)
        m_cashierId = m_managerId;

    return m_stockroom.load();
}

QDateTime DemoHistoryWriter::at(const QDate &date, int hour, int minute, int second) const
{
    return QDateTime(date, QTime(hour, minute, second), m_zone).toUTC();
}

Status DemoHistoryWriter::event(EventKind kind, std::optional<qint64> operatorId, const QJsonObject &detail)
{
    auto id = m_events.record(kind, operatorId, detail);
    if (!id)
        return id.error();
    ++m_summary.events;
    return {};
}

Status DemoHistoryWriter::writeDay(const QDate &date)
{
    ++m_summary.tradingDays;
    const QJsonObject demo {{QStringLiteral("demo_history"), true}};
    m_clock.set(at(date, 8, 55, m_random.between(0, 59)));
    if (Status s = event(EventKind::Start, std::nullopt, demo); !s)
        return s;
    m_clock.set(at(date, 9, 0));
    if (Status s = m_stockroom.morningDeliveries(); !s)
        return s;
    m_clock.set(at(date, 9, 20, m_random.between(0, 59)));
    if (m_random.chance(15)) {
        if (Status s = event(EventKind::FailedLogin, m_managerId); !s)
            return s;
        m_clock.advance(15000);
    }
    if (Status s = event(EventKind::Login, m_managerId); !s)
        return s;

    // The day's actions at sorted random times between 9:30 and 19:00.
    QList<Action> actions(m_random.between(m_options.minSales, m_options.maxSales), Action::Sale);
    for (int i = m_random.between(0, 3); i > 0; --i)
        actions << Action::Refund;
    if (m_random.chance(35))
        actions << Action::Cancel;
    for (qsizetype i = actions.size() - 1; i > 0; --i)
        actions.swapItemsAt(i, m_random.between(0, int(i)));
    QList<int> seconds;
    for (qsizetype i = 0; i < actions.size(); ++i)
        seconds << m_random.between(9 * 3600 + 30 * 60, 19 * 3600 - 60);
    std::sort(seconds.begin(), seconds.end());

    constexpr int ShiftChange = 14 * 3600;
    bool afternoon = false;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (!afternoon && seconds.at(i) >= ShiftChange) {
            afternoon = true;
            m_clock.set(at(date, 14, 0));
            if (Status s = event(EventKind::Logout, m_managerId); !s)
                return s;
            m_clock.advance(40000);
            if (Status s = event(EventKind::Login, m_cashierId); !s)
                return s;
        }
        const QDateTime time(
            date, QTime::fromMSecsSinceStartOfDay(seconds.at(i) * 1000 + m_random.between(0, 999)));
        // Records follow each other in time (a shift change or a cancellation may have taken a moment).
        m_clock.set(time > m_clock.now() ? time : m_clock.now().addMSecs(m_random.between(1000, 1999)));
        const qint64 operatorId = afternoon ? m_cashierId : m_managerId;
        Status s = actions.at(i) == Action::Sale ? m_sales.sell(operatorId)
            : actions.at(i) == Action::Refund    ? m_sales.refund(operatorId)
                                                 : m_sales.cancelTicket(operatorId);
        if (!s)
            return s;
    }

    m_clock.set(at(date, 19, 5));
    if (afternoon) {
        if (Status s = event(EventKind::Logout, m_cashierId); !s)
            return s;
        m_clock.advance(30000);
        if (Status s = event(EventKind::Login, m_managerId); !s)
            return s;
    }
    m_clock.set(at(date, 19, 10, m_random.between(0, 59)));
    if (Status s = closeDay(date); !s)
        return s;
    m_clock.set(at(date, 19, 14));
    if (Status s = event(EventKind::Logout, m_managerId); !s)
        return s;
    m_clock.set(at(date, 19, 15, m_random.between(0, 59)));
    return event(EventKind::Stop, std::nullopt, demo);
}

Status DemoHistoryWriter::closeDay(const QDate &date)
{
    const QString day = date.toString(Qt::ISODate);
    auto totals = m_closing.totals(day, DemoHistory::CashFloatCents);
    if (!totals)
        return totals.error();
    // Most evenings the drawer is right; now and then a few cents are off.
    const qint64 offs[] = {-50, -20, -10, 10, 20};
    const qint64 difference = m_random.chance(80) ? 0 : offs[m_random.between(0, 4)];
    const qint64 counted = qMax<qint64>(0, totals->cashExpectedCents + difference);
    auto closure = m_closing.close(day, m_managerId, DemoHistory::CashFloatCents, counted);
    if (!closure)
        return closure.error();
    // DayClosing::close journals the DayClosed event itself.
    ++m_summary.closures;
    ++m_summary.events;
    m_clock.advance(500);
    return {};
}

DemoHistory::Summary DemoHistoryWriter::summary() const
{
    DemoHistory::Summary summary = m_summary;
    summary.sales = m_sales.sales();
    summary.refunds = m_sales.refunds();
    summary.cancelled = m_sales.cancelled();
    summary.events += m_sales.cancelled(); // TicketDrafts::cancel journals each TicketCancelled event
    summary.deliveries = m_stockroom.deliveries();
    return summary;
}

} // namespace comptoir
