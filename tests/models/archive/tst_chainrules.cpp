// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's rule engine (chainrules.h) on hand-built chains: a genuine month passes, and each
// rule fails at its record with its code — numbering, duplicates, a Z against its tickets
// (cancellations, cash expected, grand total from an opening value), cancellations written before
// schema 10 (by the local date in the chain's time zone), month and year closures (a month with
// no Z), canonical form, record type, key changes, signatures.
#include "chainbuilder.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::chaintest;

namespace {

const QString Day26 = QStringLiteral("2026-11-26");
const QString Day27 = QStringLiteral("2026-11-27");

ChainRules::Setup setupFor(const ChainBuilder &chain, const QByteArray &firstKey = {})
{
    QList<KeyChange> changes;
    for (const QJsonObject &link : chain.links) {
        auto change = keyChangeFromRecord(recordOf(link), link.value(QLatin1String("seq")).toInteger());
        if (change && change.value())
            changes << *change.value();
    }
    ChainRules::Setup setup;
    setup.keys = KeyHistory::fromChanges(changes, firstKey.isEmpty() ? chain.key().publicKey() : firstKey);
    setup.zone = QTimeZone("Europe/Paris");
    return setup;
}

std::optional<RuleFailure> walk(const ChainBuilder &chain, ChainRules &rules)
{
    for (const QJsonObject &link : chain.links) {
        if (auto failed = rules.feed(input(link)))
            return failed;
    }
    return std::nullopt;
}

std::optional<RuleFailure> walk(const ChainBuilder &chain)
{
    ChainRules rules(setupFor(chain));
    return walk(chain, rules);
}

QString describe(const std::optional<RuleFailure> &failed)
{
    if (!failed)
        return QStringLiteral("passes");
    return failed->record + QLatin1Char(' ') + failed->problem + QLatin1Char(' ') + failed->detail;
}

QJsonObject cancelled(const QString &day, const QString &occurredAt)
{
    QJsonObject detail {{QStringLiteral("line_count"), 1}, {QStringLiteral("total_cents"), 500}};
    if (!day.isEmpty())
        detail.insert(QStringLiteral("business_day"), day);
    return event(QStringLiteral("ticket_cancelled"), detail, occurredAt);
}

// Two days of November: sales (cash with change, card), a cancelled cart, the Zs, their events,
// the month closure.
ChainBuilder november()
{
    ChainBuilder chain;
    const QJsonObject t1 = sale(1, Day26, 1200, QStringLiteral("cash"), 2000);
    const QJsonObject t2 = sale(2, Day26, 850, QStringLiteral("card"));
    chain.append(t1);
    chain.append(t2);
    chain.append(cancelled(Day26, QStringLiteral("2026-11-26T15:00:00.000Z")));
    const QJsonObject z1 = dayClosure(1, Day26, {t1, t2}, 0, 1);
    chain.append(z1);
    chain.append(event(QStringLiteral("day_closed"), {}, QStringLiteral("2026-11-26T18:00:00.000Z")));
    const QJsonObject t3 = sale(3, Day27, 3000);
    chain.append(t3);
    const QJsonObject z2
        = dayClosure(2, Day27, {t3}, z1.value(QLatin1String("grand_total_cents")).toInteger());
    chain.append(z2);
    chain.append(periodClosure(1, QStringLiteral("2026-11"), {z1, z2}));
    return chain;
}

} // namespace

class TestChainRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genuineMonthPasses()
    {
        const ChainBuilder chain = november();
        ChainRules rules(setupFor(chain));
        QCOMPARE(describe(walk(chain, rules)), QStringLiteral("passes"));
        QCOMPARE(rules.links, 8);
        QCOMPARE(rules.tickets, 3);
        QCOMPARE(rules.closures, 2);
        QCOMPARE(rules.events, 2);
        QCOMPARE(rules.periodClosures, 1);
        const SeriesNumbers numbers = rules.numbers(chain.registerId);
        QCOMPARE(numbers.ticket, 3);
        QCOMPARE(numbers.closure, 2);
        QCOMPARE(numbers.monthClosure, 1);
        QCOMPARE(numbers.grandTotal, 5050);
        QCOMPARE(rules.lastSeq(), 8);
        const QList<KeySpan> spans = rules.keySpans();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().firstSeq, 1);
        QCOMPARE(spans.first().lastSeq, 8);
    }

    void numberGap()
    {
        ChainBuilder chain;
        chain.append(sale(1, Day26, 100));
        chain.append(sale(3, Day26, 100));
        const auto failed = walk(chain);
        QCOMPARE(describe(failed).section(QLatin1Char(' '), 0, 2), QStringLiteral("ticket 2 number-gap"));
    }

    void duplicateRecord()
    {
        ChainBuilder chain;
        QJsonObject t = sale(1, Day26, 100);
        t.insert(QStringLiteral("uuid"), QStringLiteral("same"));
        chain.append(t);
        t.insert(QStringLiteral("number"), 2);
        chain.append(t);
        QCOMPARE(describe(walk(chain)).section(QLatin1Char(' '), 0, 2),
                 QStringLiteral("ticket 2 duplicate-record"));
    }

    void closureAgainstItsTickets_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("value");
        QTest::newRow("cancelled_count") << QStringLiteral("cancelled_count") << qint64(0);
        QTest::newRow("cash_expected_cents") << QStringLiteral("cash_expected_cents") << qint64(5000);
        QTest::newRow("grand_total_cents") << QStringLiteral("grand_total_cents") << qint64(2049);
        QTest::newRow("discount_cents") << QStringLiteral("discount_cents") << qint64(1);
        QTest::newRow("last_ticket_number") << QStringLiteral("last_ticket_number") << qint64(1);
    }
    void closureAgainstItsTickets()
    {
        QFETCH(QString, field);
        QFETCH(qint64, value);
        ChainBuilder chain;
        const QJsonObject t1 = sale(1, Day26, 1200, QStringLiteral("cash"), 2000);
        const QJsonObject t2 = sale(2, Day26, 850, QStringLiteral("card"));
        chain.append(t1);
        chain.append(t2);
        chain.append(cancelled(Day26, QStringLiteral("2026-11-26T15:00:00.000Z")));
        QJsonObject z = dayClosure(1, Day26, {t1, t2}, 0, 1);
        QCOMPARE(z.value(QLatin1String("cash_expected_cents")).toInteger(),
                 6200); // float + 12.00 net of change
        z.insert(field, value);
        chain.append(z);
        const auto failed = walk(chain);
        QVERIFY2(failed, "passes");
        QCOMPARE(failed->record, QStringLiteral("closure 1"));
        QCOMPARE(failed->problem, QStringLiteral("closure-total"));
        QVERIFY2(failed->detail.contains(field), qPrintable(failed->detail));
    }

    // The first Z of an archive carries the grand total of the header's opening.
    void firstClosureFromAnOpeningGrandTotal()
    {
        ChainBuilder chain;
        const QJsonObject t = sale(41, Day26, 700);
        chain.append(t);
        chain.append(dayClosure(8, Day26, {t}, 100000));
        ChainRules::Setup setup = setupFor(chain);
        setup.registerId = chain.registerId; // an archive's: its opening numbers are this register's
        setup.opening = SeriesNumbers {40, 7, 0, 0, 100000, {}};
        ChainRules rules(setup);
        QCOMPARE(describe(walk(chain, rules)), QStringLiteral("passes"));
        QCOMPARE(rules.numbers(chain.registerId).grandTotal, 100700);
        setup.opening.grandTotal = 0;
        ChainRules fromZero(setup);
        const auto failed = walk(chain, fromZero);
        QVERIFY(failed);
        QCOMPARE(failed->problem, QStringLiteral("closure-total"));
        QVERIFY(failed->detail.contains(QStringLiteral("grand_total_cents")));
    }

    // A cancellation written before schema 10 (no business_day) counts on the local date of
    // occurred_at in the chain's zone, or after an early Z on the day after it.
    void cancellationBeforeSchema10()
    {
        ChainBuilder chain;
        const QJsonObject t1 = sale(1, Day26, 100);
        chain.append(t1);
        chain.append(dayClosure(1, Day26, {t1}, 0));
        // 23:30 UTC on the 26th is 00:30 on the 27th in Paris; and one on the 26th after its Z.
        chain.append(cancelled({}, QStringLiteral("2026-11-26T23:30:00.000Z")));
        chain.append(cancelled({}, QStringLiteral("2026-11-26T19:00:00.000Z")));
        const QJsonObject t2 = sale(2, Day27, 100);
        chain.append(t2);
        chain.append(dayClosure(2, Day27, {t2}, 100, 2));
        QCOMPARE(describe(walk(chain)), QStringLiteral("passes"));

        // Before any Z, the zone alone decides: 23:30 UTC is the 27th in Paris, the 26th in New York.
        ChainBuilder early;
        early.append(cancelled({}, QStringLiteral("2026-11-26T23:30:00.000Z")));
        early.append(t1);
        early.append(dayClosure(1, Day26, {t1}, 0, 0));
        early.append(t2);
        early.append(dayClosure(2, Day27, {t2}, 100, 1));
        ChainRules::Setup setup = setupFor(early);
        ChainRules paris(setup);
        QCOMPARE(describe(walk(early, paris)), QStringLiteral("passes"));
        setup.zone = QTimeZone("America/New_York");
        ChainRules newYork(setup);
        const auto failed = walk(early, newYork);
        QVERIFY(failed);
        QCOMPARE(failed->record, QStringLiteral("closure 1"));
        QVERIFY2(failed->detail.contains(QStringLiteral("cancelled_count")), qPrintable(failed->detail));
    }

    void ticketOfAClosedDay()
    {
        ChainBuilder chain;
        const QJsonObject t1 = sale(1, Day26, 100);
        chain.append(t1);
        chain.append(dayClosure(1, Day26, {t1}, 0));
        chain.append(sale(2, Day26, 100));
        const auto failed = walk(chain);
        QCOMPARE(describe(failed).section(QLatin1Char(' '), 0, 2), QStringLiteral("ticket 2 closure-total"));
    }

    void closuresInOrderOfDays()
    {
        ChainBuilder chain;
        chain.append(dayClosure(1, Day27, {}, 0));
        chain.append(dayClosure(2, Day26, {}, 0));
        QCOMPARE(describe(walk(chain)).section(QLatin1Char(' '), 0, 2),
                 QStringLiteral("closure 2 closure-total"));
    }

    void ticketArithmetic()
    {
        ChainBuilder chain;
        QJsonObject t = sale(1, Day26, 100);
        t.insert(QStringLiteral("change_cents"), 5);
        chain.append(t);
        QCOMPARE(describe(walk(chain)).section(QLatin1Char(' '), 0, 2),
                 QStringLiteral("ticket 1 ticket-total"));
    }

    // A month with no Z has no month closure: one made all the same covers nothing.
    void monthWithNoClosure()
    {
        ChainBuilder chain = november();
        chain.append(periodClosure(2, QStringLiteral("2026-12"), {}));
        const auto failed = walk(chain);
        QVERIFY(failed);
        QCOMPARE(failed->record, QStringLiteral("month-closure 2"));
        QCOMPARE(failed->problem, QStringLiteral("period-total"));
        QVERIFY2(failed->detail.contains(QStringLiteral("no closure covered")), qPrintable(failed->detail));
    }

    void monthAndYearTotals()
    {
        ChainBuilder chain = november();
        const QJsonObject month = recordOf(chain.links.last());
        chain.append(periodClosure(1, QStringLiteral("2026"), {month}));
        QCOMPARE(describe(walk(chain)), QStringLiteral("passes"));

        ChainBuilder forged = november();
        QJsonObject wrongYear = periodClosure(1, QStringLiteral("2026"), {month});
        wrongYear.insert(QStringLiteral("sales_cents"), 1);
        forged.append(wrongYear);
        QCOMPARE(describe(walk(forged)).section(QLatin1Char(' '), 0, 2),
                 QStringLiteral("year-closure 1 period-total"));

        ChainBuilder wrongMonth;
        const QJsonObject t = sale(1, Day26, 100);
        wrongMonth.append(t);
        const QJsonObject z = dayClosure(1, Day26, {t}, 0);
        wrongMonth.append(z);
        QJsonObject m = periodClosure(1, QStringLiteral("2026-11"), {z});
        m.insert(QStringLiteral("day_count"), 2);
        wrongMonth.append(m);
        QCOMPARE(describe(walk(wrongMonth)).section(QLatin1Char(' '), 0, 2),
                 QStringLiteral("month-closure 1 period-total"));
    }

    void perLinkRules()
    {
        {
            ChainBuilder chain;
            QJsonObject e = chaintest::event(QStringLiteral("day_closed"), {},
                                             QStringLiteral("2026-11-26T18:00:00.000Z"));
            e.insert(QStringLiteral("uuid"), QStringLiteral("uuid-1"));
            e.insert(QStringLiteral("register_id"), chain.registerId);
            // The same record, written with a space (every field of its kind present).
            chain.appendBytes(QStringLiteral("event"),
                              canonicalJson(e).replace(QByteArrayLiteral("\":"), QByteArrayLiteral("\": ")));
            QCOMPARE(describe(walk(chain)).section(QLatin1Char(' '), 0, 2),
                     QStringLiteral("event 1 non-canonical"));
        }
        {
            ChainBuilder chain;
            chain.appendBytes(QStringLiteral("event"), QByteArrayLiteral("{\"record\":\"event\",\"x\":1.5}"));
            QCOMPARE(describe(walk(chain)).section(QLatin1Char(' '), 0, 2),
                     QStringLiteral("event 1 bad-format"));
        }
        {
            ChainBuilder chain;
            QJsonObject t = sale(1, Day26, 100);
            t.insert(QStringLiteral("uuid"), QStringLiteral("uuid-1"));
            t.insert(QStringLiteral("register_id"), chain.registerId);
            chain.appendBytes(QStringLiteral("closure"), canonicalJson(t));
            QCOMPARE(describe(walk(chain)).section(QLatin1Char(' '), 0, 2),
                     QStringLiteral("closure 1 record-type"));
        }
        {
            ChainBuilder chain;
            QJsonObject m = periodClosure(1, QStringLiteral("2026-11"), {});
            m.insert(QStringLiteral("kind"), QStringLiteral("year"));
            m.insert(QStringLiteral("uuid"), QStringLiteral("uuid-1"));
            m.insert(QStringLiteral("register_id"), chain.registerId);
            chain.appendBytes(QStringLiteral("month-closure"), canonicalJson(m));
            QCOMPARE(describe(walk(chain)).section(QLatin1Char(' '), 0, 2),
                     QStringLiteral("month-closure 1 record-type"));
        }
        {
            const ChainBuilder chain = november();
            ChainRules rules(setupFor(chain, keyFromByte('\x22').publicKey()));
            QCOMPARE(describe(walk(chain, rules)).section(QLatin1Char(' '), 0, 2),
                     QStringLiteral("ticket 1 bad-signature"));
        }
        {
            const ChainBuilder chain = november();
            ChainRules rules(setupFor(chain));
            QVERIFY(!rules.feed(input(chain.links.at(0))));
            QCOMPARE(rules.feed(input(chain.links.at(2)))->problem, QStringLiteral("chain-gap"));
            QJsonObject link = chain.links.at(1);
            link.insert(QStringLiteral("previous_hash"), QString(64, QLatin1Char('0')));
            QCOMPARE(rules.feed(input(link))->problem, QStringLiteral("previous-hash"));
        }
        {
            const ChainBuilder chain = november();
            QJsonObject link = chain.links.at(0);
            link.insert(QStringLiteral("hash"), QString(64, QLatin1Char('a')));
            ChainRules rules(setupFor(chain));
            QCOMPARE(rules.feed(input(link))->problem, QStringLiteral("hash-mismatch"));
        }
    }

    void keyChanges()
    {
        const Ed25519Key next = keyFromByte('\x33');
        {
            ChainBuilder chain;
            const QByteArray first = chain.key().publicKey();
            chain.append(sale(1, Day26, 100));
            chain.changeKey(next);
            chain.append(sale(2, Day26, 100));
            ChainRules rules(setupFor(chain));
            QCOMPARE(describe(walk(chain, rules)), QStringLiteral("passes"));
            const QList<KeySpan> spans = rules.keySpans();
            QCOMPARE(spans.size(), 2);
            QCOMPARE(spans.at(0).publicKey, first);
            QCOMPARE(spans.at(0).lastSeq, 1);
            QCOMPARE(spans.at(1).firstSeq, 2);
            QCOMPARE(spans.at(1).lastSeq, 3);
        }
        {
            // An endorsement by a third key does not verify with the previous key.
            ChainBuilder chain;
            chain.append(sale(1, Day26, 100));
            QJsonObject record = keyChanged(keyFromByte('\x44'), next);
            QJsonObject detail
                = QJsonDocument::fromJson(record.value(QLatin1String("detail")).toString().toUtf8()).object();
            detail.insert(QStringLiteral("previous_public_key"),
                          QString::fromLatin1(chain.key().publicKey().toBase64()));
            record.insert(QStringLiteral("detail"),
                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            chain.append(record);
            const ChainRules::Setup setup = setupFor(chain);
            ChainRules rules(setup);
            QVERIFY(!rules.feed(input(chain.links.at(0))));
            const auto failed = rules.feed(input(chain.links.at(1)));
            QVERIFY(failed);
            QCOMPARE(failed->problem, QStringLiteral("key-change"));
            QVERIFY2(failed->detail.contains(QStringLiteral("endorsement")), qPrintable(failed->detail));
        }
        {
            // A change whose previous key is not the key in effect.
            ChainBuilder chain;
            chain.append(sale(1, Day26, 100));
            chain.append(keyChanged(keyFromByte('\x44'), next));
            ChainRules::Setup setup = setupFor(chain, chain.key().publicKey());
            setup.keys = KeyHistory(chain.key().publicKey());
            ChainRules rules(setup);
            QVERIFY(!rules.feed(input(chain.links.at(0))));
            const auto failed = rules.feed(input(chain.links.at(1)));
            QVERIFY(failed);
            QCOMPARE(failed->problem, QStringLiteral("key-change"));
        }
    }
};

QTEST_GUILESS_MAIN(TestChainRules)
#include "tst_chainrules.moc"
