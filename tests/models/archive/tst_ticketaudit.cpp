// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A ticket's own arithmetic (SPEC §5, docs/rounding.md) checked from its record alone: real
// tickets as the till stores them pass (the rows of tst_journalcompat, written by SaleJournal:
// change, mixed payments, line and ticket discounts in percent and amount, refunds, a 100 %
// discount, a zero total), and each rule fails on a ticket changed against it.
#include "models/archive/ticketaudit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace comptoir;

namespace {

struct L
{
    qint64 quantity, price, rate, discount, percent, share;
};

QJsonObject ticket(const QString &kind, const QList<L> &lines, qint64 discount, qint64 percent,
                   const QList<std::pair<QString, qint64>> &payments, qint64 tendered, qint64 change,
                   const QList<std::array<qint64, 3>> &vat)
{
    QJsonArray l;
    qint64 total = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const L &x = lines.at(i);
        const qint64 lineTotal = x.quantity * x.price - x.discount - x.share;
        total += lineTotal;
        l.append(QJsonObject {{QStringLiteral("position"), i + 1},
                              {QStringLiteral("quantity"), x.quantity},
                              {QStringLiteral("unit_price_cents"), x.price},
                              {QStringLiteral("vat_rate_bp"), x.rate},
                              {QStringLiteral("discount_cents"), x.discount},
                              {QStringLiteral("discount_percent_bp"), x.percent},
                              {QStringLiteral("ticket_discount_cents"), x.share},
                              {QStringLiteral("total_cents"), lineTotal}});
    }
    QJsonArray p;
    for (qsizetype i = 0; i < payments.size(); ++i)
        p.append(QJsonObject {{QStringLiteral("position"), i + 1},
                              {QStringLiteral("method"), payments.at(i).first},
                              {QStringLiteral("amount_cents"), payments.at(i).second}});
    QJsonArray v;
    for (const auto &row : vat)
        v.append(QJsonObject {{QStringLiteral("vat_rate_bp"), row[0]},
                              {QStringLiteral("base_cents"), row[1]},
                              {QStringLiteral("vat_cents"), row[2]}});
    return QJsonObject {{QStringLiteral("record"), QStringLiteral("ticket")},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("total_cents"), total},
                        {QStringLiteral("discount_cents"), discount},
                        {QStringLiteral("discount_percent_bp"), percent},
                        {QStringLiteral("tendered_cents"), tendered},
                        {QStringLiteral("change_cents"), change},
                        {QStringLiteral("lines"), l},
                        {QStringLiteral("payments"), p},
                        {QStringLiteral("vat"), v}};
}

const QString Cash = QStringLiteral("cash");
const QString Card = QStringLiteral("card");

// tst_journalcompat's ticket 2: three lines, card then cash, 20.00 handed over for 18.18.
QJsonObject mixedWithChange()
{
    return ticket(
        QStringLiteral("sale"), {{2, 589, 550, 0, 0, 0}, {1, 1290, 2000, 0, 0, 0}, {1, 350, 1000, 0, 0, 0}},
        0, 0, {{Card, 1000}, {Cash, 1818}}, 2000, 182, {{2000, 1075, 215}, {1000, 318, 32}, {550, 1117, 61}});
}

// Ticket 4: a 10 % line discount and a 1.00 ticket discount spread 38 / 62.
QJsonObject amountTicketDiscount()
{
    return ticket(QStringLiteral("sale"), {{3, 589, 550, 177, 1000, 38}, {2, 1290, 2000, 0, 0, 62}}, 100, 0,
                  {{Card, 4070}}, 0, 0, {{2000, 2098, 420}, {550, 1471, 81}});
}

// Ticket 5: a 12.5 % ticket discount (341) over an amount line discount, largest remainder.
QJsonObject percentTicketDiscount()
{
    return ticket(QStringLiteral("sale"),
                  {{2, 589, 550, 0, 0, 147}, {1, 1290, 2000, 90, 0, 150}, {1, 350, 1000, 0, 0, 44}}, 341,
                  1250, {{Card, 2387}}, 0, 0, {{2000, 875, 175}, {1000, 278, 28}, {550, 977, 54}});
}

// Ticket 6: a refund of two lines to a voucher.
QJsonObject refund()
{
    return ticket(QStringLiteral("refund"), {{-1, 1290, 2000, 0, 0, 0}, {-2, 589, 550, 0, 0, 0}}, 0, 0,
                  {{QStringLiteral("voucher"), -2468}}, 0, 0, {{2000, -1075, -215}, {550, -1117, -61}});
}

// One jar of three sold with 10 % off and a 0.38 share, given back: the pro-rata of the sale.
QJsonObject proRataRefund()
{
    return ticket(QStringLiteral("refund"), {{-1, 589, 550, -59, 1000, -13}}, -13, 0, {{Cash, -517}}, 0, 0,
                  {{550, -490, -27}});
}

// A gift (100 % off) beside a paid line.
QJsonObject fullDiscount()
{
    return ticket(QStringLiteral("sale"), {{1, 500, 2000, 500, 10000, 0}, {1, 1000, 550, 0, 0, 0}}, 0, 0,
                  {{Cash, 1000}}, 1000, 0, {{2000, 0, 0}, {550, 948, 52}});
}

// A ticket of zero: no payment, a VAT row of zero for its rate.
QJsonObject zeroTotal()
{
    return ticket(QStringLiteral("sale"), {{1, 500, 2000, 500, 10000, 0}}, 0, 0, {}, 0, 0, {{2000, 0, 0}});
}

using Edit = std::function<void(QJsonObject &)>;

// Sets field of the n-th (1-based) element of array key.
Edit setIn(const char *key, int n, const char *field, qint64 value)
{
    return [=](QJsonObject &t) {
        QJsonArray array = t.value(QLatin1String(key)).toArray();
        QJsonObject row = array.at(n - 1).toObject();
        row.insert(QLatin1String(field), value);
        array.replace(n - 1, row);
        t.insert(QLatin1String(key), array);
    };
}

Edit set(const char *field, const QJsonValue &value)
{
    return [=](QJsonObject &t) {
        t.insert(QLatin1String(field), value);
    };
}

Edit both(const Edit &a, const Edit &b)
{
    return [=](QJsonObject &t) {
        a(t);
        b(t);
    };
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestTicketAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tillTicketsAddUp_data()
    {
        QTest::addColumn<QJsonObject>("ticket");
        QTest::newRow("mixed payment with change") << mixedWithChange();
        QTest::newRow("amount ticket discount") << amountTicketDiscount();
        QTest::newRow("percent ticket discount") << percentTicketDiscount();
        QTest::newRow("refund") << refund();
        QTest::newRow("pro-rata refund") << proRataRefund();
        QTest::newRow("100 % discount") << fullDiscount();
        QTest::newRow("zero total") << zeroTotal();
    }
    void tillTicketsAddUp()
    {
        QFETCH(QJsonObject, ticket);
        QCOMPARE(TicketAudit::mismatch(ticket), QString());
    }

    void brokenRules_data()
    {
        QTest::addColumn<QJsonObject>("ticket");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("detail");
        QTest::newRow("line total") << mixedWithChange() << setIn("lines", 2, "total_cents", 1289)
                                    << QStringLiteral("line 2: total_cents 1289 where 1290");
        QTest::newRow("line percent discount")
            << amountTicketDiscount()
            << both(setIn("lines", 1, "discount_cents", 176), setIn("lines", 1, "total_cents", 1553))
            << QStringLiteral("line 1: discount_cents 176 where 177");
        QTest::newRow("discount beyond the line")
            << fullDiscount()
            << both(setIn("lines", 1, "discount_cents", 600), setIn("lines", 1, "discount_percent_bp", 0))
            << QStringLiteral("beyond the line's gross");
        QTest::newRow("ticket discount not the shares") << amountTicketDiscount() << set("discount_cents", 99)
                                                        << QStringLiteral("discount_cents 99 where 100");
        QTest::newRow("ticket percent") << percentTicketDiscount() << set("discount_percent_bp", 1300)
                                        << QStringLiteral("discount_cents 341 where 355");
        QTest::newRow("spread") << amountTicketDiscount()
                                << both(both(setIn("lines", 1, "ticket_discount_cents", 39),
                                             setIn("lines", 1, "total_cents", 1551)),
                                        both(setIn("lines", 2, "ticket_discount_cents", 61),
                                             setIn("lines", 2, "total_cents", 2519)))
                                << QStringLiteral("line 1: ticket_discount_cents 39 where 38");
        QTest::newRow("total") << mixedWithChange() << set("total_cents", 2817)
                               << QStringLiteral("total_cents 2817 where 2818");
        QTest::newRow("vat") << mixedWithChange()
                             << both(setIn("vat", 1, "vat_cents", 216), setIn("vat", 1, "base_cents", 1074))
                             << QStringLiteral("vat 2000: vat_cents 216 where 215");
        QTest::newRow("vat row missing")
            << mixedWithChange()
            << set("vat", QJsonArray {mixedWithChange().value(QLatin1String("vat")).toArray().at(0)})
            << QStringLiteral("vat: 1 rates where 3");
        QTest::newRow("zero vat row missing")
            << zeroTotal() << set("vat", QJsonArray {}) << QStringLiteral("vat: 0 rates where 1");
        QTest::newRow("payments") << mixedWithChange() << setIn("payments", 1, "amount_cents", 900)
                                  << QStringLiteral("payments summing to 2718 where 2818");
        QTest::newRow("change") << mixedWithChange() << set("change_cents", 82)
                                << QStringLiteral("change_cents 82 where 182");
        QTest::newRow("tendered below cash")
            << mixedWithChange() << both(set("tendered_cents", 1000), set("change_cents", 0))
            << QStringLiteral("tendered_cents 1000 below the cash paid 1818");
        QTest::newRow("change without cash")
            << amountTicketDiscount() << set("change_cents", 10) << QStringLiteral("without a cash payment");
        QTest::newRow("refund line positive") << refund() << setIn("lines", 1, "quantity", 1)
                                              << QStringLiteral("line 1: quantity 1 of the wrong sign");
        QTest::newRow("refund payment positive")
            << refund() << setIn("payments", 1, "amount_cents", 2468)
            << QStringLiteral("payment 1: amount_cents 2468 of the wrong sign");
        QTest::newRow("unknown method") << refund() << Edit([](QJsonObject &t) {
            QJsonArray p = t.value(QLatin1String("payments")).toArray();
            QJsonObject row = p.at(0).toObject();
            row.insert(QStringLiteral("method"), QStringLiteral("bitcoin"));
            p.replace(0, row);
            t.insert(QStringLiteral("payments"), p);
        }) << QStringLiteral("payment 1: unknown method");
        QTest::newRow("line positions") << mixedWithChange() << setIn("lines", 3, "position", 4)
                                        << QStringLiteral("line 3: position 4 where 3");
        QTest::newRow("no payment") << mixedWithChange() << set("payments", QJsonArray {})
                                    << QStringLiteral("no payment for a total of 2818");
        QTest::newRow("no line") << zeroTotal() << set("lines", QJsonArray {}) << QStringLiteral("no line");
        QTest::newRow("unknown kind") << refund() << set("kind", QStringLiteral("gift"))
                                      << QStringLiteral("kind is neither sale nor refund");
    }
    void brokenRules()
    {
        QFETCH(QJsonObject, ticket);
        QFETCH(Edit, edit);
        QFETCH(QString, detail);
        edit(ticket);
        const QString why = TicketAudit::mismatch(ticket);
        QVERIFY2(why.contains(detail), qPrintable(why));
    }

    // A forger's huge amounts are refused, never wrapped around.
    void hugeAmounts()
    {
        QJsonObject t = mixedWithChange();
        setIn("lines", 1, "quantity", Q_INT64_C(4611686018427387904))(t);
        QVERIFY(!TicketAudit::mismatch(t).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTicketAudit)
#include "tst_ticketaudit.moc"
