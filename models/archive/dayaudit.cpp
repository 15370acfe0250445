// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A day closure against its tickets (dayaudit.h).
#include "models/archive/dayaudit.h"

#include <QJsonArray>
#include <QStringList>

namespace comptoir {

namespace {

QString key(const QString &registerId, const QString &businessDay)
{
    return registerId + QLatin1Char('|') + businessDay;
}

qint64 integer(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInteger();
}

QString text(const std::optional<WideInt> &value)
{
    return value ? wideText(*value) : QStringLiteral("null");
}

QString differs(const QString &what, const QString &stored, const QString &computed)
{
    return what + QStringLiteral(": stored ") + stored + QStringLiteral(", tickets ") + computed;
}

using Pairs = QMap<QString, std::pair<WideInt, WideInt>>;

Pairs rows(const QJsonArray &array, const char *keyName, const char *first, const char *second)
{
    Pairs result;
    for (const QJsonValue &value : array) {
        const QJsonObject row = value.toObject();
        const QJsonValue k = row.value(QLatin1String(keyName));
        auto &sums = result[k.isString() ? k.toString() : QString::number(k.toInteger())];
        sums.first += integer(row, first);
        sums.second += integer(row, second);
    }
    return result;
}

QString describe(const Pairs &pairs)
{
    QStringList parts;
    for (auto it = pairs.begin(); it != pairs.end(); ++it)
        parts << it.key() + QLatin1Char('=') + wideText(it.value().first) + QLatin1Char('/')
                + wideText(it.value().second);
    return parts.join(QLatin1Char(','));
}

std::optional<qint64> optionalInteger(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toInteger();
}

} // namespace

void DayAudit::addTicket(const QString &registerId, const QString &businessDay, const QJsonObject &ticket)
{
    Day &day = m_days[key(registerId, businessDay)];
    const qint64 number = integer(ticket, "number");
    day.first = day.first ? std::min(*day.first, number) : number;
    day.last = day.last ? std::max(*day.last, number) : number;
    const bool sale = ticket.value(QLatin1String("kind")).toString() == QLatin1String("sale");
    (sale ? day.saleCount : day.refundCount) += 1;
    (sale ? day.sales : day.refunds) += integer(ticket, "total_cents");
    const QJsonArray lines = ticket.value(QLatin1String("lines")).toArray();
    if (sale) {
        for (const QJsonValue &line : lines)
            day.discount += WideInt(integer(line.toObject(), "discount_cents"))
                + integer(line.toObject(), "ticket_discount_cents");
    }
    for (const QJsonValue &value : ticket.value(QLatin1String("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        const QString method = payment.value(QLatin1String("method")).toString();
        auto &sums = day.payments[method];
        sums.first += 1;
        sums.second += integer(payment, "amount_cents");
        if (method == QLatin1String("cash"))
            day.cash += integer(payment, "amount_cents"); // net of the change given
    }
    for (const QJsonValue &value : ticket.value(QLatin1String("vat")).toArray()) {
        const QJsonObject row = value.toObject();
        auto &sums = day.vat[QString::number(integer(row, "vat_rate_bp"))];
        sums.first += integer(row, "base_cents");
        sums.second += integer(row, "vat_cents");
    }
}

void DayAudit::addCancelled(const QString &registerId, const QString &businessDay)
{
    ++m_days[key(registerId, businessDay)].cancelled;
}

QString DayAudit::closureMismatch(const QJsonObject &closure, qint64 previousGrandTotal)
{
    const Day day = m_days.take(key(closure.value(QLatin1String("register_id")).toString(),
                                    closure.value(QLatin1String("business_day")).toString()));
    const std::pair<const char *, std::pair<std::optional<WideInt>, std::optional<WideInt>>> values[] = {
        {"first_ticket_number", {optionalInteger(closure, "first_ticket_number"), day.first}},
        {"last_ticket_number", {optionalInteger(closure, "last_ticket_number"), day.last}},
        {"sale_count", {integer(closure, "sale_count"), day.saleCount}},
        {"refund_count", {integer(closure, "refund_count"), day.refundCount}},
        {"sales_cents", {integer(closure, "sales_cents"), day.sales}},
        {"refunds_cents", {integer(closure, "refunds_cents"), day.refunds}},
        {"total_cents", {integer(closure, "total_cents"), day.sales + day.refunds}},
        {"discount_cents", {integer(closure, "discount_cents"), day.discount}},
        {"cash_expected_cents",
         {integer(closure, "cash_expected_cents"), WideInt(integer(closure, "cash_float_cents")) + day.cash}},
        {"cancelled_count", {integer(closure, "cancelled_count"), day.cancelled}},
        {"grand_total_cents",
         {integer(closure, "grand_total_cents"),
          WideInt(previousGrandTotal) + integer(closure, "total_cents")}},
    };
    for (const auto &[name, pair] : values) {
        if (pair.first != pair.second)
            return differs(QLatin1String(name), text(pair.first), text(pair.second));
    }
    const Pairs payments
        = rows(closure.value(QLatin1String("payments")).toArray(), "method", "count", "amount_cents");
    if (payments != day.payments)
        return differs(QStringLiteral("payments"), describe(payments), describe(day.payments));
    const Pairs vat
        = rows(closure.value(QLatin1String("vat")).toArray(), "vat_rate_bp", "base_cents", "vat_cents");
    if (vat != day.vat)
        return differs(QStringLiteral("vat"), describe(vat), describe(day.vat));
    return {};
}

} // namespace comptoir
