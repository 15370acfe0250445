// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Business days in the shop's time zone (issue 18): every journal row carries its day (tickets,
// their payments, cancelled tickets, closures), days follow the zone of the settings and not the
// machine's, across DST changes, and a cart cancelled after an early Z is counted in the next Z.
// The machine runs in Asia/Tokyo here, so that a day taken from it would be visibly wrong.
#include "closingfixture.h"
#include "models/fiscal/eventjournal.h"
#include "models/sales/businessday.h"
#include "models/settings/shopsettings.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

class TestBusinessDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aDayAcrossDstChanges_data();
    void aDayAcrossDstChanges();
    void overdueAcrossDstChanges_data();
    void overdueAcrossDstChanges();
    void theShopsZoneNotTheMachines_data();
    void theShopsZoneNotTheMachines();
    void cancelledAfterAnEarlyZIsInTheNextZ();
    void paymentsCarryTheirTicketsDay();
    void theDayIsWrittenOnce();
    void timeZoneSetting();

private:
    // Sets the shop's zone through its settings.
    bool setZone(const QByteArray &id) { return ShopSettings(m_s->shop.db()).setTimeZone(id).ok(); }
    void at(const QDateTime &instant) { m_s->shop.clock.set(instant.toUTC()); }
    QVariant cell(const QString &sql, const QVariantList &bindings = {})
    {
        return scalar(m_s->shop.db(), sql, bindings);
    }
    Result<Closure> closeDay(const QString &day)
    {
        auto totals = m_s->closing->totals(day, 0);
        if (!totals)
            return totals.error();
        return m_s->closing->close(day, m_s->operatorId, 0, totals->cashExpectedCents);
    }

    std::unique_ptr<ClosingShop> m_s;
};

namespace {

const QTimeZone Paris(QByteArrayLiteral("Europe/Paris"));

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QDateTime local(const QTimeZone &zone, int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), zone);
}

} // namespace

void TestBusinessDays::init()
{
    m_s = std::make_unique<ClosingShop>();
    QVERIFY(m_s->setUpClosing());
    QVERIFY(setZone("Europe/Paris"));
}

void TestBusinessDays::cleanup()
{
    m_s.reset();
}

void TestBusinessDays::aDayAcrossDstChanges_data()
{
    QTest::addColumn<QDateTime>("instant"); // UTC, written out: no conversion to trust
    QTest::addColumn<QDateTime>("paris"); // the same instant as Orléans' clock shows it
    QTest::addColumn<QString>("expected");

    // Sunday 29 March 2026, 02:00 CET → 03:00 CEST: the day lasts 23 hours.
    QTest::newRow("Sat 28 March, 23:30 CET")
        << utc(2026, 3, 28, 22, 30) << local(Paris, 2026, 3, 28, 23, 30) << QStringLiteral("2026-03-28");
    QTest::newRow("Sun 29 March, 00:30 CET")
        << utc(2026, 3, 28, 23, 30) << local(Paris, 2026, 3, 29, 0, 30) << QStringLiteral("2026-03-29");
    QTest::newRow("Sun 29 March, 23:30 CEST")
        << utc(2026, 3, 29, 21, 30) << local(Paris, 2026, 3, 29, 23, 30) << QStringLiteral("2026-03-29");
    QTest::newRow("Mon 30 March, 00:30 CEST")
        << utc(2026, 3, 29, 22, 30) << local(Paris, 2026, 3, 30, 0, 30) << QStringLiteral("2026-03-30");
    // Sunday 25 October 2026, 03:00 CEST → 02:00 CET: the day lasts 25 hours.
    QTest::newRow("Sat 24 October, 23:30 CEST")
        << utc(2026, 10, 24, 21, 30) << local(Paris, 2026, 10, 24, 23, 30) << QStringLiteral("2026-10-24");
    QTest::newRow("Sun 25 October, 00:30 CEST")
        << utc(2026, 10, 24, 22, 30) << local(Paris, 2026, 10, 25, 0, 30) << QStringLiteral("2026-10-25");
    QTest::newRow("Sun 25 October, 23:30 CET")
        << utc(2026, 10, 25, 22, 30) << local(Paris, 2026, 10, 25, 23, 30) << QStringLiteral("2026-10-25");
    QTest::newRow("Mon 26 October, 00:30 CET")
        << utc(2026, 10, 25, 23, 30) << local(Paris, 2026, 10, 26, 0, 30) << QStringLiteral("2026-10-26");
}

void TestBusinessDays::aDayAcrossDstChanges()
{
    QFETCH(QDateTime, instant);
    QFETCH(QDateTime, paris);
    QFETCH(QString, expected);
    QCOMPARE(paris.toUTC(), instant);

    at(instant);
    auto sale = m_s->journal.commitSale(m_s->threeLines());
    QVERIFY(sale.ok());
    QCOMPARE(sale->businessDay, expected);
    QVERIFY(m_s->drafts.cancel(m_s->threeLines()).ok());
    QCOMPARE(cell(QStringLiteral("SELECT business_day FROM cancelled_tickets")).toString(), expected);
    QCOMPARE(cell(QStringLiteral("SELECT DISTINCT business_day FROM ticket_payments")).toString(), expected);
    // The day's Z counts both, the days around it neither.
    auto totals = m_s->closing->totals(expected, 0);
    QVERIFY(totals.ok());
    QCOMPARE(totals->saleCount, 1);
    QCOMPARE(totals->cancelledCount, 1);
    const QDate day = QDate::fromString(expected, Qt::ISODate);
    for (const QDate &other : {day.addDays(-1), day.addDays(1)}) {
        QCOMPARE(m_s->closing->totals(other.toString(Qt::ISODate), 0)->saleCount, 0);
        QCOMPARE(m_s->closing->totals(other.toString(Qt::ISODate), 0)->cancelledCount, 0);
    }
}

void TestBusinessDays::overdueAcrossDstChanges_data()
{
    QTest::addColumn<QDateTime>("soldAt");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected"); // the overdue day, or empty

    // Sold on Saturday 28 March; overdue from Monday 30 March 00:00 CEST (= 29 March 22:00 UTC),
    // 23 hours after the end of the 28th since the 29th lasts 23 hours.
    const QDateTime march = local(Paris, 2026, 3, 28, 15);
    QTest::newRow("March: Sun 29, 23:59 CEST") << march << utc(2026, 3, 29, 21, 59) << QString();
    QTest::newRow("March: Mon 30, 00:00 CEST")
        << march << utc(2026, 3, 29, 22, 0) << QStringLiteral("2026-03-28");
    // Sold on Saturday 24 October; overdue from Monday 26 October 00:00 CET (= 25 October 23:00
    // UTC), 25 hours after the end of the 24th.
    const QDateTime october = local(Paris, 2026, 10, 24, 15);
    QTest::newRow("October: Sun 25, 23:59 CET") << october << utc(2026, 10, 25, 22, 59) << QString();
    QTest::newRow("October: Mon 26, 00:00 CET")
        << october << utc(2026, 10, 25, 23, 0) << QStringLiteral("2026-10-24");
}

void TestBusinessDays::overdueAcrossDstChanges()
{
    QFETCH(QDateTime, soldAt);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);

    at(soldAt);
    QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    auto overdue = overdueBusinessDay(m_s->shop.db(), m_s->shop.db().deviceId(), now);
    QVERIFY(overdue.ok());
    QCOMPARE(overdue->value_or(QString()), expected);
}

void TestBusinessDays::theShopsZoneNotTheMachines_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("expected");

    // 12:00 UTC on 27 November: 21:00 on the 27th for the machine (Tokyo), 13:00 in Orléans,
    // 07:00 in New York, 01:00 on the 28th in Auckland (NZDT, UTC+13).
    const QDateTime noon = utc(2026, 11, 27, 12);
    QTest::newRow("Europe/Paris") << QByteArray("Europe/Paris") << noon << QStringLiteral("2026-11-27");
    QTest::newRow("America/New_York")
        << QByteArray("America/New_York") << noon << QStringLiteral("2026-11-27");
    QTest::newRow("Pacific/Auckland")
        << QByteArray("Pacific/Auckland") << noon << QStringLiteral("2026-11-28");
    // 03:00 UTC on 27 November: noon on the 27th in Tokyo, 22:00 on the 26th in New York.
    const QDateTime early = utc(2026, 11, 27, 3);
    QTest::newRow("America/New_York, evening before")
        << QByteArray("America/New_York") << early << QStringLiteral("2026-11-26");
    QTest::newRow("Pacific/Auckland, afternoon")
        << QByteArray("Pacific/Auckland") << early << QStringLiteral("2026-11-27");
}

void TestBusinessDays::theShopsZoneNotTheMachines()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, instant);
    QFETCH(QString, expected);

    QVERIFY(setZone(zone));
    QCOMPARE(ShopSettings(m_s->shop.db()).timeZone()->id(), zone);
    at(instant);
    QCOMPARE(m_s->closing->openDay().value(), expected);
    auto sale = m_s->journal.commitSale(m_s->threeLines());
    QVERIFY(sale.ok());
    QCOMPARE(sale->businessDay, expected);
    QCOMPARE(m_s->closing->closableDays().value(), QStringList {expected});
    // Overdue from D+2 at 00:00 in the shop's zone, not the machine's.
    const QTimeZone shop(zone);
    const QDate day = QDate::fromString(expected, Qt::ISODate);
    const QDateTime dueAt = QDateTime(day.addDays(2), QTime(0, 0), shop);
    const QString registerId = m_s->shop.db().deviceId();
    QVERIFY(!overdueBusinessDay(m_s->shop.db(), registerId, dueAt.addSecs(-60))->has_value());
    QCOMPARE(overdueBusinessDay(m_s->shop.db(), registerId, dueAt)->value_or(QString()), expected);
}

void TestBusinessDays::cancelledAfterAnEarlyZIsInTheNextZ()
{
    at(local(Paris, 2026, 11, 27, 10));
    QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    at(local(Paris, 2026, 11, 27, 12));
    QVERIFY(m_s->drafts.cancel(m_s->threeLines()).ok()); // before the Z: in the 27th's
    // The early Z, at 18:00; then a cart cancelled at 22:30, before midnight.
    at(local(Paris, 2026, 11, 27, 18));
    auto early = closeDay(QStringLiteral("2026-11-27"));
    QVERIFY(early.ok());
    QCOMPARE(early->totals.cancelledCount, 1);
    at(local(Paris, 2026, 11, 27, 22, 30));
    QVERIFY(m_s->drafts.cancel(m_s->threeLines()).ok());
    QCOMPARE(cell(QStringLiteral("SELECT business_day FROM cancelled_tickets ORDER BY id DESC LIMIT 1")),
             QVariant(QStringLiteral("2026-11-28")));
    // Its event in the fiscal chain says so too.
    const QJsonObject detail = QJsonDocument::fromJson(cell(QStringLiteral("SELECT detail FROM events WHERE "
                                                                           "kind = 'ticket_cancelled' "
                                                                           "ORDER BY id DESC LIMIT 1"))
                                                           .toString()
                                                           .toUtf8())
                                   .object();
    QCOMPARE(detail.value(QStringLiteral("business_day")).toString(), QStringLiteral("2026-11-28"));
    // The 27th's closure is as it was; the next Z counts the cart.
    QCOMPARE(m_s->closing->closure(early->id)->totals.cancelledCount, 1);
    at(local(Paris, 2026, 11, 28, 10));
    QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    at(local(Paris, 2026, 11, 28, 19));
    auto next = closeDay(QStringLiteral("2026-11-28"));
    QVERIFY(next.ok());
    QCOMPARE(next->totals.cancelledCount, 1);
    QCOMPARE(next->totals.saleCount, 1);
    // Every cancelled cart is in exactly one Z.
    QCOMPARE(cell(QStringLiteral("SELECT sum(cancelled_count) FROM closures")).toLongLong(),
             count(m_s->shop.db(), QStringLiteral("cancelled_tickets")));
}

void TestBusinessDays::paymentsCarryTheirTicketsDay()
{
    at(local(Paris, 2026, 11, 27, 10));
    auto before = m_s->journal.commitSale(m_s->mixedSale());
    QVERIFY(before.ok());
    at(local(Paris, 2026, 11, 27, 18));
    QVERIFY(closeDay(QStringLiteral("2026-11-27")).ok());
    at(local(Paris, 2026, 11, 27, 21)); // after the early Z: the 28th
    auto after = m_s->journal.commitSale(m_s->mixedSale());
    QVERIFY(after.ok());
    QCOMPARE(after->businessDay, QStringLiteral("2026-11-28"));
    auto refund = m_s->refund(before.value(), 1, PaymentMethod::Card);
    QVERIFY(refund.ok());
    QCOMPARE(refund->businessDay, QStringLiteral("2026-11-28"));

    for (const Ticket &ticket : {before.value(), after.value(), refund.value()}) {
        auto days = m_s->shop.db().rows(
            QStringLiteral("SELECT business_day FROM ticket_payments WHERE ticket_id = ?"), {ticket.id});
        QVERIFY(days.ok());
        QCOMPARE(days->size(), ticket.payments.size());
        for (const QVariantList &row : days.value())
            QCOMPARE(row.at(0).toString(), ticket.businessDay);
    }
    // The next Z sums the payments of its day: the later sale and the refund.
    auto totals = m_s->closing->totals(QStringLiteral("2026-11-28"), 0);
    QVERIFY(totals.ok());
    qint64 paid = 0;
    for (const MethodTotal &method : totals->methods)
        paid += method.amountCents;
    QCOMPARE(paid, after->totalCents + refund->totalCents);
}

void TestBusinessDays::theDayIsWrittenOnce()
{
    Database &db = m_s->shop.db();
    at(local(Paris, 2026, 11, 27, 10));
    auto sale = m_s->journal.commitSale(m_s->threeLines());
    QVERIFY(sale.ok());
    QVERIFY(m_s->drafts.cancel(m_s->threeLines()).ok());
    const QStringList before = snapshot(db);
    // Neither changed nor deleted, like the other columns of the journal.
    QVERIFY(!db.exec(QStringLiteral("UPDATE ticket_payments SET business_day = '2026-11-28'")).ok());
    QVERIFY(!db.exec(QStringLiteral("UPDATE cancelled_tickets SET business_day = '2026-11-28'")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM ticket_payments")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM cancelled_tickets")).ok());
    QCOMPARE(snapshot(db), before);
    QCOMPARE(cell(QStringLiteral("SELECT DISTINCT business_day FROM ticket_payments")).toString(),
             QStringLiteral("2026-11-27"));
    // A payment on another day than its ticket's, or none, is refused.
    const QString insertPayment = QStringLiteral("INSERT INTO ticket_payments (ticket_id, position, method, "
                                                 "amount_cents, business_day) VALUES (?, 9, 'card', 1, ?)");
    QVERIFY(!db.exec(insertPayment, {sale->id, QStringLiteral("2026-11-28")}).ok());
    QVERIFY(!db.exec(insertPayment, {sale->id, QVariant(QMetaType(QMetaType::QString))}).ok());
    // A cancelled ticket in a closed day is refused too (it would be in no Z).
    at(local(Paris, 2026, 11, 27, 18));
    QVERIFY(closeDay(QStringLiteral("2026-11-27")).ok());
    const QStringList closed = snapshot(db);
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO cancelled_tickets (uuid, register_id, cancelled_at, "
                                    "total_cents, line_count, content, business_day) VALUES ('late', ?, "
                                    "'2026-11-27T20:00:00.000Z', 1, 1, '{}', '2026-11-27')"),
                     {db.deviceId()})
                 .ok());
    QCOMPARE(snapshot(db), closed);
}

void TestBusinessDays::timeZoneSetting()
{
    Database &db = m_s->shop.db();
    QVERIFY(db.setMeta(shopTimeZoneKey(), QStringLiteral("")).ok());
    ShopSettings settings(db);
    // None stored: the system's zone, until the first start stores it.
    QCOMPARE(settings.timeZone()->id(), QTimeZone::systemTimeZoneId());
    QVERIFY(settings.adoptSystemTimeZone().ok());
    QCOMPARE(db.meta(shopTimeZoneKey()).value(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    // A zone chosen in the settings stays, whatever the machine's, and a later start keeps it.
    QVERIFY(settings.setTimeZone("Pacific/Auckland").ok());
    QVERIFY(settings.adoptSystemTimeZone().ok());
    QCOMPARE(settings.timeZone()->id(), QByteArray("Pacific/Auckland"));
    // An unknown id is refused and nothing is written.
    auto refused = settings.setTimeZone("Europe/Orleans");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::UnknownTimeZone);
    QCOMPARE(refused.error().subject, QStringLiteral("Europe/Orleans"));
    QCOMPARE(settings.timeZone()->id(), QByteArray("Pacific/Auckland"));
    // A stored id this system does not know (a copied database): the system's zone.
    QVERIFY(db.setMeta(shopTimeZoneKey(), QStringLiteral("Mars/Olympus_Mons")).ok());
    QCOMPARE(shopTimeZone(db)->id(), QTimeZone::systemTimeZoneId());
}

int main(int argc, char **argv)
{
    // The machine is in Tokyo; the shop's zone is a setting (Europe/Paris unless a test says so).
    qputenv("TZ", "Asia/Tokyo");
    QCoreApplication app(argc, argv);
    TestBusinessDays test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_businessdays.moc"
