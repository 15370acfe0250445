// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/netquantity.h"

namespace comptoir::NetQuantities {

QString unitKey(NetUnit unit)
{
    switch (unit) {
    case NetUnit::None:
        return {};
    case NetUnit::Piece:
        return QStringLiteral("piece");
    case NetUnit::Gram:
        return QStringLiteral("g");
    case NetUnit::Kilogram:
        return QStringLiteral("kg");
    case NetUnit::Millilitre:
        return QStringLiteral("ml");
    case NetUnit::Litre:
        return QStringLiteral("l");
    }
    return {};
}

std::optional<NetUnit> unitFromKey(const QString &key)
{
    for (NetUnit unit : {NetUnit::None, NetUnit::Piece, NetUnit::Gram, NetUnit::Kilogram, NetUnit::Millilitre,
                         NetUnit::Litre}) {
        if (unitKey(unit) == key)
            return unit;
    }
    return std::nullopt;
}

bool isValid(const NetQuantity &quantity)
{
    if (quantity.unit == NetUnit::None)
        return quantity.amount == 0;
    return quantity.amount > 0 && quantity.amount <= MaxAmount;
}

std::optional<UnitPrice> unitPrice(qint64 priceCents, const NetQuantity &quantity)
{
    if (!quantity.isSet() || !isValid(quantity) || priceCents < 0)
        return std::nullopt;
    UnitPrice result;
    // Prices are bounded (MoneyLimits: at most 10^9 cents) and amounts by MaxAmount, so
    // priceCents × 1000 stays far below 2^63.
    qint64 numerator = priceCents;
    switch (quantity.unit) {
    case NetUnit::Gram:
    case NetUnit::Kilogram:
        result.basis = UnitPriceBasis::PerKilogram;
        numerator = priceCents * 1000;
        break;
    case NetUnit::Millilitre:
    case NetUnit::Litre:
        result.basis = UnitPriceBasis::PerLitre;
        numerator = priceCents * 1000;
        break;
    case NetUnit::Piece:
    case NetUnit::None:
        result.basis = UnitPriceBasis::PerPiece;
        break;
    }
    result.cents = (2 * numerator + quantity.amount) / (2 * quantity.amount);
    return result;
}

} // namespace comptoir::NetQuantities
