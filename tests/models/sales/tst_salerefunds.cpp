// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tillfixture.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

class TestSaleRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void partialRefunds();
    void refundPaymentMethods();

private:
    std::unique_ptr<TillShop> m_t;
};

void TestSaleRefunds::init()
{
    m_t = std::make_unique<TillShop>();
    QVERIFY(m_t->shop.temp.isValid());
    QVERIFY(m_t->setUp());
}

void TestSaleRefunds::cleanup()
{
    m_t.reset();
}

void TestSaleRefunds::partialRefunds()
{
    Database &db = m_t->shop.db();
    SaleDraft draft;
    draft.operatorId = m_t->operatorId;
    draft.lines = {line(m_t->jam, 3, 589, 550), line(m_t->mug, 2, 1290, 2000)};
    draft.lines[0].discountPercentBp = 1000; // 1767 − 177 = 1590
    draft.discount = Discount::amount(100); // over 1590 + 2580 = 4170
    draft.payments = {pay(PaymentMethod::Card, 4070)};
    auto sale = m_t->journal.commitSale(draft);
    QVERIFY(sale.ok());
    const qint64 jamLine = sale->lines.at(0).id;
    const qint64 mugLine = sale->lines.at(1).id;
    QCOMPARE(m_t->shop.ledger.onHand(m_t->jam).value(), qint64(7));

    RefundDraft refund;
    refund.originalTicketId = sale->id;
    refund.operatorId = m_t->operatorId;
    refund.lines = {RefundLine {jamLine, 1}};
    refund.payments = {pay(PaymentMethod::Card, 0)};
    auto first = m_t->journal.commitRefund(refund);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().detail));
    QCOMPARE(first->kind, TicketKind::Refund);
    QCOMPARE(first->number, qint64(2));
    QCOMPARE(first->originalTicketId, std::optional<qint64>(sale->id));
    QCOMPARE(first->lines.size(), 1);
    QCOMPARE(first->lines.at(0).quantity, qint64(-1));
    QCOMPARE(first->lines.at(0).originalLineId, std::optional<qint64>(jamLine));
    QVERIFY(first->totalCents < 0);
    QCOMPARE(first->payments.at(0).amountCents, first->totalCents);
    QCOMPARE(m_t->shop.ledger.onHand(m_t->jam).value(), qint64(8));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'return' AND delta = 1"))
            .toLongLong(),
        qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_id = ?"), {first->uuid})
                 .toLongLong(),
             qint64(1));
    // The refund's ticket_summary: its (negative) total, no lines.
    QCOMPARE(scalar(db, QStringLiteral("SELECT kind FROM sync_outbox WHERE entity_id = ?"), {first->uuid})
                 .toString(),
             QStringLiteral("ticket_summary"));
    QCOMPARE(outboxPayload(db, first->uuid).value(QStringLiteral("total_cents")).toInteger(),
             first->totalCents);
    QCOMPARE(outboxPayload(db, first->uuid).value(QStringLiteral("number")).toInteger(), qint64(2));
    QVERIFY(!outboxPayload(db, first->uuid).contains(QStringLiteral("lines")));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'stock_movement' AND "
                                   "json_extract(payload, '$.reason') = 'return' AND "
                                   "json_extract(payload, '$.delta') = 1"))
                 .toLongLong(),
             qint64(1));

    auto refundable = m_t->tickets.refundableLines(sale->id);
    QVERIFY(refundable.ok());
    QCOMPARE(refundable->size(), 2);
    QCOMPARE(refundable->at(0).quantity, qint64(2));
    QCOMPARE(refundable->at(1).quantity, qint64(2));

    // Beyond what is left: refused, nothing written.
    const QStringList before = snapshot(db);
    refund.lines = {RefundLine {jamLine, 3}};
    auto tooMany = m_t->journal.commitRefund(refund);
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().code, ErrorCode::RefundExceedsSale);
    refund.lines = {RefundLine {jamLine, 1}, RefundLine {jamLine, 2}}; // the same line twice in one refund
    QCOMPARE(m_t->journal.commitRefund(refund).error().code, ErrorCode::RefundExceedsSale);
    QCOMPARE(snapshot(db), before);

    // The remainder of both lines: the refunds add up exactly to the sale.
    refund.lines = {RefundLine {jamLine, 2}, RefundLine {mugLine, 2}};
    auto second = m_t->journal.commitRefund(refund);
    QVERIFY(second.ok());
    QCOMPARE(first->totalCents + second->totalCents, -sale->totalCents);
    QCOMPARE(first->lines.at(0).totalCents + second->lines.at(0).totalCents, -sale->lines.at(0).totalCents);
    QCOMPARE(first->discountCents + second->discountCents, -sale->discountCents);
    QVERIFY(m_t->tickets.refundableLines(sale->id)->isEmpty());
    QCOMPARE(m_t->shop.ledger.onHand(m_t->jam).value(), qint64(10));
    QCOMPARE(m_t->shop.ledger.onHand(m_t->mug).value(), qint64(5));
    refund.lines = {RefundLine {mugLine, 1}};
    QCOMPARE(m_t->journal.commitRefund(refund).error().code, ErrorCode::RefundExceedsSale);
    // Every refund's VAT adds up to its total.
    auto read = m_t->tickets.ticket(second->id);
    QVERIFY(read.ok());
    qint64 vatSum = 0;
    for (const VatAmount &v : read->vat)
        vatSum += v.baseCents + v.vatCents;
    QCOMPARE(vatSum, second->totalCents);
}

void TestSaleRefunds::refundPaymentMethods()
{
    SaleDraft draft = m_t->threeLines();
    draft.payments = {pay(PaymentMethod::Card, 2818)};
    draft.tenderedCents = 0;
    auto sale = m_t->journal.commitSale(draft);
    QVERIFY(sale.ok());
    RefundDraft refund;
    refund.originalTicketId = sale->id;
    refund.operatorId = m_t->operatorId;
    refund.lines = {RefundLine {sale->lines.at(1).id, 1}}; // the mug, 12.90 €
    refund.payments = {pay(PaymentMethod::Cash, 0)};
    QCOMPARE(m_t->journal.commitRefund(refund).error().code, ErrorCode::PaymentMethodNotAllowed);
    refund.payments = {pay(PaymentMethod::Card, -2000)};
    QCOMPARE(m_t->journal.commitRefund(refund).error().code, ErrorCode::Overpayment);
    refund.payments = {pay(PaymentMethod::Voucher, -1000), pay(PaymentMethod::Card, -290)};
    auto done = m_t->journal.commitRefund(refund);
    QVERIFY(done.ok());
    QCOMPARE(done->totalCents, qint64(-1290));
    QCOMPARE(m_t->tickets.ticket(done->id)->payments.at(0).method, PaymentMethod::Voucher);
    // A refund is not refunded.
    refund.originalTicketId = done->id;
    refund.lines = {RefundLine {done->lines.at(0).id, 1}};
    QVERIFY(!m_t->journal.commitRefund(refund).ok());
}

QTEST_GUILESS_MAIN(TestSaleRefunds)
#include "tst_salerefunds.moc"
