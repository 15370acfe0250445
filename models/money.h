// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/moneylimits.h"
#include "models/result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace comptoir {

// Money is integer cents (VAT included unless said otherwise); formatting and parsing
// use integer arithmetic only.
namespace Money {
// "12,50 €" in French, "€12.50" in English: the locale's decimal separator and currency layout.
QString format(qint64 cents, const QLocale &locale = QLocale());
// "12,50" / "12.50": the amount alone, for editable fields.
QString formatPlain(qint64 cents, const QLocale &locale = QLocale());
// Accepts "12", "12,5", "12.50", "1 234,56", "12,50 €"; at most two decimals; no sign unless
// allowNegative; a magnitude of at most maxCents (a price field passes
// MoneyLimits::MaxUnitPriceCents). Fails with ErrorCode::NegativePrice, AmountTooLarge (past
// maxCents: a barcode scanned into an amount field, say; subject: the bound formatted) or
// InvalidQuantity (malformed, or more than 15 integer digits).
Result<qint64> parse(const QString &text, const QLocale &locale = QLocale(), bool allowNegative = false,
                     qint64 maxCents = MoneyLimits::MaxAmountCents);
// "20 %", "5,5 %"
QString formatRate(int basisPoints, const QLocale &locale = QLocale());
} // namespace Money

} // namespace comptoir
