// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Database::exec / insert / rows run on SQLite's C API (models/sqlitestatements.h): values are
// bound and read back as Qt's SQLite driver does, errors are values (nothing half-written), and a
// kept statement is reusable after a failure. Checked against a real file through QSqlQuery.
#include "tempdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;

class TestSqliteStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreBoundAsQtBindsThem()
    {
        TempDatabase t;
        QVERIFY(t.isValid());
        Database &db = t.db();
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE v (id INTEGER PRIMARY KEY, x)")).ok());
        const QDateTime at(QDate(2026, 11, 27), QTime(9, 30, 15, 250), Qt::UTC);
        const QList<QVariant> values {QVariant(QString()),
                                      QVariant(QStringLiteral("")),
                                      QVariant(QStringLiteral("Thé à l’orange")),
                                      QVariant(true),
                                      QVariant(qint64(9007199254740993LL)),
                                      QVariant(42),
                                      QVariant(2.5),
                                      QVariant(QByteArray("\x00\x01z", 3)),
                                      QVariant(at),
                                      QVariant()};
        for (const QVariant &value : values)
            QVERIFY(db.insert(QStringLiteral("INSERT INTO v (x) VALUES (?)"), {value}).ok());
        // What SQLite holds, read through Qt's own driver.
        auto q = db.query(QStringLiteral("SELECT typeof(x), quote(x) FROM v ORDER BY id"));
        QVERIFY(q.ok());
        QStringList held;
        while (q.value().next())
            held << q.value().value(0).toString() + QLatin1Char(' ') + q.value().value(1).toString();
        QCOMPARE(held,
                 (QStringList {QStringLiteral("null NULL"), QStringLiteral("text ''"),
                               QStringLiteral("text 'Thé à l’orange'"), QStringLiteral("integer 1"),
                               QStringLiteral("integer 9007199254740993"), QStringLiteral("integer 42"),
                               QStringLiteral("real 2.5"), QStringLiteral("blob X'00017A'"),
                               QStringLiteral("text '") + at.toString(Qt::ISODateWithMs) + QLatin1Char('\''),
                               QStringLiteral("null NULL")}));
        // And read back by rows().
        auto rows = db.rows(QStringLiteral("SELECT x FROM v WHERE id IN (1, 3, 5, 7, 8) ORDER BY id"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 5);
        QVERIFY(rows->at(0).at(0).isNull());
        QCOMPARE(rows->at(1).at(0), QVariant(QStringLiteral("Thé à l’orange")));
        QCOMPARE(rows->at(2).at(0), QVariant(qint64(9007199254740993LL)));
        QCOMPARE(rows->at(3).at(0), QVariant(2.5));
        QCOMPARE(rows->at(4).at(0), QVariant(QByteArray("\x00\x01z", 3)));
    }

    void failureIsAValueAndTheStatementStaysUsable()
    {
        TempDatabase t;
        QVERIFY(t.isValid());
        Database &db = t.db();
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE u (code TEXT PRIMARY KEY)")).ok());
        const QString sql = QStringLiteral("INSERT INTO u (code) VALUES (?)");
        QVERIFY(db.exec(sql, {QStringLiteral("A")}).ok());
        const Status twice = db.exec(sql, {QStringLiteral("A")});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::DatabaseQueryFailed);
        QVERIFY(twice.error().detail.contains(QLatin1String("UNIQUE")));
        QVERIFY(db.exec(sql, {QStringLiteral("B")}).ok()); // the same kept statement, reset
        const Status missing = db.exec(sql, {});
        QVERIFY(!missing.ok()); // a value short: refused before running
        const Status bad = db.exec(QStringLiteral("INSERT INTO nowhere VALUES (1)"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().detail.contains(QLatin1String("nowhere")));
        auto codes = db.rows(QStringLiteral("SELECT group_concat(code) FROM u"));
        QVERIFY(codes.ok());
        QCOMPARE(codes->at(0).at(0).toString(), QStringLiteral("A,B"));
        // A rolled-back transaction takes the C API's writes with it.
        QVERIFY(db.begin().ok());
        QVERIFY(db.exec(sql, {QStringLiteral("C")}).ok());
        db.rollback();
        QVERIFY(t.reopen());
        auto after = t.db().rows(QStringLiteral("SELECT count(*) FROM u"));
        QVERIFY(after.ok());
        QCOMPARE(after->at(0).at(0).toLongLong(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "tst_sqlitestatements.moc"
