// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4 acceptance: killing the till (SIGKILL) during sales leaves a valid chain with no half
// ticket. crashseller (COMPTOIR_CRASHSELLER) sells in a tight loop on a database file; each round
// it is killed at a random moment, and the database is then checked from here: SQLite
// integrity, the fiscal chain verified with the test key, every ticket whole (lines, payments,
// VAT, chain link), numbers gap-free, stock on hand equal to the movements, and no sale lost.
#include "fixtures.h"
#include "models/archive/journalverifier.h"
#include "models/storage/database.h"
#include "tempdatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

using namespace comptoir;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    auto q = db.query(sql);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

qint64 number(const Database &db, const QString &sql)
{
    const QVariant value = scalar(db, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

} // namespace

class TestCrashKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringSalesLeavesAValidChain();
};

void TestCrashKill::killDuringSalesLeavesAValidChain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("crash.sqlite"));
    const QByteArray publicKey = testSigningKey().publicKey();
    constexpr int Rounds = 8;
    QRandomGenerator rng(QRandomGenerator::system()->generate());

    qint64 previousTickets = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 1; round <= Rounds; ++round) {
        const QString where = QStringLiteral("round %1: ").arg(round);
        QProcess seller;
        seller.setProcessChannelMode(QProcess::SeparateChannels);
        seller.start(QStringLiteral(COMPTOIR_CRASHSELLER), {file});
        QVERIFY2(seller.waitForStarted(10000),
                 qPrintable(where + QStringLiteral("crashseller did not start")));
        QByteArray out;
        while (!out.contains("ready\n")) {
            if (!seller.waitForReadyRead(15000))
                QFAIL(qPrintable(where + QStringLiteral("crashseller never said ready: ")
                                 + QString::fromLocal8Bit(seller.readAllStandardError())));
            out += seller.readAllStandardOutput();
        }
        const int sellMs = 50 + int(rng.bounded(351));
        // The moment of the kill is what is tested (a random one, mid-sale): not a wait for
        // something. qWait, not QThread::msleep: stderr keeps being read.
        QTest::qWait(sellMs);
        QVERIFY2(seller.state() == QProcess::Running,
                 qPrintable(where + QStringLiteral("crashseller stopped by itself: ")
                            + QString::fromLocal8Bit(seller.readAllStandardError())));
        seller.kill(); // SIGKILL on Unix
        QVERIFY2(seller.waitForFinished(10000),
                 qPrintable(where + QStringLiteral("crashseller did not die")));
        QCOMPARE(seller.exitStatus(), QProcess::CrashExit);

        auto opened = Database::open(file);
        QVERIFY2(opened.ok(),
                 qPrintable(where + QStringLiteral("the database does not open after the kill")));
        const Database &db = *opened.value();

        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

        auto report = verifyJournal(db, publicKey);
        QVERIFY2(report.ok(),
                 qPrintable(where + QStringLiteral("verifyJournal could not read the database")));
        QVERIFY2(report->ok,
                 qPrintable(where + QStringLiteral("broken chain: ") + report->firstBroken + QLatin1Char(' ')
                            + report->problem + QLatin1Char(' ') + report->detail));

        const qint64 tickets = number(db, QStringLiteral("SELECT count(*) FROM tickets"));
        QVERIFY2(report->tickets == tickets,
                 qPrintable(where
                            + QStringLiteral("%1 tickets, %2 checked by the verifier")
                                  .arg(tickets)
                                  .arg(report->tickets)));

        // No half ticket.
        const struct
        {
            const char *what;
            const char *sql;
        } halves[] = {
            {"tickets without lines",
             "SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_lines l WHERE "
             "l.ticket_id = t.id)"},
            {"tickets without payments",
             "SELECT count(*) FROM tickets t WHERE NOT EXISTS "
             "(SELECT 1 FROM ticket_payments p WHERE p.ticket_id = t.id)"},
            {"tickets without VAT rows",
             "SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_vat v WHERE v.ticket_id "
             "= t.id)"},
            {"tickets without chain link",
             "SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM "
             "fiscal_chain c WHERE c.record_type = 'ticket' AND c.record_id = t.id)"},
            {"chain links without ticket",
             "SELECT count(*) FROM fiscal_chain c WHERE c.record_type = 'ticket' "
             "AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = c.record_id)"},
            {"payments not equal to the ticket total",
             "SELECT count(*) FROM tickets t WHERE t.total_cents <> "
             "(SELECT coalesce(sum(amount_cents), 0) FROM ticket_payments p WHERE p.ticket_id = t.id)"},
            {"sale or return movements without a ticket line",
             "SELECT (SELECT count(*) FROM stock_movements WHERE reason IN ('sale', 'return')) - "
             "(SELECT count(*) FROM ticket_lines WHERE variant_id IS NOT NULL)"},
            {"variants whose stock on hand differs from the sum of their movements",
             "SELECT count(*) FROM stock_on_hand s WHERE s.quantity <> "
             "(SELECT coalesce(sum(m.delta), 0) FROM stock_movements m WHERE m.variant_id = s.variant_id)"},
        };
        for (const auto &half : halves) {
            const qint64 found = number(db, QString::fromLatin1(half.sql));
            QVERIFY2(found == 0,
                     qPrintable(where + QString::number(found) + QLatin1Char(' ')
                                + QString::fromLatin1(half.what)));
        }

        // Numbers 1..n without gaps, per register.
        const qint64 gaps
            = number(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT register_id, count(*) AS n, "
                                    "min(number) AS lo, max(number) AS hi, "
                                    "count(DISTINCT number) AS d FROM tickets "
                                    "GROUP BY register_id) WHERE lo <> 1 OR hi <> n OR d <> n"));
        QVERIFY2(gaps == 0, qPrintable(where + QStringLiteral("ticket numbers are not 1..n without gaps")));

        // Nothing sold before the kill is lost.
        QVERIFY2(
            tickets >= previousTickets,
            qPrintable(
                where + QStringLiteral("tickets went down from %1 to %2").arg(previousTickets).arg(tickets)));
        qInfo("%s%lld tickets after selling %d ms (%lld new)", qPrintable(where), tickets, sellMs,
              tickets - previousTickets);
        previousTickets = tickets;
    }
    QVERIFY2(previousTickets >= Rounds,
             qPrintable(QStringLiteral("only %1 tickets in %2 rounds: the seller hardly sold")
                            .arg(previousTickets)
                            .arg(Rounds)));
    QVERIFY(number(*Database::open(file).value(),
                   QStringLiteral("SELECT count(*) FROM tickets WHERE kind = 'refund'"))
            > 0);
    qInfo("%d rounds in %lld ms", Rounds, elapsed.elapsed());
}

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crashkill.moc"
