// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/moneylimits.h"

#include "models/money.h"

#include <QLocale>

namespace comptoir::MoneyLimits {

Error amountTooLarge(qint64 maxCents)
{
    return makeError(ErrorCode::AmountTooLarge, Money::format(maxCents));
}

Error quantityTooLarge(qint64 maxQuantity)
{
    return makeError(ErrorCode::QuantityTooLarge, QLocale().toString(maxQuantity));
}

Status checkUnitPrice(qint64 cents)
{
    if (cents < 0)
        return makeError(ErrorCode::NegativePrice, Money::formatPlain(cents));
    if (cents > MaxUnitPriceCents)
        return amountTooLarge(MaxUnitPriceCents);
    return {};
}

Status checkQuantity(qint64 quantity)
{
    if (quantity > MaxQuantity || quantity < -MaxQuantity)
        return quantityTooLarge(MaxQuantity);
    return {};
}

Status checkAmount(qint64 cents, qint64 maxCents)
{
    if (cents > maxCents || cents < -maxCents)
        return amountTooLarge(maxCents);
    return {};
}

Result<qint64> add(qint64 a, qint64 b, qint64 maxCents)
{
    const auto sum = checkedAdd(a, b);
    if (!sum)
        return amountTooLarge(maxCents);
    if (Status s = checkAmount(*sum, maxCents); !s)
        return s.error();
    return *sum;
}

Result<qint64> multiply(qint64 a, qint64 b, qint64 maxCents)
{
    const auto product = checkedMultiply(a, b);
    if (!product)
        return amountTooLarge(maxCents);
    if (Status s = checkAmount(*product, maxCents); !s)
        return s.error();
    return *product;
}

} // namespace comptoir::MoneyLimits
