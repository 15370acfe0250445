#include "models/sales/ticketcalculator.h"

#include "models/vatrate.h"

#include <QtGlobal>

#include <algorithm>
#include <map>
#include <numeric>

namespace comptoir {

namespace {

// A discount's amount in cents, checked against the amount it applies to (magnitudes).
Result<qint64> discountAmount(int percentBp, qint64 amountCents, qint64 appliesTo)
{
    if (percentBp < 0 || amountCents < 0)
        return makeError(ErrorCode::InvalidQuantity, {}, QStringLiteral("negative discount"));
    if (percentBp != 0 && amountCents != 0)
        return makeError(ErrorCode::InvalidQuantity, {}, QStringLiteral("percent and amount discount"));
    if (percentBp > 10000)
        return makeError(ErrorCode::DiscountTooLarge, QString::number(percentBp));
    const qint64 amount
        = percentBp != 0 ? TicketCalculator::divideRounded(appliesTo * percentBp, 10000) : amountCents;
    if (amount > appliesTo)
        return makeError(ErrorCode::DiscountTooLarge, QString::number(amount));
    return amount;
}

// Splits `amount` over `weights` in proportion, the rounding remainder going one cent at a time
// to the largest remainders (the earliest line first on a tie): the parts add up to amount.
QList<qint64> spread(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    const qint64 sum = std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
    if (amount == 0 || sum == 0)
        return parts;
    QList<qint64> remainders(weights.size(), 0);
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        parts[i] = amount * weights[i] / sum;
        remainders[i] = amount * weights[i] % sum;
        given += parts[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; given < amount; ++k, ++given)
        ++parts[order[k % order.size()]];
    return parts;
}

} // namespace

namespace TicketCalculator {

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    if (numerator < 0)
        return -divideRounded(-numerator, denominator);
    return (2 * numerator + denominator) / (2 * denominator);
}

Result<TicketTotals> compute(const QList<TicketLine> &lines, const Discount &ticketDiscount)
{
    if (lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    int sign = 0;
    TicketTotals totals;
    totals.lines = lines;
    QList<qint64> nets; // after the line discount, magnitudes
    for (TicketLine &line : totals.lines) {
        if (line.quantity == 0)
            return makeError(ErrorCode::InvalidQuantity, QStringLiteral("0"));
        const int lineSign = line.quantity > 0 ? 1 : -1;
        if (sign != 0 && lineSign != sign)
            return makeError(ErrorCode::InvalidQuantity, QString::number(line.quantity),
                             QStringLiteral("sale and refund lines mixed"));
        sign = lineSign;
        if (line.unitPriceCents < 0)
            return makeError(ErrorCode::NegativePrice, QString::number(line.unitPriceCents));
        if (!VatRate::isKnown(line.vatRateBp))
            return makeError(ErrorCode::UnknownVatRate, QString::number(line.vatRateBp));
        const qint64 gross = qAbs(line.quantity) * line.unitPriceCents;
        auto discount = discountAmount(line.discountPercentBp, line.discountCents, gross);
        if (!discount)
            return discount.error();
        line.discountCents = sign * *discount;
        nets.append(gross - *discount);
    }
    const qint64 base = std::accumulate(nets.cbegin(), nets.cend(), qint64(0));
    auto discount = discountAmount(ticketDiscount.percentBp, ticketDiscount.amountCents, base);
    if (!discount)
        return discount.error();
    const QList<qint64> shares = spread(*discount, nets);
    for (qsizetype i = 0; i < totals.lines.size(); ++i) {
        TicketLine &line = totals.lines[i];
        line.ticketDiscountCents = sign * shares[i];
        line.totalCents = sign * (nets[i] - shares[i]);
        totals.totalCents += line.totalCents;
    }
    totals.discountCents = sign * *discount;
    totals.vat = vatBreakdown(totals.lines);
    return totals;
}

QList<VatAmount> vatBreakdown(const QList<TicketLine> &lines)
{
    std::map<int, qint64, std::greater<>> byRate;
    for (const TicketLine &line : lines)
        byRate[line.vatRateBp] += line.totalCents;
    QList<VatAmount> result;
    for (const auto &[rate, total] : byRate) {
        VatAmount amount;
        amount.vatRateBp = rate;
        amount.vatCents = divideRounded(total * rate, 10000 + rate);
        amount.baseCents = total - amount.vatCents;
        result.append(amount);
    }
    return result;
}

qint64 remaining(qint64 totalCents, const QList<Payment> &payments)
{
    qint64 paid = 0;
    for (const Payment &payment : payments)
        paid += payment.amountCents;
    return totalCents - paid;
}

Status acceptPayment(qint64 remainingCents, const Payment &payment)
{
    if (payment.amountCents == 0)
        return makeError(ErrorCode::InvalidQuantity, QStringLiteral("0"));
    if (remainingCents == 0)
        return makeError(ErrorCode::Overpayment, QString::number(payment.amountCents));
    if ((payment.amountCents > 0) != (remainingCents > 0))
        return makeError(ErrorCode::InvalidQuantity, QString::number(payment.amountCents),
                         QStringLiteral("payment sign differs from the amount due"));
    if (payment.method != PaymentMethod::Cash && qAbs(payment.amountCents) > qAbs(remainingCents))
        return makeError(ErrorCode::Overpayment, QString::number(payment.amountCents));
    return {};
}

Result<qint64> cashChange(qint64 cashDueCents, qint64 tenderedCents)
{
    if (tenderedCents < cashDueCents)
        return makeError(ErrorCode::NotFullyPaid, QString::number(cashDueCents - tenderedCents));
    return tenderedCents - cashDueCents;
}

Result<Settlement> settle(qint64 totalCents, const QList<Payment> &payments, qint64 tenderedCents)
{
    Settlement settlement;
    settlement.payments = payments;
    qint64 due = totalCents;
    qint64 cashDue = 0;
    for (const Payment &payment : payments) {
        if (Status s = acceptPayment(due, payment); !s)
            return s.error();
        if (qAbs(payment.amountCents) > qAbs(due))
            return makeError(ErrorCode::Overpayment, QString::number(payment.amountCents));
        due -= payment.amountCents;
        if (payment.method == PaymentMethod::Cash)
            cashDue += payment.amountCents;
    }
    if (due != 0)
        return makeError(ErrorCode::NotFullyPaid, QString::number(due));
    if (tenderedCents < 0 || (totalCents < 0 && tenderedCents != 0) || (cashDue == 0 && tenderedCents != 0))
        return makeError(ErrorCode::InvalidQuantity, QString::number(tenderedCents),
                         QStringLiteral("cash tendered without a cash payment"));
    if (cashDue <= 0)
        return settlement; // a refund gives the amounts back: no change
    settlement.tenderedCents = tenderedCents == 0 ? cashDue : tenderedCents;
    auto change = cashChange(cashDue, settlement.tenderedCents);
    if (!change)
        return change.error();
    settlement.changeCents = *change;
    return settlement;
}

} // namespace TicketCalculator

} // namespace comptoir
