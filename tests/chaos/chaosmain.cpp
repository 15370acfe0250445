// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-chaos: the chaos test of the marketplace sync (issue 5, point 7; DESIGN.md §3).
//   comptoir-chaos [--tills N] [--ops M] [--faults F] [--seed S] [--work-dir D] [--marketplace PATH]
//                  [--products P] [--timeout SECONDS] [--keep] [--no-market-restart]
// runs a whole chaos run and prints one final line, `invariants: ok …` (exit 0) or
// `invariants: FAILED …` (exit 1). `comptoir-chaos till …` is one till child (harness.cpp).
#include "chaosoptions.h"
#include "harness.h"
#include "tillchild.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace comptoir::chaos;

namespace {

void addOptions(QCommandLineParser &parser)
{
    for (const char *name : {"tills", "ops", "faults", "seed", "work-dir", "marketplace", "products",
                             "timeout", "index", "data-dir", "url", "code", "variants"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    for (const char *name : {"keep", "no-market-restart", "quiesce"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
}

int usage(const QString &problem)
{
    std::fprintf(stderr,
                 "comptoir-chaos: %s\n"
                 "usage: comptoir-chaos [--tills N] [--ops M] [--faults F] [--seed S] [--work-dir D]\n"
                 "                      [--marketplace PATH] [--products P] [--timeout SECONDS] [--keep]\n"
                 "                      [--no-market-restart]\n",
                 qPrintable(problem));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-chaos"));
    QStringList args = QCoreApplication::arguments();
    const bool child = args.size() > 1 && args.at(1) == QLatin1String("till");
    if (child)
        args.removeAt(1);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(args))
        return usage(parser.errorText());
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    const auto number = [&](const char *name, int fallback) {
        return parser.isSet(QString::fromLatin1(name)) ? value(name).toInt() : fallback;
    };

    if (child) {
        TillOptions options;
        options.index = number("index", 0);
        options.dataDir = value("data-dir");
        options.url = value("url");
        options.code = value("code");
        options.ops = number("ops", 0);
        options.variants = number("variants", 0);
        options.seed = quint32(number("seed", 1));
        options.quiesce = parser.isSet(QStringLiteral("quiesce"));
        if (options.dataDir.isEmpty())
            return usage(QStringLiteral("till: --data-dir is required"));
        TillChild till(options);
        QTimer::singleShot(0, &till, [&till] { till.start(); });
        return QCoreApplication::exec();
    }

    ChaosOptions options;
    options.tills = number("tills", options.tills);
    options.ops = number("ops", options.ops);
    options.faults = parser.isSet(QStringLiteral("faults")) ? value("faults").toDouble() : options.faults;
    options.seed = quint32(number("seed", int(options.seed)));
    options.products = number("products", options.products);
    options.timeoutS = number("timeout", options.timeoutS);
    options.workDir = value("work-dir");
    options.marketplace = value("marketplace");
    options.keep = parser.isSet(QStringLiteral("keep"));
    options.restartMarket = !parser.isSet(QStringLiteral("no-market-restart"));
    if (options.tills < 1 || options.ops < 0 || options.faults < 0 || options.faults > 1
        || options.products < 1)
        return usage(QStringLiteral("--tills ≥ 1, --ops ≥ 0, --faults in [0, 1], --products ≥ 1"));
    Harness harness(options);
    return harness.run();
}
