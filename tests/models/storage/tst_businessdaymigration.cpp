// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 10 on an existing shop (resources/sql/0010_business_days.sql): a database written at
// version 9, with tickets, payments, a Z made early and carts cancelled around it and around
// midnight, opened by this version. Every payment takes its ticket's business day, every
// cancelled ticket the day it would have had, and the rows stay write-once.
#include "models/storage/database.h"
#include "models/storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace comptoir;

class TestBusinessDayMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backfillsAnExistingShop();
};

namespace {

// Runs the embedded migrations 1 to `version` on a plain connection, as the version that shipped
// them did, and leaves user_version at `version`.
bool migrateTo(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    const QDir dir(QStringLiteral(":/sql"));
    for (int v = 1; v <= version; ++v) {
        const QStringList names
            = dir.entryList({QStringLiteral("%1_*.sql").arg(v, 4, 10, QLatin1Char('0'))}, QDir::Files);
        if (names.size() != 1)
            return false;
        QFile file(dir.filePath(names.constFirst()));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QStringList statements = Migrator::splitStatements(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                qWarning() << "migration" << v << q.lastError().text();
                return false;
            }
        }
    }
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

// The shop at version 9. Register reg-A: ticket 1 on the 27th (two payments), its Z at 18:00
// Orléans time, ticket 2 at 21:00 (so on the 28th, one payment). Cancelled carts: see the test.
const char *const Rows[] = {
    "INSERT INTO operators (id, name, role, pin_hash, created_at) "
    "VALUES (1, 'Camille', 'manager', 'x', '2026-11-20T08:00:00.000Z')",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, operator_id, operator_name, business_day, "
    "closed_at, total_cents) VALUES (1, 't1', 'reg-A', 1, 'sale', 1, 'Camille', '2026-11-27', "
    "'2026-11-27T09:00:00.000Z', 1000)",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, operator_id, operator_name, business_day, "
    "closed_at, total_cents) VALUES (2, 't2', 'reg-A', 2, 'sale', 1, 'Camille', '2026-11-28', "
    "'2026-11-27T20:00:00.000Z', 500)",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) "
    "VALUES (1, 1, 1, 'cash', 600, ''), (2, 1, 2, 'cheque', 400, 'n° 1234567'), "
    "(3, 2, 1, 'card', 500, '')",
    "INSERT INTO closures (id, uuid, register_id, number, business_day, closed_at, operator_id, "
    "operator_name, first_ticket_number, last_ticket_number, sale_count, refund_count, cancelled_count, "
    "sales_cents, refunds_cents, total_cents, discount_cents, cash_float_cents, cash_expected_cents, "
    "cash_counted_cents, grand_total_cents) VALUES (1, 'z1', 'reg-A', 1, '2026-11-27', "
    "'2026-11-27T17:00:00.000Z', 1, 'Camille', 1, 1, 1, 0, 2, 1000, 0, 1000, 0, 0, 600, 600, 1000)",
    "INSERT INTO cancelled_tickets (id, uuid, register_id, operator_id, cancelled_at, total_cents, "
    "line_count, content) VALUES "
    "(1, 'c-26-late', 'reg-A', 1, '2026-11-26T22:30:00.000Z', 100, 1, '{}'), "
    "(2, 'c-27-first', 'reg-A', 1, '2026-11-26T23:30:00.000Z', 200, 1, '{}'), "
    "(3, 'c-27-noon', 'reg-A', NULL, '2026-11-27T11:00:00.000Z', 300, 2, '{\"lines\":[]}'), "
    "(4, 'c-after-z', 'reg-A', 1, '2026-11-27T21:30:00.000Z', 400, 1, '{}'), "
    "(5, 'c-28-first', 'reg-A', 1, '2026-11-27T23:30:00.000Z', 500, 1, '{}'), "
    "(6, 'c-other-register', 'reg-B', 1, '2026-11-27T21:30:00.000Z', 600, 1, '{}')",
};

bool writeVersion9Shop(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && migrateTo(db, 9);
        QSqlQuery q(db);
        for (const char *row : Rows) {
            if (ok && !q.exec(QString::fromUtf8(row))) {
                qWarning() << row << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant cell(const Database &db, const QString &sql)
{
    auto q = db.query(sql);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

} // namespace

void TestBusinessDayMigration::backfillsAnExistingShop()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("comptoir.sqlite"));
    QVERIFY(writeVersion9Shop(path));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    Database &db = *opened.value();
    QVERIFY(db.schemaVersion() >= 10);
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());

    // Payments: their ticket's day, everything else as it was.
    auto payments = db.rows(QStringLiteral("SELECT id, ticket_id, position, method, amount_cents, reference, "
                                           "business_day FROM ticket_payments ORDER BY id"));
    QVERIFY(payments.ok());
    const QList<QVariantList> expectedPayments = {
        {1, 1, 1, QStringLiteral("cash"), 600, QString(), QStringLiteral("2026-11-27")},
        {2, 1, 2, QStringLiteral("cheque"), 400, QStringLiteral("n° 1234567"), QStringLiteral("2026-11-27")},
        {3, 2, 1, QStringLiteral("card"), 500, QString(), QStringLiteral("2026-11-28")},
    };
    QCOMPARE(payments->size(), expectedPayments.size());
    for (qsizetype i = 0; i < expectedPayments.size(); ++i) {
        for (qsizetype c = 0; c < expectedPayments.at(i).size(); ++c)
            QCOMPARE(payments->at(i).at(c).toString(), expectedPayments.at(i).at(c).toString());
    }

    // Cancelled tickets: the day openBusinessDay gave at cancelled_at (Orléans' local date, or the
    // day after the last day its register had closed by then).
    const std::pair<const char *, const char *> expectedDays[] = {
        {"c-26-late", "2026-11-26"}, // 23:30 on the 26th; the Z of the 27th came later
        {"c-27-first", "2026-11-27"}, // 00:30 on the 27th
        {"c-27-noon", "2026-11-27"}, // before the early Z: in it
        {"c-after-z", "2026-11-28"}, // 22:30 on the 27th, after its Z: the next day's
        {"c-28-first", "2026-11-28"}, // 00:30 on the 28th
        {"c-other-register", "2026-11-27"}, // reg-B has closed nothing
    };
    for (const auto &[uuid, day] : expectedDays) {
        QCOMPARE(cell(db,
                      QStringLiteral("SELECT business_day FROM cancelled_tickets WHERE uuid = '%1'")
                          .arg(QLatin1String(uuid)))
                     .toString(),
                 QString::fromLatin1(day));
    }
    QCOMPARE(cell(db,
                  QStringLiteral("SELECT count(*) || ' ' || sum(total_cents) || ' ' || sum(line_count) "
                                 "|| ' ' || count(operator_id) FROM cancelled_tickets"))
                 .toString(),
             QStringLiteral("6 2100 7 5"));
    QCOMPARE(cell(db, QStringLiteral("SELECT content FROM cancelled_tickets WHERE id = 3")).toString(),
             QStringLiteral("{\"lines\":[]}"));

    // Write-once, as before, and the new rules hold for the old rows' tables.
    QVERIFY(!db.exec(QStringLiteral("UPDATE ticket_payments SET business_day = '2026-11-29'")).ok());
    QVERIFY(!db.exec(QStringLiteral("UPDATE cancelled_tickets SET business_day = '2026-11-29'")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM ticket_payments WHERE id = 3")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM cancelled_tickets WHERE id = 6")).ok());
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO ticket_payments (ticket_id, position, method, amount_cents, "
                                    "business_day) VALUES (2, 2, 'cash', 1, '2026-11-27')"))
                 .ok());
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO cancelled_tickets (uuid, register_id, cancelled_at, "
                                    "total_cents, line_count, content, business_day) VALUES ('late', "
                                    "'reg-A', '2026-11-27T21:45:00.000Z', 1, 1, '{}', '2026-11-27')"))
                 .ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO ticket_payments (ticket_id, position, method, amount_cents, "
                                   "business_day) VALUES (2, 2, 'cash', 1, '2026-11-28')"))
                .ok());
    QCOMPARE(cell(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(cell(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

int main(int argc, char **argv)
{
    // The shop ran in Orléans: its days were the machine's local dates, which the backfill uses.
    qputenv("TZ", "Europe/Paris");
    QCoreApplication app(argc, argv);
    TestBusinessDayMigration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_businessdaymigration.moc"
