// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace comptoir {

// French VAT rates in basis points (1 % = 100 bp). Money and rates are never floating point.
namespace VatRate {
constexpr int Standard = 2000; // 20 %
constexpr int Intermediate = 1000; // 10 %
constexpr int Reduced = 550; // 5,5 %
constexpr int SuperReduced = 210; // 2,1 %

bool isKnown(int basisPoints);
QList<int> all(); // highest first
} // namespace VatRate

} // namespace comptoir
