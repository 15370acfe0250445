// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// openBusinessDay: the local calendar date, or the day after the last closed one.
#include "models/sales/businessday.h"
#include "models/storage/database.h"
#include "tempdatabase.h"

#include <QCoreApplication>
#include <QTest>

using namespace comptoir;

class TestBusinessDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openDay_data();
    void openDay();
};

namespace {

const QString OtherRegister = QStringLiteral("another-register");

bool insertClosure(Database &db, qint64 operatorId, const QString &registerId, const QString &day, int number)
{
    return db
        .exec(
            QStringLiteral("INSERT INTO closures (uuid, register_id, number, business_day, closed_at, "
                           "operator_id, operator_name, sale_count, refund_count, cancelled_count, "
                           "sales_cents, refunds_cents, total_cents, discount_cents, cash_float_cents, "
                           "cash_expected_cents, cash_counted_cents, grand_total_cents) "
                           "VALUES (?, ?, ?, ?, '2026-11-27T18:00:00.000Z', ?, 'Camille', 0, 0, 0, 0, 0, 0, "
                           "0, 0, 0, 0, 0)"),
            {QString(QStringLiteral("uuid-") + registerId + day), registerId, number, day, operatorId})
        .ok();
}

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

void TestBusinessDay::openDay_data()
{
    QTest::addColumn<QStringList>("closedDays"); // closed on this register
    QTest::addColumn<QStringList>("otherRegisterDays"); // closed on another register
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    // The tests run in Europe/Paris (UTC+1 in November).
    QTest::newRow("no closure: local date")
        << QStringList() << QStringList() << utc(27, 9) << QStringLiteral("2026-11-27");
    QTest::newRow("no closure: local date, not UTC's")
        << QStringList() << QStringList() << utc(27, 23, 30) << QStringLiteral("2026-11-28");
    QTest::newRow("today closed: tomorrow") << QStringList {QStringLiteral("2026-11-27")} << QStringList()
                                            << utc(27, 18) << QStringLiteral("2026-11-28");
    QTest::newRow("yesterday closed: today") << QStringList {QStringLiteral("2026-11-27")} << QStringList()
                                             << utc(28, 8) << QStringLiteral("2026-11-28");
    QTest::newRow("an older day closed: today") << QStringList {QStringLiteral("2026-11-20")} << QStringList()
                                                << utc(28, 8) << QStringLiteral("2026-11-28");
    QTest::newRow("today and tomorrow closed (clock behind): after the last")
        << QStringList {QStringLiteral("2026-11-27"), QStringLiteral("2026-11-28")} << QStringList()
        << utc(27, 10) << QStringLiteral("2026-11-29");
    QTest::newRow("another register's closure does not count")
        << QStringList() << QStringList {QStringLiteral("2026-11-27")} << utc(27, 10)
        << QStringLiteral("2026-11-27");
    QTest::newRow("closed the evening before, first sale after midnight")
        << QStringList {QStringLiteral("2026-11-27")} << QStringList() << utc(27, 23, 5)
        << QStringLiteral("2026-11-28");
}

void TestBusinessDay::openDay()
{
    QFETCH(QStringList, closedDays);
    QFETCH(QStringList, otherRegisterDays);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);

    TempDatabase temp;
    QVERIFY(temp.isValid());
    Database &db = temp.db();
    auto op = db.insert(QStringLiteral("INSERT INTO operators (name, role, pin_hash, created_at) "
                                       "VALUES ('Camille', 'manager', 'x', '2026-11-27T08:00:00.000Z')"));
    QVERIFY(op.ok());
    int number = 0;
    for (const QString &day : std::as_const(closedDays))
        QVERIFY(insertClosure(db, *op, db.deviceId(), day, ++number));
    number = 0;
    for (const QString &day : std::as_const(otherRegisterDays))
        QVERIFY(insertClosure(db, *op, OtherRegister, day, ++number));

    auto day = openBusinessDay(db, db.deviceId(), now);
    QVERIFY(day.ok());
    QCOMPARE(day.value(), expected);
}

int main(int argc, char **argv)
{
    // Business days are local dates: run in the shop's time zone whatever the machine's.
    qputenv("TZ", "Europe/Paris");
    QCoreApplication app(argc, argv);
    TestBusinessDay test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_businessday.moc"
