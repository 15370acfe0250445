// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/receipts/receiptprintlog.h"
#include "tillfixture.h"

#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

// The receipt print log on a real database: counts, duplicate numbers, write-once rows.
class TestReceiptPrintLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void countsCopies();
    void recordsTheRow();
    void refusesTheSameDuplicateTwice();
    void countsPerTicket();
    void isWriteOnce();
    void unknownTicket();

private:
    qint64 sale();

    std::unique_ptr<TillShop> m_till;
    std::unique_ptr<ReceiptPrintLog> m_log;
};

void TestReceiptPrintLog::init()
{
    m_till = std::make_unique<TillShop>();
    QVERIFY(m_till->setUp());
    m_log = std::make_unique<ReceiptPrintLog>(m_till->shop.db(), m_till->shop.clock);
}

void TestReceiptPrintLog::cleanup()
{
    m_log.reset();
    m_till.reset();
}

qint64 TestReceiptPrintLog::sale()
{
    auto ticket = m_till->journal.commitSale(m_till->threeLines());
    return ticket ? ticket->id : 0;
}

void TestReceiptPrintLog::countsCopies()
{
    const qint64 id = sale();
    QVERIFY(id > 0);
    QCOMPARE(m_log->printCount(id).value(), 0);
    QVERIFY(m_log->record(id, 0).ok());
    QCOMPARE(m_log->printCount(id).value(), 1);
    QVERIFY(m_log->record(id, 1).ok());
    QVERIFY(m_log->record(id, 2).ok());
    QCOMPARE(m_log->printCount(id).value(), 3);
}

void TestReceiptPrintLog::recordsTheRow()
{
    const qint64 id = sale();
    m_till->shop.clock.set(QDateTime(QDate(2026, 11, 27), QTime(10, 15, 30, 250), Qt::UTC));
    QVERIFY(m_log->record(id, 0, m_till->operatorId).ok());
    QVERIFY(m_log->record(id, 1).ok());
    auto q = m_till->shop.db().query(QStringLiteral("SELECT duplicate_number, printed_at, operator_id FROM "
                                                    "receipt_prints WHERE ticket_id = ? ORDER BY id"),
                                     {id});
    QVERIFY(q.ok());
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 0);
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("2026-11-27T10:15:30.250Z"));
    QCOMPARE(q.value().value(2).toLongLong(), m_till->operatorId);
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 1);
    QVERIFY(q.value().value(2).isNull());
    QVERIFY(!q.value().next());
}

void TestReceiptPrintLog::refusesTheSameDuplicateTwice()
{
    const qint64 id = sale();
    QVERIFY(m_log->record(id, 0).ok());
    const Status again = m_log->record(id, 0);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::DatabaseQueryFailed);
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("receipt_prints")), 1);
    QCOMPARE(m_log->printCount(id).value(), 1);
}

void TestReceiptPrintLog::countsPerTicket()
{
    const qint64 first = sale();
    const qint64 second = sale();
    QVERIFY(first > 0 && second > 0 && first != second);
    QVERIFY(m_log->record(first, 0).ok());
    QVERIFY(m_log->record(first, 1).ok());
    QVERIFY(m_log->record(second, 0).ok());
    QCOMPARE(m_log->printCount(first).value(), 2);
    QCOMPARE(m_log->printCount(second).value(), 1);
}

void TestReceiptPrintLog::isWriteOnce()
{
    const qint64 id = sale();
    QVERIFY(m_log->record(id, 0).ok());
    Database &db = m_till->shop.db();
    QVERIFY(!db.exec(QStringLiteral("UPDATE receipt_prints SET duplicate_number = 5")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM receipt_prints")).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT duplicate_number FROM receipt_prints")).toInt(), 0);
    QCOMPARE(count(db, QStringLiteral("receipt_prints")), 1);
}

void TestReceiptPrintLog::unknownTicket()
{
    const Status status = m_log->record(9999, 0);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::NotFound);
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("receipt_prints")), 0);
    QCOMPARE(m_log->printCount(9999).value(), 0);
}

QTEST_GUILESS_MAIN(TestReceiptPrintLog)
#include "tst_receiptprintlog.moc"
