// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fiscal records written by hand as the till writes them (a sale, its Z, month and year closures,
// events, key changes), for the tests of the rule engine and the archive reader (chainbuilder.h
// chains and seals them).
#include "models/fiscal/ed25519.h"
#include "models/fiscal/keyhistory.h"
#include "models/sales/ticketcalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace comptoir::chaintest {

inline Ed25519Key keyFromByte(char byte)
{
    return Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, byte)).value();
}

// A sale of one line of `cents` at 20 % VAT, paid with method (cash: `tendered` handed over).
inline QJsonObject sale(qint64 number, const QString &day, qint64 cents,
                        const QString &method = QStringLiteral("cash"), qint64 tendered = 0)
{
    const qint64 vat = TicketCalculator::divideRounded(cents * 2000, 12000);
    const bool cash = method == QLatin1String("cash");
    const qint64 handed = cash ? (tendered == 0 ? cents : tendered) : 0;
    return QJsonObject {
        {QStringLiteral("record"), QStringLiteral("ticket")},
        {QStringLiteral("number"), number},
        {QStringLiteral("kind"), QStringLiteral("sale")},
        {QStringLiteral("original_number"), QJsonValue::Null},
        {QStringLiteral("operator_id"), 1},
        {QStringLiteral("operator_name"), QStringLiteral("Camille")},
        {QStringLiteral("business_day"), day},
        {QStringLiteral("closed_at"), QString(day + QStringLiteral("T10:00:00.000Z"))},
        {QStringLiteral("total_cents"), cents},
        {QStringLiteral("discount_cents"), 0},
        {QStringLiteral("discount_percent_bp"), 0},
        {QStringLiteral("tendered_cents"), handed},
        {QStringLiteral("change_cents"), handed - (cash ? cents : 0)},
        {QStringLiteral("lines"),
         QJsonArray {QJsonObject {{QStringLiteral("position"), 1},
                                  {QStringLiteral("variant_id"), QJsonValue::Null},
                                  {QStringLiteral("label"), QStringLiteral("Article")},
                                  {QStringLiteral("quantity"), 1},
                                  {QStringLiteral("unit_price_cents"), cents},
                                  {QStringLiteral("vat_rate_bp"), 2000},
                                  {QStringLiteral("discount_cents"), 0},
                                  {QStringLiteral("discount_percent_bp"), 0},
                                  {QStringLiteral("ticket_discount_cents"), 0},
                                  {QStringLiteral("total_cents"), cents},
                                  {QStringLiteral("original_line_position"), QJsonValue::Null}}}},
        {QStringLiteral("payments"),
         cents == 0 ? QJsonArray {}
                    : QJsonArray {QJsonObject {{QStringLiteral("position"), 1},
                                               {QStringLiteral("method"), method},
                                               {QStringLiteral("amount_cents"), cents},
                                               {QStringLiteral("reference"), QString()}}}},
        {QStringLiteral("vat"),
         QJsonArray {QJsonObject {{QStringLiteral("vat_rate_bp"), 2000},
                                  {QStringLiteral("base_cents"), cents - vat},
                                  {QStringLiteral("vat_cents"), vat}}}},
    };
}

// The Z of day over tickets (as DayClosing sums them), after a Z whose grand total was previousGrand.
inline QJsonObject dayClosure(qint64 number, const QString &day, const QList<QJsonObject> &tickets,
                              qint64 previousGrand, qint64 cancelled = 0, qint64 cashFloat = 5000)
{
    qint64 sales = 0, refunds = 0, saleCount = 0, refundCount = 0, discount = 0, cash = 0;
    std::optional<qint64> first, last;
    QMap<QString, std::pair<qint64, qint64>> payments;
    QMap<qint64, std::pair<qint64, qint64>> vat;
    for (const QJsonObject &t : tickets) {
        const qint64 n = t.value(QLatin1String("number")).toInteger();
        first = first ? std::min(*first, n) : n;
        last = last ? std::max(*last, n) : n;
        const bool isSale = t.value(QLatin1String("kind")).toString() == QLatin1String("sale");
        (isSale ? saleCount : refundCount) += 1;
        (isSale ? sales : refunds) += t.value(QLatin1String("total_cents")).toInteger();
        for (const QJsonValue &l : t.value(QLatin1String("lines")).toArray()) {
            if (isSale)
                discount += l.toObject().value(QLatin1String("discount_cents")).toInteger()
                    + l.toObject().value(QLatin1String("ticket_discount_cents")).toInteger();
        }
        for (const QJsonValue &p : t.value(QLatin1String("payments")).toArray()) {
            const QString method = p.toObject().value(QLatin1String("method")).toString();
            const qint64 amount = p.toObject().value(QLatin1String("amount_cents")).toInteger();
            payments[method].first += 1;
            payments[method].second += amount;
            if (method == QLatin1String("cash"))
                cash += amount;
        }
        for (const QJsonValue &v : t.value(QLatin1String("vat")).toArray()) {
            auto &sums = vat[v.toObject().value(QLatin1String("vat_rate_bp")).toInteger()];
            sums.first += v.toObject().value(QLatin1String("base_cents")).toInteger();
            sums.second += v.toObject().value(QLatin1String("vat_cents")).toInteger();
        }
    }
    QJsonArray paymentRows;
    for (auto it = payments.begin(); it != payments.end(); ++it)
        paymentRows.append(QJsonObject {{QStringLiteral("method"), it.key()},
                                        {QStringLiteral("count"), it.value().first},
                                        {QStringLiteral("amount_cents"), it.value().second}});
    QJsonArray vatRows;
    for (auto it = vat.end(); it != vat.begin();) {
        --it;
        vatRows.append(QJsonObject {{QStringLiteral("vat_rate_bp"), it.key()},
                                    {QStringLiteral("base_cents"), it.value().first},
                                    {QStringLiteral("vat_cents"), it.value().second}});
    }
    const qint64 total = sales + refunds;
    return QJsonObject {
        {QStringLiteral("record"), QStringLiteral("closure")},
        {QStringLiteral("kind"), QStringLiteral("day")},
        {QStringLiteral("number"), number},
        {QStringLiteral("business_day"), day},
        {QStringLiteral("closed_at"), QString(day + QStringLiteral("T18:00:00.000Z"))},
        {QStringLiteral("operator_id"), 1},
        {QStringLiteral("operator_name"), QStringLiteral("Camille")},
        {QStringLiteral("first_ticket_number"), first ? QJsonValue(*first) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_ticket_number"), last ? QJsonValue(*last) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sale_count"), saleCount},
        {QStringLiteral("refund_count"), refundCount},
        {QStringLiteral("cancelled_count"), cancelled},
        {QStringLiteral("sales_cents"), sales},
        {QStringLiteral("refunds_cents"), refunds},
        {QStringLiteral("total_cents"), total},
        {QStringLiteral("discount_cents"), discount},
        {QStringLiteral("cash_float_cents"), cashFloat},
        {QStringLiteral("cash_expected_cents"), cashFloat + cash},
        {QStringLiteral("cash_counted_cents"), cashFloat + cash},
        {QStringLiteral("grand_total_cents"), previousGrand + total},
        {QStringLiteral("payments"), paymentRows},
        {QStringLiteral("vat"), vatRows},
    };
}

// A month ("2026-11") or year ("2026") closure over the closures it covers (periodTotalsMismatch's sums).
inline QJsonObject periodClosure(qint64 number, const QString &period, const QList<QJsonObject> &covered)
{
    const bool month = period.size() == 7;
    QJsonObject c {
        {QStringLiteral("record"), month ? QStringLiteral("month-closure") : QStringLiteral("year-closure")},
        {QStringLiteral("kind"), month ? QStringLiteral("month") : QStringLiteral("year")},
        {QStringLiteral("period"), period},
        {QStringLiteral("number"), number},
        {QStringLiteral("closed_at"), QStringLiteral("2027-01-01T00:05:00.000Z")},
        {QStringLiteral("closed_by"), QStringLiteral("automatic")}};
    qint64 days = 0, first = 0, last = 0, grand = 0;
    QMap<QString, qint64> sums; // every field present, 0 when nothing is covered
    for (const char *f : {"sale_count", "refund_count", "cancelled_count", "sales_cents", "refunds_cents",
                          "total_cents", "discount_cents"})
        sums[QLatin1String(f)] = 0;
    QMap<QString, std::pair<qint64, qint64>> payments;
    QMap<qint64, std::pair<qint64, qint64>> vat;
    for (const QJsonObject &k : covered) {
        for (const char *f : {"sale_count", "refund_count", "cancelled_count", "sales_cents", "refunds_cents",
                              "total_cents", "discount_cents"})
            sums[QLatin1String(f)] += k.value(QLatin1String(f)).toInteger();
        days += month ? 1 : k.value(QLatin1String("day_count")).toInteger();
        const qint64 n = k.value(QLatin1String("number")).toInteger();
        first = first == 0 ? n : std::min(first, n);
        if (n >= last) {
            last = n;
            grand = k.value(QLatin1String("grand_total_cents")).toInteger();
        }
        for (const QJsonValue &p : k.value(QLatin1String("payments")).toArray()) {
            auto &s = payments[p.toObject().value(QLatin1String("method")).toString()];
            s.first += p.toObject().value(QLatin1String("count")).toInteger();
            s.second += p.toObject().value(QLatin1String("amount_cents")).toInteger();
        }
        for (const QJsonValue &v : k.value(QLatin1String("vat")).toArray()) {
            auto &s = vat[v.toObject().value(QLatin1String("vat_rate_bp")).toInteger()];
            s.first += v.toObject().value(QLatin1String("base_cents")).toInteger();
            s.second += v.toObject().value(QLatin1String("vat_cents")).toInteger();
        }
    }
    for (auto it = sums.begin(); it != sums.end(); ++it)
        c.insert(it.key(), it.value());
    c.insert(QStringLiteral("day_count"), days);
    c.insert(QStringLiteral("first_closure_number"), first);
    c.insert(QStringLiteral("last_closure_number"), last);
    c.insert(QStringLiteral("grand_total_cents"), grand);
    QJsonArray paymentRows;
    for (auto it = payments.begin(); it != payments.end(); ++it)
        paymentRows.append(QJsonObject {{QStringLiteral("method"), it.key()},
                                        {QStringLiteral("count"), it.value().first},
                                        {QStringLiteral("amount_cents"), it.value().second}});
    QJsonArray vatRows;
    for (auto it = vat.end(); it != vat.begin();) {
        --it;
        vatRows.append(QJsonObject {{QStringLiteral("vat_rate_bp"), it.key()},
                                    {QStringLiteral("base_cents"), it.value().first},
                                    {QStringLiteral("vat_cents"), it.value().second}});
    }
    c.insert(QStringLiteral("payments"), paymentRows);
    c.insert(QStringLiteral("vat"), vatRows);
    return c;
}

inline QJsonObject event(const QString &kind, const QJsonObject &detail, const QString &occurredAt)
{
    return QJsonObject {
        {QStringLiteral("record"), QStringLiteral("event")},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("occurred_at"), occurredAt},
        {QStringLiteral("operator_id"), QJsonValue::Null},
        {QStringLiteral("detail"), QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}};
}

// A key_changed event from `from` to `to`, endorsed by `from` unless lost.
inline QJsonObject keyChanged(const Ed25519Key &from, const Ed25519Key &to, bool endorsed = true)
{
    QJsonObject detail {
        {QStringLiteral("previous_public_key"), QString::fromLatin1(from.publicKey().toBase64())},
        {QStringLiteral("public_key"), QString::fromLatin1(to.publicKey().toBase64())},
        {QStringLiteral("reason"), endorsed ? QStringLiteral("replaced") : QStringLiteral("lost")}};
    detail.insert(
        QStringLiteral("endorsement"),
        endorsed ? QJsonValue(QString::fromLatin1(
            from.sign(keyChangeEndorsementMessage(from.publicKey(), to.publicKey())).value().toBase64()))
                 : QJsonValue(QJsonValue::Null));
    return event(QStringLiteral("key_changed"), detail, QStringLiteral("2026-11-15T08:00:00.000Z"));
}

} // namespace comptoir::chaintest
