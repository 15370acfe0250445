// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace comptoir {

// A variant's net quantity (issue 14): what one item holds, so that shelf labels show the unit
// price French price-display rules require (€/kg, €/l). The amount is an integer in the unit's
// base: grams for Gram and Kilogram, millilitres for Millilitre and Litre, items for Piece; the
// unit says how it is shown ("1,5 l" is 1500 with Litre). Stored on the variant (net_amount,
// net_unit), local to the shop: the marketplace's protocol has no field for it yet.
enum class NetUnit { None, Piece, Gram, Kilogram, Millilitre, Litre };

struct NetQuantity
{
    qint64 amount = 0; // in the unit's base (g, ml or items); > 0 when unit is not None
    NetUnit unit = NetUnit::None;

    bool isSet() const { return unit != NetUnit::None && amount > 0; }
    bool operator==(const NetQuantity &) const = default;
};

// What a unit price is per.
enum class UnitPriceBasis { PerKilogram, PerLitre, PerPiece };

struct UnitPrice
{
    qint64 cents = 0; // VAT included, rounded half up to the cent
    UnitPriceBasis basis = UnitPriceBasis::PerKilogram;
};

namespace NetQuantities {
// The stored key: "" (None), "piece", "g", "kg", "ml", "l".
QString unitKey(NetUnit unit);
std::optional<NetUnit> unitFromKey(const QString &key);
// The largest amount accepted (1 000 000 base units: a tonne, a cubic metre, a million items).
constexpr qint64 MaxAmount = 1'000'000;
// True when quantity is None (amount 0) or a set quantity within bounds.
bool isValid(const NetQuantity &quantity);
// The unit price of an item priced priceCents holding quantity: per kg for g/kg, per litre for
// ml/l, per piece for pieces. None when the quantity is not set. Integer arithmetic, rounded half
// up ("250 g at 3,10 €" → 12,40 €/kg).
std::optional<UnitPrice> unitPrice(qint64 priceCents, const NetQuantity &quantity);
} // namespace NetQuantities

} // namespace comptoir
