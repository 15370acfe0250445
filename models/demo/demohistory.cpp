#include "models/demo/demohistory.h"

#include "models/demo/demohistorywriter.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace comptoir {

Result<bool> DemoHistory::hasTickets(const Database &db)
{
    auto q = db.query(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM tickets) OR EXISTS (SELECT 1 FROM closures)"));
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

Result<DemoHistory::Summary> DemoHistory::generate(Database &db, const Signer &signer, const Options &options)
{
    auto existing = hasTickets(db);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Summary {};
    QElapsedTimer timer;
    timer.start();

    Options o = options;
    if (!o.today.isValid())
        o.today = QDate::currentDate();
    o.minSales = qMax(1, o.minSales);
    o.maxSales = qMax(o.minSales, o.maxSales);

    // One transaction: the demo gets its whole past or none of it (and one disk sync, not hundreds).
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    DemoHistoryWriter writer(db, signer, o);
    if (Status s = writer.prepare(); !s)
        return s.error();
    for (int back = o.days; back >= 1; --back) {
        const QDate date = o.today.addDays(-back);
        const int weekday = date.dayOfWeek();
        if (weekday == Qt::Sunday || weekday == Qt::Monday)
            continue; // closed, like many French shops
        if (Status s = writer.writeDay(date); !s) {
            qCWarning(lcModels) << "demo history stopped on" << date << "error" << int(s.error().code)
                                << s.error().detail;
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    const Summary &summary = writer.summary();
    qCInfo(lcModels) << "demo history:" << summary.tradingDays << "days," << summary.sales << "sales,"
                     << summary.refunds << "refunds," << summary.closures << "closures in" << timer.elapsed()
                     << "ms";
    return summary;
}

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

    auto q = m_db.query(
        QStringLiteral("SELECT v.id, p.name, v.label, v.price_cents, p.vat_rate_bp, coalesce(s.quantity, 0) "
                       "FROM variants v JOIN products p ON p.id = v.product_id "
                       "LEFT JOIN stock_on_hand s ON s.variant_id = v.id "
                       "WHERE v.archived = 0 AND p.archived = 0 AND v.price_cents > 0 ORDER BY v.id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        Item item;
        item.variantId = q.value().value(0).toLongLong();
        item.label = q.value().value(1).toString();
        const QString variantLabel = q.value().value(2).toString();
        if (!variantLabel.isEmpty())
            item.label += QLatin1Char(' ') + variantLabel;
        item.priceCents = q.value().value(3).toLongLong();
        item.vatRateBp = q.value().value(4).toInt();
        m_onHand.insert(item.variantId, q.value().value(5).toLongLong());
        m_items << item;
    }
    if (m_items.isEmpty())
        return makeError(ErrorCode::NotFound, {}, QStringLiteral("no variant to sell"));
    // Popularity: a shuffled order, the first items sold most (see pickLines).
    for (qsizetype i = m_items.size() - 1; i > 0; --i)
        m_items.swapItemsAt(i, randomBetween(0, int(i)));
    return {};
}

QDateTime DemoHistoryWriter::at(const QDate &date, int hour, int minute, int second) const
{
    return QDateTime(date, QTime(hour, minute, second)).toUTC();
}

int DemoHistoryWriter::randomBetween(int low, int high)
{
    return low + int(m_random.bounded(quint32(high - low + 1)));
}

bool DemoHistoryWriter::chance(int percent)
{
    return randomBetween(1, 100) <= percent;
}

Status DemoHistoryWriter::event(EventKind kind, std::optional<qint64> operatorId, const QJsonObject &detail)
{
    auto id = m_events.record(kind, operatorId, detail);
    if (!id)
        return id.error();
    ++m_summary.events;
    return {};
}

Status DemoHistoryWriter::receive(qint64 variantId, qint64 quantity)
{
    auto movement = m_ledger.record(variantId, quantity, MovementReason::Receipt, QStringLiteral("Delivery"));
    if (!movement)
        return movement.error();
    m_onHand[variantId] += quantity;
    ++m_summary.deliveries;
    return {};
}

// Before opening: what sold out or nearly is received again.
Status DemoHistoryWriter::morningDeliveries()
{
    for (const Item &item : std::as_const(m_items)) {
        if (!m_soldVariants.contains(item.variantId) || m_onHand.value(item.variantId) > 2)
            continue;
        const qint64 quantity = item.priceCents < 1000 ? 24 : item.priceCents < 3000 ? 12 : 6;
        if (Status s = receive(item.variantId, quantity); !s)
            return s;
    }
    return {};
}

Status DemoHistoryWriter::writeDay(const QDate &date)
{
    ++m_summary.tradingDays;
    const QJsonObject demo {{QStringLiteral("demo_history"), true}};
    m_clock.set(at(date, 8, 55, randomBetween(0, 59)));
    if (Status s = event(EventKind::Start, std::nullopt, demo); !s)
        return s;
    m_clock.set(at(date, 9, 0));
    if (Status s = morningDeliveries(); !s)
        return s;
    m_clock.set(at(date, 9, 20, randomBetween(0, 59)));
    if (chance(15)) {
        if (Status s = event(EventKind::FailedLogin, m_managerId); !s)
            return s;
        m_clock.advance(15000);
    }
    if (Status s = event(EventKind::Login, m_managerId); !s)
        return s;

    // The day's actions at sorted random times between 9:30 and 19:00.
    QList<Action> actions(randomBetween(m_options.minSales, m_options.maxSales), Action::Sale);
    for (int i = randomBetween(0, 3); i > 0; --i)
        actions << Action::Refund;
    if (chance(35))
        actions << Action::Cancel;
    for (qsizetype i = actions.size() - 1; i > 0; --i)
        actions.swapItemsAt(i, randomBetween(0, int(i)));
    QList<int> seconds;
    for (qsizetype i = 0; i < actions.size(); ++i)
        seconds << randomBetween(9 * 3600 + 30 * 60, 19 * 3600 - 60);
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
        const QDateTime time(date,
                             QTime::fromMSecsSinceStartOfDay(seconds.at(i) * 1000 + randomBetween(0, 999)));
        // Records follow each other in time (a shift change or a cancellation may have taken a moment).
        m_clock.set(time > m_clock.now() ? time : m_clock.now().addMSecs(randomBetween(1000, 1999)));
        const qint64 operatorId = afternoon ? m_cashierId : m_managerId;
        Status s = actions.at(i) == Action::Sale ? sell(operatorId)
            : actions.at(i) == Action::Refund    ? refund(operatorId)
                                                 : cancelTicket(operatorId);
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
    m_clock.set(at(date, 19, 10, randomBetween(0, 59)));
    if (Status s = closeDay(date); !s)
        return s;
    m_clock.set(at(date, 19, 14));
    if (Status s = event(EventKind::Logout, m_managerId); !s)
        return s;
    m_clock.set(at(date, 19, 15, randomBetween(0, 59)));
    return event(EventKind::Stop, std::nullopt, demo);
}

} // namespace comptoir
