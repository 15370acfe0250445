// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace comptoir {

// The demo history's dice: one generator seeded once and shared by everything that draws, so that
// a seed gives the same history (the same draws in the same order).
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed);

    int between(int low, int high); // inclusive
    bool chance(int percent);
    double unit(); // in [0, 1)

private:
    QRandomGenerator m_generator;
};

} // namespace comptoir
