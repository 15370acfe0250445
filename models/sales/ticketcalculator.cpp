// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketcalculator.h"

#include "models/logging.h"
#include "models/moneylimits.h"
#include "models/vatrate.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace comptoir {

namespace {

// A discount's amount in cents, checked against the amount it applies to (magnitudes), itself at
// most MaxTicketCents: so an amount discount is within MaxDiscountCents or DiscountTooLarge.
Result<qint64> discountAmount(int percentBp, qint64 amountCents, qint64 appliesTo)
{
    if (percentBp < 0 || amountCents < 0)
        return makeError(ErrorCode::InvalidQuantity, {}, QStringLiteral("negative discount"));
    if (percentBp != 0 && amountCents != 0)
        return makeError(ErrorCode::InvalidQuantity, {}, QStringLiteral("percent and amount discount"));
    if (percentBp > 10000)
        return makeError(ErrorCode::DiscountTooLarge, QString::number(percentBp));
    qint64 amount = amountCents;
    if (percentBp != 0) {
        // appliesTo ≤ MaxTicketCents, so × 10 000 fits; checked all the same.
        const auto scaled = MoneyLimits::checkedMultiply(appliesTo, percentBp);
        if (!scaled)
            return MoneyLimits::amountTooLarge(MoneyLimits::MaxTicketCents);
        amount = TicketCalculator::divideRounded(*scaled, 10000);
    }
    if (amount > appliesTo)
        return makeError(ErrorCode::DiscountTooLarge, QString::number(amount));
    return amount;
}

// Splits `amount` over `weights` in proportion, the rounding remainder going one cent at a time
// to the largest remainders (the earliest line first on a tie): the parts add up to amount.
// amount and the weights are at most MaxTicketCents, so amount × weight fits (checked all the same).
Result<QList<qint64>> spread(qint64 amount, const QList<qint64> &weights, qint64 sum)
{
    QList<qint64> parts(weights.size(), 0);
    if (amount == 0 || sum == 0)
        return parts;
    QList<qint64> remainders(weights.size(), 0);
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const auto scaled = MoneyLimits::checkedMultiply(amount, weights[i]);
        if (!scaled)
            return MoneyLimits::amountTooLarge(MoneyLimits::MaxTicketCents);
        parts[i] = *scaled / sum;
        remainders[i] = *scaled % sum;
        given += parts[i]; // at most amount
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
    // Quotient and remainder, then one more (or one less) when the remainder is half the
    // denominator or more: no intermediate exceeds the operands, so nothing can overflow.
    const qint64 quotient = numerator / denominator; // truncated toward zero
    const qint64 remainder = numerator % denominator; // |remainder| < denominator, numerator's sign
    if (remainder >= 0)
        return remainder >= denominator - remainder ? quotient + 1 : quotient;
    return -remainder >= denominator + remainder ? quotient - 1 : quotient;
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
        if (Status s = MoneyLimits::checkQuantity(line.quantity); !s)
            return s.error();
        if (Status s = MoneyLimits::checkUnitPrice(line.unitPriceCents); !s)
            return s.error();
        if (!VatRate::isKnown(line.vatRateBp))
            return makeError(ErrorCode::UnknownVatRate, QString::number(line.vatRateBp));
        const auto gross
            = MoneyLimits::multiply(qAbs(line.quantity), line.unitPriceCents, MoneyLimits::MaxLineCents);
        if (!gross)
            return gross.error();
        auto discount = discountAmount(line.discountPercentBp, line.discountCents, *gross);
        if (!discount)
            return discount.error();
        line.discountCents = sign * *discount;
        nets.append(*gross - *discount);
    }
    qint64 base = 0;
    for (const qint64 net : std::as_const(nets)) {
        const auto sum = MoneyLimits::add(base, net, MoneyLimits::MaxTicketCents);
        if (!sum)
            return sum.error();
        base = *sum;
    }
    auto discount = discountAmount(ticketDiscount.percentBp, ticketDiscount.amountCents, base);
    if (!discount)
        return discount.error();
    const auto shares = spread(*discount, nets, base);
    if (!shares)
        return shares.error();
    for (qsizetype i = 0; i < totals.lines.size(); ++i) {
        TicketLine &line = totals.lines[i];
        line.ticketDiscountCents = sign * shares->at(i);
        line.totalCents = sign * (nets[i] - shares->at(i));
        totals.totalCents += line.totalCents; // |sum| ≤ base ≤ MaxTicketCents
    }
    totals.discountCents = sign * *discount;
    auto vat = checkedVatBreakdown(totals.lines);
    if (!vat)
        return vat.error();
    totals.vat = std::move(vat).value();
    return totals;
}

Result<QList<VatAmount>> checkedVatBreakdown(const QList<TicketLine> &lines)
{
    std::map<int, qint64, std::greater<>> byRate;
    for (const TicketLine &line : lines) {
        const auto sum
            = MoneyLimits::add(byRate[line.vatRateBp], line.totalCents, MoneyLimits::MaxTicketCents);
        if (!sum)
            return sum.error();
        byRate[line.vatRateBp] = *sum;
    }
    QList<VatAmount> result;
    for (const auto &[rate, total] : byRate) {
        const auto scaled = MoneyLimits::checkedMultiply(total, rate); // ≤ 10^9 × 10^4: fits
        if (!scaled)
            return MoneyLimits::amountTooLarge(MoneyLimits::MaxTicketCents);
        VatAmount amount;
        amount.vatRateBp = rate;
        amount.vatCents = divideRounded(*scaled, 10000 + rate);
        amount.baseCents = total - amount.vatCents;
        result.append(amount);
    }
    return result;
}

QList<VatAmount> vatBreakdown(const QList<TicketLine> &lines)
{
    auto vat = checkedVatBreakdown(lines);
    if (!vat) {
        qCWarning(lcModels) << "VAT breakdown of out-of-bound lines refused:" << vat.error().subject;
        return {};
    }
    return std::move(vat).value();
}

qint64 remaining(qint64 totalCents, const QList<Payment> &payments)
{
    // Accepted payments are each within MaxPaymentCents, so this sum stays small; out-of-bound
    // ones saturate rather than wrap (settle() refuses them with an error).
    qint64 left = totalCents;
    for (const Payment &payment : payments) {
        if (__builtin_sub_overflow(left, payment.amountCents, &left))
            left = payment.amountCents > 0 ? std::numeric_limits<qint64>::min()
                                           : std::numeric_limits<qint64>::max();
    }
    return left;
}

Status acceptPayment(qint64 remainingCents, const Payment &payment)
{
    if (payment.amountCents == 0)
        return makeError(ErrorCode::InvalidQuantity, QStringLiteral("0"));
    if (Status s = MoneyLimits::checkAmount(payment.amountCents, MoneyLimits::MaxPaymentCents); !s)
        return s;
    if (remainingCents == 0)
        return makeError(ErrorCode::Overpayment, QString::number(payment.amountCents));
    if ((payment.amountCents > 0) != (remainingCents > 0))
        return makeError(ErrorCode::InvalidQuantity, QString::number(payment.amountCents),
                         QStringLiteral("payment sign differs from the amount due"));
    // Same sign from here on: compared without qAbs, which a saturated remainder would overflow.
    const bool beyond = payment.amountCents > 0 ? payment.amountCents > remainingCents
                                                : payment.amountCents < remainingCents;
    if (payment.method != PaymentMethod::Cash && beyond)
        return makeError(ErrorCode::Overpayment, QString::number(payment.amountCents));
    return {};
}

Result<qint64> cashChange(qint64 cashDueCents, qint64 tenderedCents)
{
    if (Status s = MoneyLimits::checkAmount(tenderedCents, MoneyLimits::MaxPaymentCents); !s)
        return s.error();
    if (Status s = MoneyLimits::checkAmount(cashDueCents, MoneyLimits::MaxPaymentCents); !s)
        return s.error();
    if (tenderedCents < cashDueCents)
        return makeError(ErrorCode::NotFullyPaid, QString::number(cashDueCents - tenderedCents));
    return tenderedCents - cashDueCents;
}

Result<Settlement> settle(qint64 totalCents, const QList<Payment> &payments, qint64 tenderedCents)
{
    // Within the bounds, no difference below can overflow: each payment is at most what is due.
    if (Status s = MoneyLimits::checkAmount(totalCents, MoneyLimits::MaxTicketCents); !s)
        return s.error();
    if (Status s = MoneyLimits::checkAmount(tenderedCents, MoneyLimits::MaxPaymentCents); !s)
        return s.error();
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
