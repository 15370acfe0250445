// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/returncode.h"
#include "tillfixture.h"

#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

// Finding a validated ticket again for a return: TicketFinder::searchTickets (day, number,
// amount, article text, sales only, limit, newest first, this register only) and
// TicketFinder::findByReturnCode (the receipt's return code or a bare number).
class TestTicketSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void searchByDay();
    void searchByNumberAndAmount();
    void searchByText_data();
    void searchByText();
    void salesOnlyAndLimit();
    void otherRegisterIsNotSearched();
    void returnCodeRoundTrip();
    void garbageIsNotFound_data();
    void garbageIsNotFound();

private:
    // A cash sale of one line; the clock moves one minute on.
    Ticket sell(const QString &label, qint64 quantity, qint64 price);
    QList<qint64> numbers(const TicketSearch &search) const;
    qint64 insertForeignTicket(qint64 number);

    std::unique_ptr<TillShop> m_t;
};

void TestTicketSearch::init()
{
    m_t = std::make_unique<TillShop>();
    QVERIFY(m_t->shop.temp.isValid());
    QVERIFY(m_t->setUp());
}

void TestTicketSearch::cleanup()
{
    m_t.reset();
}

Ticket TestTicketSearch::sell(const QString &label, qint64 quantity, qint64 price)
{
    SaleDraft draft;
    draft.operatorId = m_t->operatorId;
    TicketLine l = line(m_t->jam, quantity, price, 550);
    l.label = label;
    draft.lines = {l};
    draft.payments = {pay(PaymentMethod::Cash, quantity * price)};
    auto sale = m_t->journal.commitSale(draft);
    m_t->shop.clock.advance(60 * 1000);
    if (!sale) {
        qWarning() << "sale refused" << int(sale.error().code) << sale.error().detail;
        return {};
    }
    return *sale;
}

QList<qint64> TestTicketSearch::numbers(const TicketSearch &search) const
{
    QList<qint64> result;
    auto found = m_t->finder.searchTickets(search);
    if (!found) {
        qWarning() << "search failed" << found.error().detail;
        return {-1};
    }
    for (const TicketSummary &s : *found)
        result << s.number;
    return result;
}

// A ticket of another register, number `number`, on the same day, as a synced journal could hold.
qint64 TestTicketSearch::insertForeignTicket(qint64 number)
{
    auto id = m_t->shop.db().insert(
        QStringLiteral(
            "INSERT INTO tickets (uuid, register_id, number, kind, operator_id, operator_name, "
            "business_day, closed_at, total_cents) VALUES (?, 'ffffffff-0000-other', ?, 'sale', ?, "
            "'Camille', '2026-11-27', '2026-11-27T09:30:00.000Z', 589)"),
        {m_t->shop.uuids.next(), number, m_t->operatorId});
    if (!id)
        return 0;
    if (!m_t->shop.db().exec(QStringLiteral("INSERT INTO ticket_lines (ticket_id, position, label, quantity, "
                                            "unit_price_cents, vat_rate_bp, total_cents) "
                                            "VALUES (?, 1, 'Confiture', 1, 589, 550, 589)"),
                             {*id}))
        return 0;
    return *id;
}

void TestTicketSearch::searchByDay()
{
    const Ticket first = sell(QStringLiteral("Confiture"), 1, 589);
    const Ticket second = sell(QStringLiteral("Mug"), 1, 1290);
    m_t->shop.clock.advance(24 * 3600 * 1000);
    const Ticket nextDay = sell(QStringLiteral("Confiture"), 2, 589);
    QCOMPARE(first.businessDay, QStringLiteral("2026-11-27"));
    QCOMPARE(nextDay.businessDay, QStringLiteral("2026-11-28"));

    TicketSearch search;
    search.businessDay = QStringLiteral("2026-11-27");
    QCOMPARE(numbers(search), (QList<qint64> {2, 1})); // newest first
    search.businessDay = QStringLiteral("2026-11-28");
    QCOMPARE(numbers(search), (QList<qint64> {3}));
    search.businessDay = QStringLiteral("2026-11-26");
    QCOMPARE(numbers(search), QList<qint64>());
    QCOMPARE(numbers(TicketSearch {}), (QList<qint64> {3, 2, 1}));

    auto found = m_t->finder.searchTickets(TicketSearch {});
    QVERIFY(found.ok());
    const TicketSummary &summary = found->at(1);
    QCOMPARE(summary.id, second.id);
    QCOMPARE(summary.kind, TicketKind::Sale);
    QCOMPARE(summary.businessDay, QStringLiteral("2026-11-27"));
    QCOMPARE(summary.closedAt, second.closedAt);
    QCOMPARE(summary.closedAt.offsetFromUtc(), 0);
    QCOMPARE(summary.operatorName, QStringLiteral("Camille"));
    QCOMPARE(summary.totalCents, qint64(1290));
    QCOMPARE(summary.lineCount, 1);
}

void TestTicketSearch::searchByNumberAndAmount()
{
    sell(QStringLiteral("Confiture"), 1, 589);
    sell(QStringLiteral("Mug"), 1, 1290);
    sell(QStringLiteral("Confiture"), 1, 589);

    TicketSearch search;
    search.number = 2;
    QCOMPARE(numbers(search), (QList<qint64> {2}));
    search.number = 9;
    QCOMPARE(numbers(search), QList<qint64>());

    search = {};
    search.totalCents = 589;
    QCOMPARE(numbers(search), (QList<qint64> {3, 1}));
    search.totalCents = 1290;
    QCOMPARE(numbers(search), (QList<qint64> {2}));
    search.number = 1; // both filters apply
    QCOMPARE(numbers(search), QList<qint64>());
}

void TestTicketSearch::searchByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    // 1: "Confiture fraise", 2: "Mug bleu", 3: "Remise 50%", 4: "Carte_cadeau", 5: "Écharpe été"
    QTest::newRow("part of a word") << QStringLiteral("fitu") << QList<qint64> {1};
    QTest::newRow("case-insensitive") << QStringLiteral("MUG") << QList<qint64> {2};
    QTest::newRow("surrounding spaces") << QStringLiteral("  bleu ") << QList<qint64> {2};
    QTest::newRow("percent is literal") << QStringLiteral("%") << QList<qint64> {3};
    QTest::newRow("underscore is literal") << QStringLiteral("_") << QList<qint64> {4};
    QTest::newRow("50%") << QStringLiteral("50%") << QList<qint64> {3};
    QTest::newRow("backslash") << QStringLiteral("\\") << QList<qint64> {};
    QTest::newRow("no match") << QStringLiteral("théière") << QList<qint64> {};
    QTest::newRow("accented, lower case") << QStringLiteral("écharpe") << QList<qint64> {5};
    QTest::newRow("accented, upper case") << QStringLiteral("ÉTÉ") << QList<qint64> {5};
    QTest::newRow("accented, as stored") << QStringLiteral("Écharpe été") << QList<qint64> {5};
    QTest::newRow("accent missing") << QStringLiteral("echarpe") << QList<qint64> {};
    QTest::newRow("empty: no filter") << QString() << QList<qint64> {5, 4, 3, 2, 1};
}

void TestTicketSearch::searchByText()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    sell(QStringLiteral("Confiture fraise"), 1, 589);
    sell(QStringLiteral("Mug bleu"), 1, 1290);
    sell(QStringLiteral("Remise 50%"), 1, 100);
    sell(QStringLiteral("Carte_cadeau"), 1, 2000);
    sell(QStringLiteral("Écharpe été"), 1, 2500);
    TicketSearch search;
    search.text = text;
    QCOMPARE(numbers(search), expected);
}

void TestTicketSearch::salesOnlyAndLimit()
{
    const Ticket sale = sell(QStringLiteral("Confiture"), 2, 589);
    sell(QStringLiteral("Mug"), 1, 1290);
    RefundDraft refund;
    refund.originalTicketId = sale.id;
    refund.operatorId = m_t->operatorId;
    refund.lines = {RefundLine {sale.lines.at(0).id, 1}};
    refund.payments = {pay(PaymentMethod::Cash, 0)};
    QVERIFY(m_t->journal.commitRefund(refund).ok());

    TicketSearch search;
    QCOMPARE(numbers(search), (QList<qint64> {3, 2, 1}));
    auto all = m_t->finder.searchTickets(search);
    QCOMPARE(all->at(0).kind, TicketKind::Refund);
    QCOMPARE(all->at(0).totalCents, qint64(-589));
    search.totalCents = -589;
    QCOMPARE(numbers(search), (QList<qint64> {3}));
    search = {};
    search.salesOnly = true;
    QCOMPARE(numbers(search), (QList<qint64> {2, 1}));
    search.limit = 1;
    QCOMPARE(numbers(search), (QList<qint64> {2}));
    search.limit = 0;
    QCOMPARE(numbers(search), QList<qint64>());
}

void TestTicketSearch::otherRegisterIsNotSearched()
{
    const Ticket mine = sell(QStringLiteral("Confiture"), 1, 589);
    const qint64 foreign = insertForeignTicket(7);
    QVERIFY(foreign > 0);
    QVERIFY(insertForeignTicket(1) > 0); // the same number as ours, on the other register

    TicketSearch search;
    QCOMPARE(numbers(search), (QList<qint64> {1}));
    search.number = 7;
    QCOMPARE(numbers(search), QList<qint64>());
    search = {};
    search.text = QStringLiteral("Confiture");
    QCOMPARE(numbers(search), (QList<qint64> {1}));

    // Its return code names the other register: not found here, even where the number exists.
    for (const QString &code : {QStringLiteral("Tffffffff-7"), QStringLiteral("Tffffffff-1")}) {
        auto found = m_t->finder.findByReturnCode(code);
        QVERIFY2(!found.ok(), qPrintable(code));
        QCOMPARE(found.error().code, ErrorCode::TicketNotFound);
        QCOMPARE(found.error().subject, code);
    }
    QCOMPARE(m_t->finder.findByReturnCode(QStringLiteral("7")).error().code, ErrorCode::TicketNotFound);
    QCOMPARE(m_t->finder.findByReturnCode(QStringLiteral("1")).value(), mine.id);
}

void TestTicketSearch::returnCodeRoundTrip()
{
    sell(QStringLiteral("Confiture"), 1, 589);
    const Ticket sale = sell(QStringLiteral("Mug"), 1, 1290);
    auto read = m_t->tickets.ticket(sale.id);
    QVERIFY(read.ok());
    const QString code = ReturnCode::forTicket(*read);
    QVERIFY2(code.startsWith(QLatin1Char('T')) && code.endsWith(QStringLiteral("-2")), qPrintable(code));
    QCOMPARE(ReturnCode::registerShort(m_t->shop.db().deviceId()), ReturnCode::parse(code)->first);

    auto found = m_t->finder.findByReturnCode(code);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail));
    QCOMPARE(found.value(), sale.id);
    // As a scanner may send it: surrounding whitespace, other letter case.
    QCOMPARE(m_t->finder.findByReturnCode(QStringLiteral(" ") + code + QStringLiteral("\n")).value(),
             sale.id);
    QCOMPARE(m_t->finder.findByReturnCode(QLatin1Char('T') + code.mid(1).toUpper()).value(), sale.id);
    // The bare number of a ticket of this register.
    QCOMPARE(m_t->finder.findByReturnCode(QStringLiteral("2")).value(), sale.id);
    QCOMPARE(m_t->finder.findByReturnCode(QStringLiteral("0002")).value(), sale.id);
    // This register's code, but no such ticket.
    const QString missing = code.left(code.indexOf(QLatin1Char('-'))) + QStringLiteral("-42");
    QCOMPARE(m_t->finder.findByReturnCode(missing).error().code, ErrorCode::TicketNotFound);
    QCOMPARE(m_t->finder.findByReturnCode(missing).error().subject, missing);
}

void TestTicketSearch::garbageIsNotFound_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("word") << QStringLiteral("confiture");
    QTest::newRow("barcode-like") << QStringLiteral("4006381333931");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("decimal") << QStringLiteral("1.5");
    QTest::newRow("no register") << QStringLiteral("T-1");
    QTest::newRow("no number") << QStringLiteral("Tabc-");
    QTest::newRow("other register") << QStringLiteral("TZZZZ-1");
    QTest::newRow("huge number") << QStringLiteral("99999999999999999999999");
    QTest::newRow("no such ticket") << QStringLiteral("42");
}

void TestTicketSearch::garbageIsNotFound()
{
    QFETCH(QString, code);
    sell(QStringLiteral("Confiture"), 1, 589);
    auto found = m_t->finder.findByReturnCode(code);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::TicketNotFound);
    QCOMPARE(found.error().subject, code);
}

QTEST_GUILESS_MAIN(TestTicketSearch)
#include "tst_ticketsearch.moc"
