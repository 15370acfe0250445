// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace comptoir {

// When to retry after a transient failure (isTransient(), docs/marketplace-api.md §15.1):
// exponential backoff with full jitter — the n-th consecutive failure waits a uniformly random
// delay in [0, min(cap, base · 2^(n−1))] — so that many tills coming back after an outage do
// not all knock at once. The random source is injected: tests pass a fixed one; the engine
// passes QRandomGenerator. succeeded() starts the series again.
class Backoff
{
public:
    // Returns a value uniformly distributed in [0, 1).
    using RandomSource = std::function<double()>;

    static constexpr qint64 DefaultBaseMs = 1000;
    static constexpr qint64 DefaultCapMs = 5 * 60 * 1000;

    explicit Backoff(RandomSource random, qint64 baseMs = DefaultBaseMs, qint64 capMs = DefaultCapMs);

    // Records one more failure and returns how long to wait before the next try, in ms: the
    // jittered delay, or minimumMs if longer (the server's Retry-After, retryAfterMs()).
    qint64 nextDelayMs(qint64 minimumMs = 0);
    void succeeded() { m_failures = 0; }

    int failures() const { return m_failures; }
    // The upper bound of the delay after the given number of consecutive failures (>= 1).
    qint64 ceilingMs(int failures) const;

    qint64 baseMs() const { return m_baseMs; }
    qint64 capMs() const { return m_capMs; }

private:
    RandomSource m_random;
    qint64 m_baseMs;
    qint64 m_capMs;
    int m_failures = 0;
};

} // namespace comptoir
