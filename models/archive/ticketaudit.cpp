// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A ticket's own arithmetic (ticketaudit.h).
#include "models/archive/ticketaudit.h"

#include "models/sales/ticketcalculator.h"

#include <QJsonArray>
#include <QList>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace comptoir::TicketAudit {

namespace {

__extension__ typedef __int128 Wide; // 128 bits: a forger's amounts never overflow

QString number(Wide value)
{
    if (value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max())
        return QString::number(qint64(value));
    return QStringLiteral("(out of range)");
}

QString expected(const QString &what, Wide stored, Wide computed)
{
    return what + QLatin1Char(' ') + number(stored) + QStringLiteral(" where ") + number(computed)
        + QStringLiteral(" was expected");
}

// round(a / b), b > 0, halves away from zero: TicketCalculator::divideRounded, on 128 bits when
// the numerator does not fit in 64 (a forger's values; the till's never do).
Wide rounded(Wide a, Wide b)
{
    const auto max = Wide(std::numeric_limits<qint64>::max());
    if (a >= -max && a <= max && b <= max)
        return TicketCalculator::divideRounded(qint64(a), qint64(b));
    const Wide q = a / b;
    const Wide r = a - q * b;
    if (r >= 0)
        return 2 * r >= b ? q + 1 : q;
    return -2 * r >= b ? q - 1 : q;
}

Wide field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

bool hasSign(Wide value, int sign)
{
    return value == 0 || (value > 0) == (sign > 0);
}

// The largest-remainder spread of amount over weights (sum > 0): floor shares, then one cent each
// to the largest remainders, the earlier line first on a tie.
QList<Wide> spread(Wide amount, const QList<Wide> &weights, Wide sum)
{
    QList<Wide> shares(weights.size(), 0);
    if (amount == 0 || sum == 0)
        return shares;
    QList<Wide> remainders(weights.size(), 0);
    Wide given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        shares[i] = amount * weights[i] / sum;
        remainders[i] = amount * weights[i] % sum;
        given += shares[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; given < amount && !order.isEmpty(); ++k, ++given)
        ++shares[order[k % order.size()]];
    return shares;
}

struct Line
{
    Wide gross = 0;
    Wide discount = 0;
    Wide share = 0; // ticket_discount_cents
    Wide total = 0;
    qint64 rate = 0;
};

// The lines' own rules; fills lines. Empty when they hold.
QString checkLines(const QJsonArray &array, int sign, bool sale, QList<Line> &lines)
{
    if (array.isEmpty())
        return QStringLiteral("no line");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject l = array.at(i).toObject();
        const QString at = QStringLiteral("line ") + QString::number(i + 1) + QStringLiteral(": ");
        if (field(l, "position") != i + 1)
            return at + expected(QStringLiteral("position"), field(l, "position"), i + 1);
        const Wide quantity = field(l, "quantity");
        const Wide price = field(l, "unit_price_cents");
        if (quantity == 0 || !hasSign(quantity, sign))
            return at + QStringLiteral("quantity ") + number(quantity) + QStringLiteral(" of the wrong sign");
        if (price < 0)
            return at + QStringLiteral("negative unit_price_cents");
        Line line;
        line.gross = quantity * price;
        line.discount = field(l, "discount_cents");
        line.share = field(l, "ticket_discount_cents");
        line.total = field(l, "total_cents");
        line.rate = l.value(QLatin1String("vat_rate_bp")).toInteger();
        const Wide percent = field(l, "discount_percent_bp");
        if (percent < 0)
            return at + QStringLiteral("negative discount_percent_bp");
        if (sale && percent > 0 && line.discount != rounded(line.gross * percent, 10000))
            return at
                + expected(QStringLiteral("discount_cents"), line.discount,
                           rounded(line.gross * percent, 10000));
        if (!hasSign(line.discount, sign)
            || (line.discount < 0 ? -line.discount : line.discount)
                > (line.gross < 0 ? -line.gross : line.gross))
            return at + QStringLiteral("discount_cents ") + number(line.discount)
                + QStringLiteral(" of the wrong sign or beyond the line's gross amount");
        if (!hasSign(line.share, sign))
            return at + QStringLiteral("ticket_discount_cents of the wrong sign");
        const Wide total = line.gross - line.discount - line.share;
        if (line.total != total)
            return at + expected(QStringLiteral("total_cents"), line.total, total);
        if (line.rate < 0)
            return at + QStringLiteral("negative vat_rate_bp");
        lines << line;
    }
    return {};
}

// The shares of a sale's ticket discount: its amount from the percentage, and the spread.
QString checkTicketDiscount(const QJsonObject &ticket, const QList<Line> &lines)
{
    QList<Wide> weights;
    Wide base = 0;
    for (const Line &line : lines) {
        weights << line.gross - line.discount;
        base += line.gross - line.discount;
    }
    const Wide discount = field(ticket, "discount_cents");
    const Wide percent = field(ticket, "discount_percent_bp");
    if (percent < 0)
        return QStringLiteral("negative discount_percent_bp");
    if (percent > 0 && discount != rounded(base * percent, 10000))
        return expected(QStringLiteral("discount_cents"), discount, rounded(base * percent, 10000));
    const QList<Wide> shares = spread(discount, weights, base);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).share != shares.at(i))
            return QStringLiteral("line ") + QString::number(i + 1) + QStringLiteral(": ")
                + expected(QStringLiteral("ticket_discount_cents"), lines.at(i).share, shares.at(i));
    }
    return {};
}

QString checkVat(const QJsonArray &stored, const QList<Line> &lines)
{
    std::map<qint64, Wide, std::greater<>> byRate;
    for (const Line &line : lines)
        byRate[line.rate] += line.total;
    if (stored.size() != qsizetype(byRate.size()))
        return QStringLiteral("vat: ") + QString::number(stored.size()) + QStringLiteral(" rates where ")
            + QString::number(byRate.size()) + QStringLiteral(" were expected");
    qsizetype i = 0;
    for (const auto &[rate, total] : byRate) {
        const QJsonObject row = stored.at(i++).toObject();
        const Wide vat = rounded(total * rate, 10000 + rate);
        const QString at = QStringLiteral("vat ") + QString::number(rate) + QStringLiteral(": ");
        if (field(row, "vat_rate_bp") != rate)
            return at + expected(QStringLiteral("vat_rate_bp"), field(row, "vat_rate_bp"), rate);
        if (field(row, "vat_cents") != vat)
            return at + expected(QStringLiteral("vat_cents"), field(row, "vat_cents"), vat);
        if (field(row, "base_cents") != total - vat)
            return at + expected(QStringLiteral("base_cents"), field(row, "base_cents"), total - vat);
    }
    return {};
}

QString checkPayments(const QJsonObject &ticket, int sign, Wide total)
{
    static const QStringList methods = {QStringLiteral("cash"), QStringLiteral("card"),
                                        QStringLiteral("cheque"), QStringLiteral("voucher")};
    const QJsonArray payments = ticket.value(QLatin1String("payments")).toArray();
    if (payments.isEmpty() && total != 0)
        return QStringLiteral("no payment for a total of ") + number(total);
    Wide paid = 0;
    Wide cash = 0;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const QJsonObject p = payments.at(i).toObject();
        const QString at = QStringLiteral("payment ") + QString::number(i + 1) + QStringLiteral(": ");
        if (field(p, "position") != i + 1)
            return at + expected(QStringLiteral("position"), field(p, "position"), i + 1);
        const Wide amount = field(p, "amount_cents");
        if (amount == 0 || !hasSign(amount, sign))
            return at + QStringLiteral("amount_cents ") + number(amount)
                + QStringLiteral(" of the wrong sign");
        const QString method = p.value(QLatin1String("method")).toString();
        if (!methods.contains(method))
            return at + QStringLiteral("unknown method");
        paid += amount;
        if (method == QLatin1String("cash"))
            cash += amount;
    }
    if (paid != total)
        return expected(QStringLiteral("payments summing to"), paid, total);
    const Wide tendered = field(ticket, "tendered_cents");
    const Wide change = field(ticket, "change_cents");
    if (cash > 0) {
        if (tendered < cash)
            return QStringLiteral("tendered_cents ") + number(tendered)
                + QStringLiteral(" below the cash paid ") + number(cash);
        if (change != tendered - cash)
            return expected(QStringLiteral("change_cents"), change, tendered - cash);
    } else if (tendered != 0 || change != 0) {
        return QStringLiteral("tendered_cents or change_cents without a cash payment");
    }
    return {};
}

} // namespace

QString mismatch(const QJsonObject &ticket)
{
    const QString kind = ticket.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("sale") && kind != QLatin1String("refund"))
        return QStringLiteral("kind is neither sale nor refund");
    const bool sale = kind == QLatin1String("sale");
    const int sign = sale ? 1 : -1;
    QList<Line> lines;
    if (QString why = checkLines(ticket.value(QLatin1String("lines")).toArray(), sign, sale, lines);
        !why.isEmpty())
        return why;
    Wide shares = 0;
    Wide total = 0;
    for (const Line &line : std::as_const(lines)) {
        shares += line.share;
        total += line.total;
    }
    if (field(ticket, "discount_cents") != shares)
        return expected(QStringLiteral("discount_cents"), field(ticket, "discount_cents"), shares);
    if (sale) {
        if (QString why = checkTicketDiscount(ticket, lines); !why.isEmpty())
            return why;
    }
    if (field(ticket, "total_cents") != total)
        return expected(QStringLiteral("total_cents"), field(ticket, "total_cents"), total);
    if (QString why = checkVat(ticket.value(QLatin1String("vat")).toArray(), lines); !why.isEmpty())
        return why;
    return checkPayments(ticket, sign, total);
}

} // namespace comptoir::TicketAudit
