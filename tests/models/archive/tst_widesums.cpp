// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule engine's sums over records a forger writes (each value up to 2^53 − 1, as many as he
// likes) never overflow (models/wideint.h): a day's, a period's sums past 2^63 are compared
// exactly, so a closure whose stored total is the 64-bit wrap of the true sum is still a mismatch;
// and a record's fields are checked against its kind's schema (recordschema.h).
#include "models/archive/dayaudit.h"
#include "models/archive/recordschema.h"
#include "models/closing/periodaudit.h"
#include "models/wideint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace comptoir;

namespace {

constexpr qint64 Max = 9007199254740991; // 2^53 − 1
constexpr int Count = 2048; // Count × Max = 2^64 − 2048: past 2^63, wraps to −2048 on 64 bits

QJsonObject sale(qint64 number)
{
    return QJsonObject {{QStringLiteral("record"), QStringLiteral("ticket")},
                        {QStringLiteral("number"), number},
                        {QStringLiteral("kind"), QStringLiteral("sale")},
                        {QStringLiteral("total_cents"), Max},
                        {QStringLiteral("lines"), QJsonArray {}},
                        {QStringLiteral("payments"), QJsonArray {}},
                        {QStringLiteral("vat"), QJsonArray {}}};
}

QJsonObject zero(const char *const names[], int count)
{
    QJsonObject o;
    for (int i = 0; i < count; ++i)
        o.insert(QLatin1String(names[i]), 0);
    return o;
}

} // namespace

class TestWideSums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wideTextIsDecimal()
    {
        QCOMPARE(wideText(0), QStringLiteral("0"));
        QCOMPARE(wideText(-2048), QStringLiteral("-2048"));
        QCOMPARE(wideText(WideInt(Count) * Max), QStringLiteral("18446744073709549568"));
        QCOMPARE(wideText(WideInt(std::numeric_limits<qint64>::min()) * 4),
                 QStringLiteral("-36893488147419103232"));
    }

    void daySumsDoNotWrap()
    {
        DayAudit days;
        for (int i = 1; i <= Count; ++i)
            days.addTicket(QStringLiteral("R"), QStringLiteral("2026-09-01"), sale(i));
        const char *const zeroes[] = {"refund_count",     "refunds_cents",       "discount_cents",
                                      "cash_float_cents", "cash_expected_cents", "cancelled_count"};
        QJsonObject z = zero(zeroes, 6);
        z.insert(QStringLiteral("register_id"), QStringLiteral("R"));
        z.insert(QStringLiteral("business_day"), QStringLiteral("2026-09-01"));
        z.insert(QStringLiteral("first_ticket_number"), 1);
        z.insert(QStringLiteral("last_ticket_number"), Count);
        z.insert(QStringLiteral("sale_count"), Count);
        z.insert(QStringLiteral("sales_cents"), -Count); // the 64-bit wrap of the true sum
        z.insert(QStringLiteral("total_cents"), -Count);
        z.insert(QStringLiteral("grand_total_cents"), -Count);
        QCOMPARE(days.closureMismatch(z, 0),
                 QStringLiteral("sales_cents: stored -2048, tickets 18446744073709549568"));
    }

    void periodSumsDoNotWrap()
    {
        const char *const summed[] = {"sale_count",    "refund_count", "cancelled_count", "sales_cents",
                                      "refunds_cents", "total_cents",  "discount_cents"};
        PeriodTotals totals(true);
        for (int i = 1; i <= Count; ++i) {
            QJsonObject z = zero(summed, 7);
            z.insert(QStringLiteral("number"), i);
            z.insert(QStringLiteral("grand_total_cents"), 0);
            z.insert(QStringLiteral("cancelled_count"), Max);
            totals.add(z);
        }
        QJsonObject month = zero(summed, 7);
        month.insert(QStringLiteral("cancelled_count"), -Count); // the 64-bit wrap
        month.insert(QStringLiteral("day_count"), Count);
        month.insert(QStringLiteral("first_closure_number"), 1);
        month.insert(QStringLiteral("last_closure_number"), Count);
        month.insert(QStringLiteral("grand_total_cents"), 0);
        QCOMPARE(totals.mismatch(month),
                 QStringLiteral("cancelled_count: stored -2048, closures 18446744073709549568"));
        month.insert(QStringLiteral("cancelled_count"), 0);
        QCOMPARE(totals.mismatch(month),
                 QStringLiteral("cancelled_count: stored 0, closures 18446744073709549568"));
    }

    void recordSchema_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem"); // "" = accepted
        QTest::newRow("genuine") << "" << QJsonValue() << "";
        QTest::newRow("number as text")
            << "number" << QJsonValue(QStringLiteral("1")) << "canonical.number is not int";
        QTest::newRow("number missing")
            << "number" << QJsonValue(QJsonValue::Undefined) << "canonical.number is missing";
        QTest::newRow("null number") << "number" << QJsonValue(QJsonValue::Null)
                                     << "canonical.number is not int";
        QTest::newRow("null operator") << "operator_id" << QJsonValue(QJsonValue::Null) << "";
        QTest::newRow("a day of 30 February") << "business_day" << QJsonValue(QStringLiteral("2026-02-30"))
                                              << "canonical.business_day is not a YYYY-MM-DD day";
        QTest::newRow("a gift") << "kind" << QJsonValue(QStringLiteral("gift"))
                                << "canonical.kind is neither sale nor refund";
        QTest::newRow("a line's quantity as bool")
            << "lines" << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("quantity"), true}}})
            << "canonical.lines[0].position is missing";
        QTest::newRow("payments not an array")
            << "payments" << QJsonValue(QJsonObject {}) << "canonical.payments is not an array";
    }

    void recordSchema()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QJsonObject t {{QStringLiteral("record"), QStringLiteral("ticket")},
                       {QStringLiteral("uuid"), QStringLiteral("u")},
                       {QStringLiteral("register_id"), QStringLiteral("R")},
                       {QStringLiteral("number"), 1},
                       {QStringLiteral("kind"), QStringLiteral("sale")},
                       {QStringLiteral("original_number"), QJsonValue::Null},
                       {QStringLiteral("operator_id"), 3},
                       {QStringLiteral("operator_name"), QJsonValue::Null},
                       {QStringLiteral("business_day"), QStringLiteral("2026-09-01")},
                       {QStringLiteral("closed_at"), QStringLiteral("2026-09-01T10:00:00Z")},
                       {QStringLiteral("total_cents"), 0},
                       {QStringLiteral("discount_cents"), 0},
                       {QStringLiteral("discount_percent_bp"), 0},
                       {QStringLiteral("tendered_cents"), 0},
                       {QStringLiteral("change_cents"), 0},
                       {QStringLiteral("lines"), QJsonArray {}},
                       {QStringLiteral("payments"), QJsonArray {}},
                       {QStringLiteral("vat"), QJsonArray {}}};
        if (!field.isEmpty()) {
            if (value.isUndefined())
                t.remove(field);
            else
                t.insert(field, value);
        }
        QCOMPARE(RecordSchema::check(t).value_or(QString()), problem);
        t.insert(QStringLiteral("record"), QStringLiteral("unknown"));
        QVERIFY(!RecordSchema::check(t)); // the record-type rule's
    }

    void periodForm()
    {
        const char *const ints[]
            = {"number",        "first_closure_number", "last_closure_number", "day_count",
               "sale_count",    "refund_count",         "cancelled_count",     "sales_cents",
               "refunds_cents", "total_cents",          "discount_cents",      "grand_total_cents"};
        QJsonObject m = zero(ints, 12);
        for (const char *text : {"uuid", "register_id"})
            m.insert(QLatin1String(text), QStringLiteral("x"));
        m.insert(QStringLiteral("record"), QStringLiteral("month-closure"));
        m.insert(QStringLiteral("kind"), QStringLiteral("month"));
        m.insert(QStringLiteral("closed_at"), QJsonValue::Null);
        m.insert(QStringLiteral("closed_by"), QJsonValue::Null);
        m.insert(QStringLiteral("payments"), QJsonArray {});
        m.insert(QStringLiteral("vat"), QJsonArray {});
        for (const auto &[period, ok] : {std::pair {"2026-09", true}, {"2026-13", false}, {"2026", false}}) {
            m.insert(QStringLiteral("period"), QLatin1String(period));
            QCOMPARE(!RecordSchema::check(m).has_value(), ok);
        }
        m.insert(QStringLiteral("record"), QStringLiteral("year-closure"));
        QVERIFY(!RecordSchema::check(m)); // "2026"
        m.insert(QStringLiteral("period"), QStringLiteral("2026-09"));
        QCOMPARE(RecordSchema::check(m).value_or(QString()), QStringLiteral("canonical.period is not YYYY"));
    }
};

QTEST_GUILESS_MAIN(TestWideSums)
#include "tst_widesums.moc"
