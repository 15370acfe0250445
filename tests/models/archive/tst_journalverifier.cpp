// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// verifyJournal: an intact journal verifies; every tampering an attacker holding the database
// file can do (write-once triggers dropped, rows changed, triggers recreated) is named with
// the first broken record and what is wrong with it, and nothing is repaired.
#include "journalfixture.h"
#include "models/archive/journalverifier.h"
#include "models/fiscal/ed25519.h"

#include <QRegularExpression>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

Ed25519Key otherKey()
{
    return Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x55')).value();
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// UPDATE statements giving every link a signature by `key` of its (unchanged) hash.
QStringList resignStatements(const Database &db, const Ed25519Key &key, qint64 onlySeq = 0)
{
    QStringList statements;
    auto q = db.query(QStringLiteral("SELECT seq, hash FROM fiscal_chain ORDER BY seq"));
    while (q && q.value().next()) {
        const qint64 seq = q.value().value(0).toLongLong();
        if (onlySeq != 0 && seq != onlySeq)
            continue;
        auto signature = key.sign(QByteArray::fromHex(q.value().value(1).toString().toLatin1()));
        statements << QStringLiteral("UPDATE fiscal_chain SET signature = ")
                + quoted(QString::fromLatin1(signature.value().toBase64())) + QStringLiteral(" WHERE seq = ")
                + QString::number(seq);
    }
    return statements;
}

const QString ForgedTicket = QStringLiteral(
    "INSERT INTO tickets (id, uuid, register_id, number, kind, operator_id, operator_name, business_day, "
    "closed_at, total_cents) SELECT 6, 'forged', register_id, %1, 'sale', operator_id, operator_name, "
    "'2026-11-28', '2026-11-28T10:00:00.000Z', 1000 FROM tickets WHERE id = 1");

} // namespace

class TestJournalVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intactJournal();
    void emptyJournal();
    void closureTotalsAreTheSumOfTickets();
    void tampering_data();
    void tampering();
    void relinkedForgeriesAreCaught();
    void resignedLink();
    void replacedKey();
    void notAKey();

private:
    static VerifyReport verify(ClosingShop &s, const QByteArray &key = testSigningKey().publicKey())
    {
        auto report = verifyJournal(s.shop.db(), key);
        return report.ok() ? report.value() : VerifyReport {};
    }
};

void TestJournalVerifier::intactJournal()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    auto report = verifyJournal(s.shop.db(), testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok,
             qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem + QLatin1Char(' ')
                        + report->detail));
    QCOMPARE(report->tickets, 5);
    QCOMPARE(report->closures, 2);
    QCOMPARE(report->events, 2);
    QCOMPARE(report->links, 9);
    QVERIFY(report->firstBroken.isEmpty());
    QVERIFY(report->problem.isEmpty());
    // Without the key in the meta table, the key given is all that counts.
    QVERIFY(
        tamper(s.shop.temp.filePath(), {QStringLiteral("DELETE FROM meta WHERE key = 'register_public_key'")})
            .isEmpty());
    QVERIFY(verify(s).ok);
}

void TestJournalVerifier::emptyJournal()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    const VerifyReport report = verify(s);
    QVERIFY(report.ok);
    QCOMPARE(report.links, 0);
}

void TestJournalVerifier::closureTotalsAreTheSumOfTickets()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    const Database &db = s.shop.db();
    for (qint64 id : {1, 2}) {
        const QString businessDay
            = scalar(db, QStringLiteral("SELECT business_day FROM closures WHERE id = ?"), {id}).toString();
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT total_cents FROM closures WHERE id = ?"), {id}).toLongLong(),
            scalar(db, QStringLiteral("SELECT sum(total_cents) FROM tickets WHERE business_day = ?"),
                   {businessDay})
                .toLongLong());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT sum(amount_cents) FROM closure_payments WHERE closure_id = ?"),
                        {id})
                     .toLongLong(),
                 scalar(db,
                        QStringLiteral("SELECT sum(p.amount_cents) FROM ticket_payments p JOIN tickets t ON "
                                       "t.id = p.ticket_id WHERE t.business_day = ?"),
                        {businessDay})
                     .toLongLong());
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT sum(base_cents + vat_cents) FROM closure_vat WHERE closure_id = ?"),
                   {id})
                .toLongLong(),
            scalar(db, QStringLiteral("SELECT sum(total_cents) FROM tickets WHERE business_day = ?"),
                   {businessDay})
                .toLongLong());
    }
    // …and the verifier's rule engine finds them equal.
    QVERIFY(verify(s).ok);
    QCOMPARE(scalar(db, QStringLiteral("SELECT grand_total_cents FROM closures WHERE id = 2")).toLongLong(),
             scalar(db, QStringLiteral("SELECT sum(total_cents) FROM tickets")).toLongLong());
}

void TestJournalVerifier::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("firstBroken");
    QTest::addColumn<QString>("problem");

    QTest::newRow("changed line amount")
        << QStringList {QStringLiteral("UPDATE ticket_lines SET total_cents = total_cents - 100 "
                                       "WHERE ticket_id = 2 AND position = 1")}
        << QStringLiteral("ticket 2") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed unit price") << QStringList {QStringLiteral(
        "UPDATE ticket_lines SET unit_price_cents = 1 WHERE ticket_id = 4 AND position = 2")}
                                        << QStringLiteral("ticket 4") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed payment amount") << QStringList {QStringLiteral(
        "UPDATE ticket_payments SET amount_cents = amount_cents - 500 WHERE ticket_id = 4")}
                                            << QStringLiteral("ticket 4") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed payment method")
        << QStringList {QStringLiteral("UPDATE ticket_payments SET method = 'card' WHERE ticket_id = 5")}
        << QStringLiteral("ticket 5") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed VAT row") << QStringList {QStringLiteral(
        "UPDATE ticket_vat SET base_cents = base_cents + 1, vat_cents = vat_cents - 1 "
        "WHERE ticket_id = 1 AND vat_rate_bp = 2000")}
                                     << QStringLiteral("ticket 1") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed ticket total")
        << QStringList {QStringLiteral("UPDATE tickets SET total_cents = 100 WHERE id = 3")}
        << QStringLiteral("ticket 3") << QStringLiteral("hash-mismatch");
    // Rows the sales journal never writes, though their values read back as the same ticket:
    // the one serialisation (canonicalticket.h) refuses to read them as the nearest ticket.
    QTest::newRow("renumbered lines") << QStringList {QStringLiteral(
        "UPDATE ticket_lines SET position = position + 10 WHERE ticket_id = 1")}
                                      << QStringLiteral("ticket 1") << QStringLiteral("hash-mismatch");
    QTest::newRow("reformatted closing time")
        << QStringList {QStringLiteral(
               "UPDATE tickets SET closed_at = replace(closed_at, 'Z', '+00:00') WHERE id = 2")}
        << QStringLiteral("ticket 2") << QStringLiteral("hash-mismatch");
    QTest::newRow("unknown payment method")
        << QStringList {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                        QStringLiteral("UPDATE ticket_payments SET method = 'bitcoin' WHERE ticket_id = 1")}
        << QStringLiteral("ticket 1") << QStringLiteral("hash-mismatch");
    const QStringList deleteTicket5 = {QStringLiteral("DELETE FROM ticket_lines WHERE ticket_id = 5"),
                                       QStringLiteral("DELETE FROM ticket_payments WHERE ticket_id = 5"),
                                       QStringLiteral("DELETE FROM ticket_vat WHERE ticket_id = 5"),
                                       QStringLiteral("DELETE FROM tickets WHERE id = 5")};
    QTest::newRow("deleted ticket") << deleteTicket5 << QStringLiteral("ticket 5")
                                    << QStringLiteral("missing-record");
    QTest::newRow("deleted ticket and its link")
        << (QStringList(deleteTicket5) << QStringLiteral("DELETE FROM fiscal_chain WHERE seq = 7"))
        << QStringLiteral("closure 2") << QStringLiteral("chain-gap");
    QTest::newRow("deleted line") << QStringList {QStringLiteral(
        "DELETE FROM ticket_lines WHERE ticket_id = 1 AND position = 3")}
                                  << QStringLiteral("ticket 1") << QStringLiteral("hash-mismatch");
    QTest::newRow("swapped ticket numbers")
        << QStringList {QStringLiteral("UPDATE tickets SET number = 1000 WHERE id = 1"),
                        QStringLiteral("UPDATE tickets SET number = 1 WHERE id = 2"),
                        QStringLiteral("UPDATE tickets SET number = 2 WHERE id = 1")}
        << QStringLiteral("ticket 1") << QStringLiteral("hash-mismatch");
    QTest::newRow("swapped chain links")
        << QStringList {QStringLiteral("UPDATE fiscal_chain SET seq = 1000 WHERE seq = 1"),
                        QStringLiteral("UPDATE fiscal_chain SET seq = 1 WHERE seq = 2"),
                        QStringLiteral("UPDATE fiscal_chain SET seq = 2 WHERE seq = 1000")}
        << QStringLiteral("ticket 2") << QStringLiteral("previous-hash");
    QTest::newRow("forged closure total") << QStringList {QStringLiteral(
        "UPDATE closures SET total_cents = total_cents - 1000, "
        "sales_cents = sales_cents - 1000, grand_total_cents = grand_total_cents - 1000 "
        "WHERE id = 1")} << QStringLiteral("closure 1")
                                          << QStringLiteral("hash-mismatch");
    QTest::newRow("forged closure payments")
        << QStringList {QStringLiteral("UPDATE closure_payments SET amount_cents = amount_cents - 1000 "
                                       "WHERE closure_id = 2 AND method = 'cash'")}
        << QStringLiteral("closure 2") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed event") << QStringList {QStringLiteral(
        "UPDATE events SET detail = '{}' WHERE id = 1")}
                                   << QStringLiteral("event 1") << QStringLiteral("hash-mismatch");
    QTest::newRow("changed link hash")
        << QStringList {QStringLiteral("UPDATE fiscal_chain SET hash = '") + QString(64, QLatin1Char('a'))
                        + QStringLiteral("' WHERE seq = 8")}
        << QStringLiteral("closure 2") << QStringLiteral("hash-mismatch");
    QTest::newRow("ticket without link")
        << QStringList {ForgedTicket.arg(6)} << QStringLiteral("ticket 6") << QStringLiteral("missing-link");
    QTest::newRow("event without link")
        << QStringList {QStringLiteral("INSERT INTO events (uuid, register_id, kind, occurred_at) "
                                       "VALUES ('e', 'r', 'login', '2026-11-28T10:00:00.000Z')")}
        << QStringLiteral("event 3") << QStringLiteral("missing-link");
}

void TestJournalVerifier::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, firstBroken);
    QFETCH(QString, problem);
    ClosingShop s;
    QVERIFY(buildJournal(s));
    QVERIFY(verify(s).ok);
    const QString error = tamper(s.shop.temp.filePath(), statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The triggers are back: the application itself still cannot change anything.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("write-once")));
    QVERIFY(!s.shop.db().exec(QStringLiteral("DELETE FROM tickets WHERE id = 1")).ok());

    const QStringList before = snapshot(s.shop.db())
        << QString::number(count(s.shop.db(), QStringLiteral("fiscal_chain")));
    auto report = verifyJournal(s.shop.db(), testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBroken, firstBroken);
    QCOMPARE(report->problem, problem);
    QVERIFY(!report->detail.isEmpty());
    // Pure reading: nothing repaired.
    QCOMPARE(snapshot(s.shop.db()) << QString::number(count(s.shop.db(), QStringLiteral("fiscal_chain"))),
             before);
    QCOMPARE(verify(s).problem, problem);
}

void TestJournalVerifier::relinkedForgeriesAreCaught()
{
    // Records forged with the register's own key (a bug, or the key stolen): linked and signed,
    // still caught by the numbering and the closure totals.
    {
        ClosingShop s;
        QVERIFY(buildJournal(s));
        QVERIFY(tamper(s.shop.temp.filePath(), {ForgedTicket.arg(9)}).isEmpty()); // 6 skipped
        auto canonical = canonicalTicket(s.shop.db(), 6);
        QVERIFY(canonical.ok());
        QVERIFY(s.shop.chain.append(FiscalRecordType::Ticket, 6, canonical.value()).ok());
        const VerifyReport report = verify(s);
        QCOMPARE(report.firstBroken, QStringLiteral("ticket 6"));
        QCOMPARE(report.problem, QStringLiteral("number-gap"));
    }
    {
        ClosingShop s;
        QVERIFY(buildJournal(s));
        QVERIFY(
            tamper(
                s.shop.temp.filePath(),
                {QStringLiteral(
                    "INSERT INTO closures (id, uuid, register_id, kind, number, business_day, closed_at, "
                    "operator_id, operator_name, sale_count, refund_count, cancelled_count, sales_cents, "
                    "refunds_cents, total_cents, discount_cents, cash_float_cents, cash_expected_cents, "
                    "cash_counted_cents, grand_total_cents) SELECT 3, 'forged', register_id, 'day', 3, "
                    "'2026-11-28', '2026-11-28T18:00:00.000Z', operator_id, operator_name, 0, 0, 0, 5000, 0, "
                    "5000, 0, 0, 0, 0, grand_total_cents + 5000 FROM closures WHERE id = 2")})
                .isEmpty());
        auto canonical = canonicalClosure(s.shop.db(), 3);
        QVERIFY(canonical.ok());
        QVERIFY(s.shop.chain.append(FiscalRecordType::Closure, 3, canonical.value()).ok());
        const VerifyReport report = verify(s);
        QCOMPARE(report.firstBroken, QStringLiteral("closure 3"));
        QCOMPARE(report.problem, QStringLiteral("closure-total"));
        QVERIFY(report.detail.contains(QStringLiteral("sales_cents")));
    }
}

void TestJournalVerifier::resignedLink()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    QVERIFY(tamper(s.shop.temp.filePath(), resignStatements(s.shop.db(), otherKey(), 3)).isEmpty());
    const VerifyReport report = verify(s);
    QCOMPARE(report.firstBroken, QStringLiteral("ticket 3"));
    QCOMPARE(report.problem, QStringLiteral("bad-signature"));
}

void TestJournalVerifier::replacedKey()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    const Ed25519Key attacker = otherKey();
    // The whole chain re-signed with another key: the original key rejects the first link.
    QVERIFY(tamper(s.shop.temp.filePath(), resignStatements(s.shop.db(), attacker)).isEmpty());
    VerifyReport report = verify(s);
    QCOMPARE(report.firstBroken, QStringLiteral("ticket 1"));
    QCOMPARE(report.problem, QStringLiteral("bad-signature"));

    // …and the meta public key replaced too: consistent in itself, so verifying against the
    // database's own key passes — against the key printed or archived it does not.
    QVERIFY(tamper(s.shop.temp.filePath(),
                   {QStringLiteral("UPDATE meta SET value = ")
                    + quoted(QString::fromLatin1(attacker.publicKey().toBase64()))
                    + QStringLiteral(" WHERE key = 'register_public_key'")})
                .isEmpty());
    QCOMPARE(registerPublicKey(s.shop.db()).value(), attacker.publicKey());
    QVERIFY(verify(s, attacker.publicKey()).ok);
    report = verify(s);
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBroken, QStringLiteral("public key"));
    QCOMPARE(report.problem, QStringLiteral("unknown-key"));
}

void TestJournalVerifier::notAKey()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    const VerifyReport report = verify(s, QByteArray(16, 'k'));
    QVERIFY(!report.ok);
    QCOMPARE(report.problem, QStringLiteral("unknown-key"));
}

COMPTOIR_CLOSING_TEST_MAIN(TestJournalVerifier)
#include "tst_journalverifier.moc"
