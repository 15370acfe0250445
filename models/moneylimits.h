// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QtGlobal>

#include <optional>

namespace comptoir {

// The till's domain bounds: the largest unit price, quantity, line, ticket and payment it takes.
// Generous for a shop (a piano, a pallet of 9 999 jars) and far from qint64's 9.2 × 10^18 cents:
// the largest product the arithmetic forms from in-bound values is a ticket total times a VAT rate
// (10^9 × 2 000 = 2 × 10^12) or a ticket discount times a line's weight (10^9 × 10^9 = 10^18), both
// well inside. Every value is checked where it enters (typed, scanned, imported, synced), and
// every sum and product of the calculator is overflow-checked besides; past a bound the answer is
// an Error (AmountTooLarge, QuantityTooLarge, the bound formatted as its subject), never a wrapped
// number. Written in docs/rounding.md ("Bounds").
namespace MoneyLimits {

constexpr qint64 MaxUnitPriceCents = 99'999'999; // 999 999,99 € for one item (price or cost)
constexpr qint64 MaxQuantity = 9'999; // items on one line of a ticket
constexpr qint64 MaxLineCents = 999'999'999; // 9 999 999,99 €: quantity × unit price of a line
constexpr qint64 MaxTicketCents = 999'999'999; // 9 999 999,99 €: a ticket's total, before discounts
constexpr qint64 MaxPaymentCents = 999'999'999; // 9 999 999,99 €: one payment, or the cash handed over
constexpr qint64 MaxDiscountCents = MaxTicketCents; // an amount discount (never more than it applies to)
// Any amount typed in a field (Money::parse's default bound): the largest of the bounds above.
constexpr qint64 MaxAmountCents = 999'999'999;
// A stock level (on hand, reserved, safety stock) received from the marketplace.
constexpr qint64 MaxStockQuantity = 999'999'999;

static_assert(MaxUnitPriceCents <= MaxLineCents && MaxLineCents <= MaxTicketCents);
static_assert(MaxTicketCents <= MaxAmountCents && MaxPaymentCents <= MaxAmountCents);
// sqrt(2^63 − 1) ≈ 3 037 000 499: a ticket amount times a ticket amount (spreading a discount) fits.
static_assert(MaxTicketCents <= 3'037'000'499);

// AmountTooLarge with the bound formatted ("9 999 999,99 €") as its subject.
Error amountTooLarge(qint64 maxCents);
// QuantityTooLarge with the bound formatted ("9 999") as its subject.
Error quantityTooLarge(qint64 maxQuantity = MaxQuantity);

// 0 ≤ cents ≤ MaxUnitPriceCents (NegativePrice, AmountTooLarge).
Status checkUnitPrice(qint64 cents);
// |quantity| ≤ MaxQuantity (QuantityTooLarge); the sign and zero are the caller's rules.
Status checkQuantity(qint64 quantity);
// |cents| ≤ maxCents (AmountTooLarge).
Status checkAmount(qint64 cents, qint64 maxCents);

// a + b and a × b, or nothing when the exact result does not fit in a qint64.
inline std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

inline std::optional<qint64> checkedMultiply(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return std::nullopt;
    return product;
}

// a + b and a × b, whose magnitude must not exceed maxCents (AmountTooLarge otherwise, overflow
// included).
Result<qint64> add(qint64 a, qint64 b, qint64 maxCents);
Result<qint64> multiply(qint64 a, qint64 b, qint64 maxCents);

} // namespace MoneyLimits

} // namespace comptoir
