// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every figure of comptoir-bench shares: the summary of samples and the JSON line.

#include "models/error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace comptoir::bench {

struct Figure
{
    double median = 0;
    std::optional<double> p99;
    qsizetype n = 0;
};

// Nearest-rank percentile of sorted samples: the ceil(p/100 × n)-th smallest.
inline double nearestRank(const QList<double> &sorted, int percent)
{
    const qsizetype rank = std::max<qsizetype>(1, (sorted.size() * percent + 99) / 100);
    return sorted.at(std::min(rank, sorted.size()) - 1);
}

inline Figure summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return Figure {nearestRank(samples, 50), nearestRank(samples, 99), samples.size()};
}

inline void print(const char *name, const char *unit, const Figure &figure,
                  std::optional<double> p95 = std::nullopt)
{
    const QByteArray p99 = figure.p99 ? QByteArray::number(*figure.p99, 'g', 6) : QByteArrayLiteral("null");
    // Latency figures also give p95, between the median and p99.
    QByteArray p95Key;
    if (p95)
        p95Key = "\"p95\": " + QByteArray::number(*p95, 'g', 6) + ", ";
    std::printf("{\"figure\": \"%s\", \"unit\": \"%s\", \"median\": %s, %s\"p99\": %s, \"n\": %lld}\n", name,
                unit, QByteArray::number(figure.median, 'g', 6).constData(), p95Key.constData(),
                p99.constData(), static_cast<long long>(figure.n));
    std::fflush(stdout);
}

// A latency figure: median, p95 and p99 of the samples.
inline void printLatency(const char *name, const char *unit, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    print(name, unit, Figure {nearestRank(samples, 50), nearestRank(samples, 99), samples.size()},
          nearestRank(samples, 95));
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] inline void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "comptoir-bench: %s: %s (%s)\n", qPrintable(what), qPrintable(error.detail),
                 qPrintable(error.subject));
    std::exit(1);
}

} // namespace comptoir::bench
