// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DayClosing: the stored closures (numbers, grand total, write-once rows, no ticket in a closed
// day) and the printed Z report, on a real database file.
#include "closingfixture.h"
#include "models/closing/zreportlayout.h"
#include "models/money.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

class TestClosures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void grandTotalAccumulates();
    void closuresAreWriteOnce_data();
    void closuresAreWriteOnce();
    void ticketInClosedDayRefused();
    void layout_data();
    void layout();
    void zReportNamesTheTill();

private:
    std::unique_ptr<ClosingShop> m_s;
};

void TestClosures::init()
{
    m_s = std::make_unique<ClosingShop>();
    QVERIFY(m_s->setUpClosing());
}

void TestClosures::cleanup()
{
    m_s.reset();
}

void TestClosures::grandTotalAccumulates()
{
    // Day 1: 28.18 €.
    m_s->setTime(25, 10);
    QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    auto first = m_s->closing->close(day(25), m_s->operatorId, 0, 2818);
    QVERIFY(first.ok());
    // Day 2: 40.70 € sold, 12.59 € given back.
    m_s->setTime(26, 10);
    auto sale = m_s->journal.commitSale(m_s->discountedSale({pay(PaymentMethod::Card, 4070)}));
    QVERIFY(sale.ok());
    auto mugBack = m_s->refund(sale.value(), 1, PaymentMethod::Card); // 12.90 € less its share of the 1 € off
    QVERIFY(mugBack.ok());
    QCOMPARE(mugBack->totalCents, qint64(-1259));
    auto second = m_s->closing->close(day(26), m_s->operatorId, 0, 0);
    QVERIFY(second.ok());
    // Day 3: nothing sold, a zero Z.
    m_s->setTime(27, 18);
    auto third = m_s->closing->close(day(27), m_s->operatorId, 2000, 2000);
    QVERIFY(third.ok());

    QCOMPARE(first->number, qint64(1));
    QCOMPARE(second->number, qint64(2));
    QCOMPARE(third->number, qint64(3));
    QCOMPARE(first->grandTotalCents, qint64(2818));
    QCOMPARE(second->totals.totalCents, qint64(4070 - 1259));
    QCOMPARE(second->grandTotalCents, qint64(2818 + 4070 - 1259));
    QCOMPARE(third->totals.totalCents, qint64(0));
    QCOMPARE(third->grandTotalCents, second->grandTotalCents);
    QVERIFY(!third->totals.firstTicketNumber);
    QVERIFY(third->totals.methods.isEmpty());
    QVERIFY(third->totals.vat.isEmpty());
    QCOMPARE(third->totals.cashExpectedCents, qint64(2000));

    auto list = m_s->closing->closures(2);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).number, qint64(3));
    QCOMPARE(list->at(1).number, qint64(2));
    QCOMPARE(scalar(m_s->shop.db(), QStringLiteral("SELECT sum(total_cents) FROM closures")).toLongLong(),
             third->grandTotalCents);
}

void TestClosures::closuresAreWriteOnce_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update closure") << QStringLiteral("UPDATE closures SET total_cents = 0");
    QTest::newRow("delete closure") << QStringLiteral("DELETE FROM closures");
    QTest::newRow("update payments") << QStringLiteral("UPDATE closure_payments SET amount_cents = 0");
    QTest::newRow("delete payments") << QStringLiteral("DELETE FROM closure_payments");
    QTest::newRow("update VAT") << QStringLiteral("UPDATE closure_vat SET vat_cents = 0");
    QTest::newRow("delete VAT") << QStringLiteral("DELETE FROM closure_vat");
}

void TestClosures::closuresAreWriteOnce()
{
    QFETCH(QString, sql);
    QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    auto closed = m_s->closing->close(day(27), m_s->operatorId, 0, 2818);
    QVERIFY(closed.ok());
    const QStringList before = m_s->closureCounts();
    QVERIFY(!m_s->shop.db().exec(sql).ok());
    QCOMPARE(m_s->closureCounts(), before);
    auto read = m_s->closing->closure(closed->id);
    QVERIFY(read.ok());
    QCOMPARE(read->totals.totalCents, qint64(2818));
    QCOMPARE(read->totals.methods.constFirst().amountCents, qint64(2818));
    QCOMPARE(read->totals.vat.constFirst().vatCents, closed->totals.vat.constFirst().vatCents);
}

void TestClosures::ticketInClosedDayRefused()
{
    Database &db = m_s->shop.db();
    QVERIFY(m_s->closing->close(day(27), m_s->operatorId, 0, 0).ok());
    const auto insert = [&db, this](const QString &registerId, const QString &businessDay, int number) {
        return db.insert(
            QStringLiteral(
                "INSERT INTO tickets (uuid, register_id, number, kind, operator_id, operator_name, "
                "business_day, closed_at, total_cents) VALUES (?, ?, ?, 'sale', ?, 'Camille', ?, "
                "'2026-11-27T17:00:00.000Z', 100)"),
            {QString(QStringLiteral("sql-") + registerId + businessDay), registerId, number, m_s->operatorId,
             businessDay});
    };
    QVERIFY(!insert(db.deviceId(), day(27), 1).ok());
    QVERIFY(!insert(db.deviceId(), day(26), 1).ok()); // an earlier day is closed too
    QCOMPARE(count(db, QStringLiteral("tickets")), qint64(0));
    QVERIFY(insert(QStringLiteral("other-register"), day(27), 1).ok()); // another register's day is its own
    QVERIFY(insert(db.deviceId(), day(28), 1).ok());
    // Through the journal, the sale goes to the next day.
    auto sale = m_s->journal.commitSale(m_s->threeLines());
    QVERIFY(sale.ok());
    QCOMPARE(sale->businessDay, day(28));
}

void TestClosures::layout_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("duplicate");
    QTest::newRow("80 mm") << 48 << 0;
    QTest::newRow("58 mm") << 32 << 0;
    QTest::newRow("80 mm, duplicate") << 48 << 2;
}

void TestClosures::layout()
{
    QFETCH(int, columns);
    QFETCH(int, duplicate);

    QList<Ticket> tickets;
    QVERIFY(m_s->build(QStringLiteral("everything"), tickets));
    m_s->setTime(27, 18);
    QVERIFY(m_s->closing->close(day(26), m_s->operatorId, 0, 2818).ok());
    auto closed = m_s->closing->close(day(27), m_s->operatorId, 5000, 8300);
    QVERIFY(closed.ok());

    ShopIdentity shop {QStringLiteral("Épicerie du Martroi"),
                       QStringLiteral("1 place du Martroi\n45000 Orléans"), QStringLiteral("73282932000074"),
                       QStringLiteral("FR44732829320")};
    ReceiptOptions options;
    options.columns = columns;
    options.duplicateNumber = duplicate;
    options.signatureExcerpt = QStringLiteral("a1b2c3d4");
    options.locale = QLocale(QLocale::French, QLocale::France);
    const QList<ReceiptLine> lines = ZReportLayout::lines(shop, closed.value(), options);
    QVERIFY(!lines.isEmpty());

    QStringList texts;
    for (const ReceiptLine &l : lines) {
        const int limit = l.style.testFlag(ReceiptLine::Large) ? columns / 2 : columns;
        QVERIFY2(l.text.size() <= limit, qPrintable(l.text));
        texts << l.text;
    }
    const auto hasLine = [&texts](const QString &left, const QString &right) {
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return text.startsWith(left) && text.endsWith(right);
        });
    };
    const QLocale &fr = options.locale;
    const auto money = [&fr](qint64 cents) {
        return Money::format(cents, fr);
    };

    const auto title = std::find_if(lines.cbegin(), lines.cend(), [](const ReceiptLine &l) {
        return l.text == QLatin1String("Z REPORT no. 2");
    });
    QVERIFY(title != lines.cend());
    QVERIFY(title->style.testFlag(ReceiptLine::Large));
    QVERIFY(title->style.testFlag(ReceiptLine::Centered));
    QVERIFY(texts.contains(QStringLiteral("Épicerie du"))
            || texts.contains(QStringLiteral("Épicerie du Martroi")));
    QCOMPARE(texts.contains(QStringLiteral("DUPLICATE 2")), duplicate == 2);
    QVERIFY(hasLine(QStringLiteral("Business day"), fr.toString(QDate(2026, 11, 27), QLocale::ShortFormat)));
    QVERIFY(hasLine(QStringLiteral("Closed at"), QStringLiteral("19:00:00"))); // local time
    QVERIFY(hasLine(QStringLiteral("Operator: Camille"), QString()));
    QVERIFY(hasLine(QStringLiteral("Tickets"), QStringLiteral("2 to 5")));
    QVERIFY(hasLine(QStringLiteral("Sales"), QStringLiteral("3")));
    QVERIFY(hasLine(QStringLiteral("Refunds"), QStringLiteral("1")));
    QVERIFY(hasLine(QStringLiteral("Cancelled tickets"), QStringLiteral("1")));
    QVERIFY(hasLine(QStringLiteral("TOTAL incl. VAT"), money(8416)));
    QVERIFY(hasLine(QStringLiteral("Discounts given"), money(277)));
    // One line per payment method.
    QVERIFY(hasLine(QStringLiteral("Cash (3)"), money(3346)));
    QVERIFY(hasLine(QStringLiteral("Card (1)"), money(1000)));
    QVERIFY(hasLine(QStringLiteral("Cheque (1)"), money(2000)));
    QVERIFY(hasLine(QStringLiteral("Voucher (1)"), money(2070)));
    // Per VAT rate: its heading, then base, VAT and total.
    for (const VatAmount &vat : closed->totals.vat) {
        const QString heading
            = Receipt::vatCode(vat.vatRateBp) + QLatin1Char(' ') + Money::formatRate(vat.vatRateBp, fr);
        const qsizetype at = texts.indexOf(heading);
        QVERIFY2(at >= 0, qPrintable(heading));
        QVERIFY(texts.at(at + 1).endsWith(money(vat.baseCents)));
        QVERIFY(texts.at(at + 2).endsWith(money(vat.vatCents)));
        QVERIFY(texts.at(at + 3).endsWith(money(vat.baseCents + vat.vatCents)));
    }
    QVERIFY(hasLine(QStringLiteral("Cash float"), money(5000)));
    QVERIFY(hasLine(QStringLiteral("Cash expected"), money(8346)));
    QVERIFY(hasLine(QStringLiteral("Cash counted"), money(8300)));
    QVERIFY(hasLine(QStringLiteral("Cash difference"), money(-46)));
    QVERIFY(hasLine(QStringLiteral("Grand total"), money(2818 + 8416)));
    QCOMPARE(texts.constLast(), QStringLiteral("Signature: a1b2c3d4"));
}

void TestClosures::zReportNamesTheTill()
{
    m_s->setTime(25, 10);
    QVERIFY(m_s->journal.commitSale(m_s->threeLines()).ok());
    auto closed = m_s->closing->close(day(25), m_s->operatorId, 0, 2818);
    QVERIFY(closed.ok());
    ShopIdentity shop {QStringLiteral("Épicerie du Martroi"), {}, {}, {}, QStringLiteral("Caisse 1")};
    QStringList texts;
    for (const ReceiptLine &l : ZReportLayout::lines(shop, closed.value()))
        texts << l.text;
    QVERIFY2(texts.contains(QStringLiteral("Register: Caisse 1")), qPrintable(texts.join(u'\n')));
    QVERIFY(!texts.join(u'\n').contains(closed->registerId)); // the id stays in the fiscal records
    shop.tillName.clear(); // no name: the register's id, as before
    texts.clear();
    for (const ReceiptLine &l : ZReportLayout::lines(shop, closed.value()))
        texts << l.text;
    QVERIFY(texts.contains(QStringLiteral("Register: ") + closed->registerId));
}

COMPTOIR_CLOSING_TEST_MAIN(TestClosures)

#include "tst_closures.moc"
