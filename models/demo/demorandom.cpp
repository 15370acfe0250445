// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demorandom.h"

namespace comptoir {

DemoRandom::DemoRandom(quint32 seed) : m_generator(seed) { }

int DemoRandom::between(int low, int high)
{
    return low + int(m_generator.bounded(quint32(high - low + 1)));
}

bool DemoRandom::chance(int percent)
{
    return between(1, 100) <= percent;
}

double DemoRandom::unit()
{
    return m_generator.generateDouble();
}

} // namespace comptoir
