// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/receipts/receipt.h"

#include <QList>

namespace comptoir {

struct Closure;

// The printed Z report (a closure of DayClosing), in the style of Receipt::layout: shop identity,
// "Z REPORT n", day, register, operator, counts, totals per method and per VAT rate, discounts,
// cash float / expected / counted / difference, grand total, the fingerprint of the register key
// that signed it (closure.signingKey, when set); duplicateNumber > 0 prints DUPLICATE n. Its words
// are the receipt's (translation context "Receipt").
class ZReportLayout
{
public:
    static QList<ReceiptLine> lines(const ShopIdentity &shop, const Closure &closure,
                                    const ReceiptOptions &options = {});
};

} // namespace comptoir
