// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/backoff.h"

#include <algorithm>
#include <cmath>

namespace comptoir {

Backoff::Backoff(RandomSource random, qint64 baseMs, qint64 capMs)
    : m_random(std::move(random)), m_baseMs(std::max<qint64>(baseMs, 1)), m_capMs(std::max(capMs, m_baseMs))
{ }

qint64 Backoff::ceilingMs(int failures) const
{
    if (failures < 1)
        return 0;
    // base · 2^(failures−1), without overflowing: stop doubling once past the cap.
    qint64 ceiling = m_baseMs;
    for (int i = 1; i < failures && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_capMs);
}

qint64 Backoff::nextDelayMs(qint64 minimumMs)
{
    if (m_failures < 1000000)
        ++m_failures;
    const qint64 ceiling = ceilingMs(m_failures);
    double r = m_random ? m_random() : 0.0;
    if (!(r >= 0.0)) // also NaN
        r = 0.0;
    if (r >= 1.0)
        r = std::nextafter(1.0, 0.0);
    // Uniform in [0, ceiling]: floor(r · (ceiling + 1)).
    const auto delay = static_cast<qint64>(std::floor(r * static_cast<double>(ceiling + 1)));
    return std::max(std::clamp<qint64>(delay, 0, ceiling), minimumMs);
}

} // namespace comptoir
