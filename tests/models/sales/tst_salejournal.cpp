// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketcalculator.h"
#include "tillfixture.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

class TestSaleJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void commitSaleWritesEverything();
    void numbersAreGapFree();
    void failureWritesNothing_data();
    void failureWritesNothing();
    void journalIsWriteOnce_data();
    void journalIsWriteOnce();
    void mixedPayment();
    void parkAndResume();
    void cancelRecordsOnly();

private:
    std::unique_ptr<TillShop> m_t;
};

void TestSaleJournal::init()
{
    m_t = std::make_unique<TillShop>();
    QVERIFY(m_t->shop.temp.isValid());
    QVERIFY(m_t->setUp());
}

void TestSaleJournal::cleanup()
{
    m_t.reset();
}

void TestSaleJournal::commitSaleWritesEverything()
{
    Database &db = m_t->shop.db();
    auto sale = m_t->journal.commitSale(m_t->threeLines());
    QVERIFY(sale.ok());
    QCOMPARE(sale->number, qint64(1));
    QCOMPARE(sale->registerId, db.deviceId());
    QCOMPARE(sale->businessDay, m_t->shop.clock.now().toLocalTime().date().toString(Qt::ISODate));

    // The ticket as stored.
    QCOMPARE(count(db, QStringLiteral("tickets")), qint64(1));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT total_cents || '/' || tendered_cents || '/' || change_cents || '/' "
                              "|| kind || '/' || operator_name FROM tickets"))
            .toString(),
        QStringLiteral("2818/3000/182/sale/Camille"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT group_concat(total_cents, ',') FROM (SELECT total_cents FROM "
                                   "ticket_lines WHERE ticket_id = ? ORDER BY position)"),
                    {sale->id})
                 .toString(),
             QStringLiteral("1178,1290,350"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT method || ':' || amount_cents FROM ticket_payments")).toString(),
        QStringLiteral("cash:2818"));
    // VAT per rate: 1290 × 2000/12000 = 215; 350 × 1000/11000 = 31.8 → 32; 1178 × 550/10550 = 61.4 → 61.
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT group_concat(r, ';') FROM (SELECT vat_rate_bp || ':' || base_cents "
                              "|| '/' || vat_cents AS r FROM ticket_vat ORDER BY vat_rate_bp DESC)"))
            .toString(),
        QStringLiteral("2000:1075/215;1000:318/32;550:1117/61"));

    // Stock went down, one movement per line with a variant, reason sale.
    QCOMPARE(m_t->shop.ledger.onHand(m_t->jam).value(), qint64(8));
    QCOMPARE(m_t->shop.ledger.onHand(m_t->mug).value(), qint64(4));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'sale'")).toLongLong(),
        qint64(2));

    // The outbox: the ticket's summary and each movement, as the marketplace's mutations (§6.4).
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'ticket_summary'"))
                 .toLongLong(),
             qint64(1));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'ticket'")).toLongLong(),
        qint64(0));
    const QJsonObject ticketJson = outboxPayload(db, sale->uuid);
    QCOMPARE(ticketJson.value(QStringLiteral("ticket_id")).toString(), sale->uuid);
    QCOMPARE(ticketJson.value(QStringLiteral("register_id")).toString(), db.deviceId());
    QCOMPARE(ticketJson.value(QStringLiteral("total_cents")).toInteger(), qint64(2818));
    QCOMPARE(ticketJson.value(QStringLiteral("number")).toInteger(), qint64(1));
    QCOMPARE(ticketJson.value(QStringLiteral("occurred_at")).toString(),
             sale->closedAt.toString(Qt::ISODateWithMs));
    QCOMPARE(ticketJson.size(), 5); // no lines, no personal data
    auto moves = db.query(QStringLiteral("SELECT id, delta, occurred_at FROM stock_movements "
                                         "WHERE reason = 'sale' AND variant_id = ?"),
                          {m_t->jam});
    QVERIFY(moves && moves.value().next());
    const QJsonObject moveJson = outboxPayload(db, moves.value().value(0).toString());
    QCOMPARE(moveJson.value(QStringLiteral("movement_id")).toString(), moves.value().value(0).toString());
    QCOMPARE(moveJson.value(QStringLiteral("delta")).toInteger(), qint64(-2));
    QCOMPARE(moveJson.value(QStringLiteral("reason")).toString(), QStringLiteral("sale"));
    QCOMPARE(moveJson.value(QStringLiteral("occurred_at")).toString(), moves.value().value(2).toString());
    QCOMPARE(moveJson.value(QStringLiteral("variant_id")).toString(),
             scalar(db, QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {m_t->jam}).toString());
    QCOMPARE(moveJson.size(), 5);

    // Reading back gives the same ticket.
    auto read = m_t->tickets.ticket(sale->id);
    QVERIFY(read.ok());
    QCOMPARE(read->uuid, sale->uuid);
    QCOMPARE(read->lines.size(), 3);
    QCOMPARE(read->lines.at(0).variantId, std::optional<qint64>(m_t->jam));
    QCOMPARE(read->lines.at(2).variantId, std::optional<qint64>());
    QCOMPARE(read->vat.size(), 3);
    QCOMPARE(read->closedAt, m_t->shop.clock.now());
    QCOMPARE(read->changeCents, qint64(182));
}

void TestSaleJournal::numbersAreGapFree()
{
    QStringList uuids;
    for (int i = 0; i < 5; ++i) {
        if (i == 2) { // a refused sale takes no number
            SaleDraft unpaid = m_t->threeLines();
            unpaid.payments.clear();
            QVERIFY(!m_t->journal.commitSale(unpaid).ok());
        }
        auto sale = m_t->journal.commitSale(m_t->threeLines());
        QVERIFY(sale.ok());
        QCOMPARE(sale->number, qint64(i + 1));
        uuids << sale->uuid;
        m_t->shop.clock.advance(1000);
    }
    QCOMPARE(scalar(m_t->shop.db(),
                    QStringLiteral("SELECT group_concat(number, ',') FROM (SELECT number FROM "
                                   "tickets ORDER BY number)"))
                 .toString(),
             QStringLiteral("1,2,3,4,5"));
    auto third = m_t->tickets.findTicket(m_t->shop.db().deviceId(), 3);
    QVERIFY(third.ok() && third->has_value());
    QCOMPARE(m_t->tickets.ticket(**third)->uuid, uuids.at(2));
    auto byUuid = m_t->tickets.findTicketByUuid(uuids.at(4));
    QVERIFY(byUuid.ok() && byUuid->has_value());
    QCOMPARE(m_t->tickets.ticket(**byUuid)->number, qint64(5));
    QVERIFY(!m_t->tickets.findTicket(m_t->shop.db().deviceId(), 6)->has_value());
    QVERIFY(!m_t->tickets.findTicket(QStringLiteral("other-register"), 1)->has_value());
}

void TestSaleJournal::failureWritesNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("unknown variant on line 3") << QStringLiteral("variant") << ErrorCode::NotFound;
    QTest::newRow("unknown operator") << QStringLiteral("operator") << ErrorCode::NotFound;
    QTest::newRow("inactive operator") << QStringLiteral("inactive") << ErrorCode::OperatorInactive;
    QTest::newRow("not fully paid") << QStringLiteral("unpaid") << ErrorCode::NotFullyPaid;
    QTest::newRow("card pays more than the total") << QStringLiteral("card") << ErrorCode::Overpayment;
    QTest::newRow("empty ticket") << QStringLiteral("empty") << ErrorCode::EmptyTicket;
    QTest::newRow("discount too large") << QStringLiteral("discount") << ErrorCode::DiscountTooLarge;
    QTest::newRow("cash short") << QStringLiteral("short") << ErrorCode::NotFullyPaid;
}

void TestSaleJournal::failureWritesNothing()
{
    QFETCH(QString, how);
    QFETCH(ErrorCode, error);
    QVERIFY(m_t->journal.commitSale(m_t->threeLines()).ok()); // something in the journal already
    const QStringList before = snapshot(m_t->shop.db());
    SaleDraft draft = m_t->threeLines();
    if (how == QLatin1String("variant"))
        draft.lines[2].variantId = 999999;
    else if (how == QLatin1String("operator"))
        draft.operatorId = 4242;
    else if (how == QLatin1String("inactive"))
        QVERIFY(m_t->shop.db().exec(QStringLiteral("UPDATE operators SET active = 0")).ok());
    else if (how == QLatin1String("unpaid"))
        draft.payments = {pay(PaymentMethod::Card, 1000)};
    else if (how == QLatin1String("card"))
        draft.payments = {pay(PaymentMethod::Card, 3000)};
    else if (how == QLatin1String("empty"))
        draft.lines.clear();
    else if (how == QLatin1String("discount"))
        draft.discount = Discount::amount(2819);
    else if (how == QLatin1String("short"))
        draft.tenderedCents = 2000;
    auto result = m_t->journal.commitSale(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, error);
    QCOMPARE(snapshot(m_t->shop.db()), before);
    QCOMPARE(m_t->shop.db().transactionDepth(), 0);
    // The journal carries on: the next sale takes the next number.
    QVERIFY(m_t->shop.db().exec(QStringLiteral("UPDATE operators SET active = 1")).ok());
    auto next = m_t->journal.commitSale(m_t->threeLines());
    QVERIFY(next.ok());
    QCOMPARE(next->number, qint64(2));
}

void TestSaleJournal::journalIsWriteOnce_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("check");
    const QString tickets = QStringLiteral("SELECT count(*) || ':' || sum(total_cents) FROM tickets");
    const QString lines = QStringLiteral("SELECT count(*) || ':' || sum(total_cents) FROM ticket_lines");
    const QString payments
        = QStringLiteral("SELECT count(*) || ':' || sum(amount_cents) FROM ticket_payments");
    const QString vat = QStringLiteral("SELECT count(*) || ':' || sum(vat_cents) FROM ticket_vat");
    QTest::newRow("update ticket") << QStringLiteral("UPDATE tickets SET total_cents = 1") << tickets;
    QTest::newRow("delete ticket") << QStringLiteral("DELETE FROM tickets") << tickets;
    QTest::newRow("update line") << QStringLiteral("UPDATE ticket_lines SET total_cents = 1") << lines;
    QTest::newRow("delete line") << QStringLiteral("DELETE FROM ticket_lines") << lines;
    QTest::newRow("update payment") << QStringLiteral("UPDATE ticket_payments SET amount_cents = 1")
                                    << payments;
    QTest::newRow("delete payment") << QStringLiteral("DELETE FROM ticket_payments") << payments;
    QTest::newRow("update vat") << QStringLiteral("UPDATE ticket_vat SET vat_cents = 1") << vat;
    QTest::newRow("delete vat") << QStringLiteral("DELETE FROM ticket_vat") << vat;
}

void TestSaleJournal::journalIsWriteOnce()
{
    QFETCH(QString, sql);
    QFETCH(QString, check);
    QVERIFY(m_t->journal.commitSale(m_t->threeLines()).ok());
    const QString before = scalar(m_t->shop.db(), check).toString();
    QVERIFY(!before.startsWith(QLatin1String("0:")));
    QVERIFY(!m_t->shop.db().exec(sql).ok());
    QCOMPARE(scalar(m_t->shop.db(), check).toString(), before);
}

void TestSaleJournal::mixedPayment()
{
    SaleDraft draft = m_t->threeLines(); // 28.18 €
    draft.payments
        = {pay(PaymentMethod::Card, 1500), pay(PaymentMethod::Cheque, 1000), pay(PaymentMethod::Cash, 318)};
    draft.payments[1].reference = QStringLiteral("0001234");
    draft.tenderedCents = 500;
    auto sale = m_t->journal.commitSale(draft);
    QVERIFY(sale.ok());
    auto read = m_t->tickets.ticket(sale->id);
    QVERIFY(read.ok());
    QCOMPARE(read->payments.size(), 3);
    QCOMPARE(read->payments.at(0).method, PaymentMethod::Card);
    QCOMPARE(read->payments.at(1).reference, QStringLiteral("0001234"));
    QCOMPARE(read->payments.at(2).amountCents, qint64(318));
    QCOMPARE(read->tenderedCents, qint64(500));
    QCOMPARE(read->changeCents, qint64(182));
}

void TestSaleJournal::parkAndResume()
{
    SaleDraft draft = m_t->threeLines();
    draft.lines[1].discountPercentBp = 1500;
    draft.lines[2].discountCents = 50;
    draft.lines[2].label = QStringLiteral("Carte « Orléans » 🎁");
    draft.discount = Discount::percent(500);
    draft.payments = {pay(PaymentMethod::Card, 1000)};
    draft.payments[0].reference = QStringLiteral("ref");
    draft.tenderedCents = 0;
    const QStringList before = snapshot(m_t->shop.db());

    auto id = m_t->drafts.park(draft, QStringLiteral("Madame Martin"));
    QVERIFY(id.ok());
    auto list = m_t->drafts.parked();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).label, QStringLiteral("Madame Martin"));
    QCOMPARE(list->at(0).lineCount, 3);
    QCOMPARE(list->at(0).parkedAt, m_t->shop.clock.now());
    QCOMPARE(list->at(0).totalCents, TicketCalculator::compute(draft.lines, draft.discount)->totalCents);

    auto resumed = m_t->drafts.resume(*id);
    QVERIFY(resumed.ok());
    QVERIFY(*resumed == draft);
    QVERIFY(m_t->drafts.parked()->isEmpty());
    QCOMPARE(m_t->drafts.resume(*id).error().code, ErrorCode::NotFound);
    QCOMPARE(snapshot(m_t->shop.db()), before);
    QVERIFY(m_t->journal.commitSale(SaleDraft {}).error().code == ErrorCode::EmptyTicket);
}

void TestSaleJournal::cancelRecordsOnly()
{
    const QStringList before = snapshot(m_t->shop.db());
    QVERIFY(m_t->drafts.cancel(m_t->threeLines()).ok());
    QStringList after = snapshot(m_t->shop.db());
    QCOMPARE(after.at(7), QStringLiteral("cancelled_tickets=1"));
    after[7] = before.at(7);
    QCOMPARE(after, before);
    QCOMPARE(scalar(m_t->shop.db(),
                    QStringLiteral("SELECT total_cents || '/' || line_count || '/' || operator_id "
                                   "FROM cancelled_tickets"))
                 .toString(),
             QStringLiteral("2818/3/%1").arg(m_t->operatorId));
    QVERIFY(!m_t->shop.db().exec(QStringLiteral("DELETE FROM cancelled_tickets")).ok());
}

QTEST_GUILESS_MAIN(TestSaleJournal)
#include "tst_salejournal.moc"
