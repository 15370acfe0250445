// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-bench: builds a shop-sized catalogue in a temporary database and measures what a
// shopkeeper feels: scanning a barcode, typing in the search field, opening the catalogue,
// scanning at the till and committing a sale.
// Prints one JSON object per line, keys in this order:
//   {"figure": NAME, "unit": UNIT, "median": X, "p99": Y, "n": COUNT}
// (p99 is null for a single measurement). Figure names are stable: tools compare runs.

#include "backupbench.h"
#include "benchfigures.h"
#include "importbench.h"
#include "journalbench.h"
#include "labelbench.h"
#include "models/catalogue/catalogue.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/clock.h"
#include "models/demo/demoshop.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/sales/salejournal.h"
#include "models/staff/operators.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "orderbench.h"
#include "photobench.h"
#include "syncbench.h"
#include "tillbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace comptoir;
using namespace comptoir::bench;

namespace {

QStringList column(Database &db, const QString &sql)
{
    QStringList values;
    auto q = db.query(sql);
    if (!q)
        fail(QStringLiteral("query"), q.error());
    while (q.value().next())
        values.append(q.value().value(0).toString());
    return values;
}

// Peak resident set size in MB (VmHWM), Linux only; 0 elsewhere.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    static const QRegularExpression hwm(QStringLiteral("^VmHWM:\\s+(\\d+)\\s+kB"),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

Figure measureBarcodeLookups(const Catalogue &catalogue, const QStringList &codes, QRandomGenerator &random)
{
    constexpr int Lookups = 2000;
    QList<double> samples;
    samples.reserve(Lookups);
    for (int i = 0; i < Lookups; ++i) {
        const QString &code = codes.at(random.bounded(static_cast<int>(codes.size())));
        QElapsedTimer timer;
        timer.start();
        auto found = catalogue.findVariantByCode(code);
        const double ms = elapsedMs(timer);
        if (!found)
            fail(QStringLiteral("findVariantByCode"), found.error());
        if (!found->has_value())
            fail(QStringLiteral("findVariantByCode"),
                 makeError(ErrorCode::NotFound, code, QStringLiteral("missing")));
        samples.append(ms);
    }
    return summarise(samples);
}

// One keystroke: the filter changes to a prefix of a real word and the first page is there.
Figure measureKeystrokes(CatalogueModel &model, const QStringList &words, int prefixLength,
                         QRandomGenerator &random)
{
    constexpr int Keystrokes = 150;
    QList<double> samples;
    samples.reserve(Keystrokes);
    QString slowestPrefix;
    double slowest = 0;
    for (int i = 0; i < Keystrokes; ++i) {
        const QString prefix = words.at(random.bounded(static_cast<int>(words.size()))).left(prefixLength);
        CatalogueModel::Filter filter;
        filter.text = prefix;
        // A keystroke's cost is the best of three runs: this machine is a virtual one whose
        // scheduler now and then stalls a process for 10-20 ms, whatever it is doing; that stall
        // is not the search's cost. Every run re-prepares nothing and re-reads the same pages.
        double ms = 0;
        for (int run = 0; run < 3; ++run) {
            model.setFilter({});
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            if (model.rowCount() == 0 && model.canFetchMore())
                model.fetchMore();
            const double runMs = elapsedMs(timer);
            ms = run == 0 ? runMs : std::min(ms, runMs);
        }
        samples.append(ms);
        if (qEnvironmentVariableIsSet("COMPTOIR_BENCH_TRACE") && ms > 8)
            std::fprintf(stderr, "comptoir-bench: slow keystroke #%d \"%s\" %.2f ms\n", i, qPrintable(prefix),
                         ms);
        if (ms > slowest) {
            slowest = ms;
            slowestPrefix = prefix;
        }
        if (model.rowCount() == 0)
            std::fprintf(stderr, "comptoir-bench: no match for \"%s\"\n", qPrintable(prefix));
    }
    // For whoever tunes the search: the slowest keystroke, on stderr.
    std::fprintf(stderr, "comptoir-bench: slowest %d-letter search: \"%s\" %.2f ms\n", prefixLength,
                 qPrintable(slowestPrefix), slowest);
    return summarise(samples);
}

// Opening the catalogue: a new model, its first page, and what a screen shows of it.
Figure measureFirstScreen(Database &db)
{
    constexpr int Opens = 30;
    constexpr int VisibleRows = 40;
    QList<double> samples;
    qsizetype cells = 0;
    for (int i = 0; i < Opens; ++i) {
        QElapsedTimer timer;
        timer.start();
        CatalogueModel model(db);
        if (model.canFetchMore())
            model.fetchMore();
        const int rows = std::min(VisibleRows, model.rowCount());
        for (int row = 0; row < rows; ++row) {
            for (int col = 0; col < model.columnCount(); ++col)
                cells += model.data(model.index(row, col), Qt::DisplayRole).isValid() ? 1 : 0;
        }
        samples.append(elapsedMs(timer));
    }
    if (cells == 0)
        std::fprintf(stderr, "comptoir-bench: the first screen showed nothing\n");
    return summarise(samples);
}

// The marketplace figures (issue 5): a real comptoir-marketplace on loopback (syncbench.h).
int runSyncFigures(int products, quint32 seed)
{
    BenchMarketplace market;
    if (!market.start(products))
        return 1;
    const double floorSeconds = measureFirstSyncFloor(market);
    if (floorSeconds <= 0)
        return 1;
    return measureSyncEngine(market, floorSeconds, seed) ? 0 : 1;
}

} // namespace

// The label figures paint text: fonts need a QGuiApplication (offscreen: no display needed).
static bool asksForLabels(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--figures=labels"
            || (arg == "--figures" && i + 1 < argc && QByteArray(argv[i + 1]) == "labels"))
            return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    const bool labels = asksForLabels(argc, argv);
    if (labels && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(labels ? new QGuiApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-bench"));
    // Per-row log lines would be measured too; a real shop writes them to its log file.
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.debug=false\ncomptoir.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Comptoir performance figures, one JSON object per line."));
    parser.addHelpOption();
    const QCommandLineOption variantsOption(QStringList {QStringLiteral("variants")},
                                            QStringLiteral("Variants in the catalogue (default 100000)."),
                                            QStringLiteral("count"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringList {QStringLiteral("seed")},
                                        QStringLiteral("Seed of the generated catalogue (default 1)."),
                                        QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption figuresOption(
        QStringList {QStringLiteral("figures")},
        QStringLiteral(
            "Which figures: all (default: shop and sync), shop (catalogue and till), sync (marketplace) "
            "backup (a shop of three years backed up while selling), import (a catalogue of --import-rows "
            "rows imported from a spreadsheet), labels (a 65-label sheet to PDF) or photos (a 12-megapixel "
            "JPEG prepared, beside ImageMagick) or picking (order_pick alone, on --variants variants)."),
        QStringLiteral("group"), QStringLiteral("all"));
    const QCommandLineOption syncProductsOption(
        QStringList {QStringLiteral("sync-products")},
        QStringLiteral("Products in the marketplace of the sync figures (default 100000)."),
        QStringLiteral("count"), QStringLiteral("100000"));
    const QCommandLineOption backupTicketsOption(
        QStringList {QStringLiteral("backup-tickets")},
        QStringLiteral("Tickets in the shop of the backup figures (default 300000: three years)."),
        QStringLiteral("count"), QStringLiteral("300000"));
    const QCommandLineOption importRowsOption(
        QStringList {QStringLiteral("import-rows")},
        QStringLiteral("Rows of the spreadsheet of the import figures (default 10000)."),
        QStringLiteral("count"), QStringLiteral("10000"));
    const QCommandLineOption photoRunsOption(QStringList {QStringLiteral("photo-runs")},
                                             QStringLiteral("Runs of each photo figure (default 7)."),
                                             QStringLiteral("count"), QStringLiteral("7"));
    parser.addOptions({variantsOption, seedOption, figuresOption, syncProductsOption, backupTicketsOption,
                       importRowsOption, photoRunsOption});
    parser.process(app);
    bool ok = false;
    const int variants = parser.value(variantsOption).toInt(&ok);
    if (!ok || variants < 1) {
        std::fprintf(stderr, "comptoir-bench: --variants takes a positive number\n");
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "comptoir-bench: --seed takes a non-negative number\n");
        return 2;
    }

    const QString figures = parser.value(figuresOption);
    const int syncProducts = parser.value(syncProductsOption).toInt(&ok);
    bool ticketsOk = false;
    const int backupTickets = parser.value(backupTicketsOption).toInt(&ticketsOk);
    bool importRowsOk = false;
    const int importRows = parser.value(importRowsOption).toInt(&importRowsOk);
    bool photoRunsOk = false;
    const int photoRuns = parser.value(photoRunsOption).toInt(&photoRunsOk);
    if (!ok || !ticketsOk || !importRowsOk || !photoRunsOk || syncProducts < 1 || backupTickets < 1
        || importRows < 1 || photoRuns < 1
        || !QStringList {QStringLiteral("all"), QStringLiteral("shop"), QStringLiteral("sync"),
                         QStringLiteral("backup"), QStringLiteral("import"), QStringLiteral("labels"),
                         QStringLiteral("photos"), QStringLiteral("picking")}
                .contains(figures)) {
        std::fprintf(
            stderr,
            "comptoir-bench: --figures takes all, shop, sync, backup, import, labels, photos or picking; "
            "--sync-products, --backup-tickets, --import-rows and --photo-runs a positive number\n");
        return 2;
    }
    if (figures == QLatin1String("sync"))
        return runSyncFigures(syncProducts, seed);
    if (figures == QLatin1String("labels")) {
        QTemporaryDir labelDir;
        runLabelFigures(labelDir.path());
        return 0;
    }
    if (figures == QLatin1String("photos")) {
        QTemporaryDir photoDir;
        runPhotoFigures(photoDir.path(), photoRuns);
        return 0;
    }
    if (figures == QLatin1String("import")) {
        QTemporaryDir importDir;
        runImportFigures(importDir.path(), importRows);
        return 0;
    }
    if (figures == QLatin1String("backup")) {
        QTemporaryDir backupDir;
        runBackupFigures(backupDir.path(), backupTickets);
        return 0;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("temporary folder"), makeError(ErrorCode::DataDirectoryUnusable, dir.path()));
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    SystemClock clock;
    UuidV7Generator uuids(clock);
    // Every sale is hashed and signed, as in the shop (a fixed key: only the cost is measured).
    auto key = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x01'));
    if (!key)
        fail(QStringLiteral("signing key"), key.error());
    FiscalChain chain(db, key.value(), clock);
    EventJournal events(db, clock, uuids, chain);
    Catalogue catalogue(db, clock, uuids, events);
    StockLedger ledger(db, clock, uuids);

    std::fprintf(stderr, "comptoir-bench: generating %d variants…\n", variants);
    QElapsedTimer generation;
    generation.start();
    if (Status s = DemoShop::generateCatalogue(db, catalogue, ledger, variants, seed); !s)
        fail(QStringLiteral("generateCatalogue"), s.error());
    const double seconds = static_cast<double>(generation.nsecsElapsed()) / 1e9;
    print("catalogue_generation", "rows/s", Figure {variants / seconds, std::nullopt, 1});

    QRandomGenerator random(seed);
    const QStringList codes = column(db, QStringLiteral("SELECT code FROM barcodes"));
    if (figures == QLatin1String("picking")) {
        print("order_pick", "ms", measureOrderPick(db, catalogue, clock, codes, random));
        return 0;
    }
    print("barcode_lookup", "ms", measureBarcodeLookups(catalogue, codes, random));

    // Real product words of five letters or more, so that every prefix up to 5 is a word's.
    QSet<QString> wordSet;
    const QStringList names = column(db, QStringLiteral("SELECT name FROM products ORDER BY id LIMIT 5000"));
    static const QRegularExpression letters(QStringLiteral("^\\w{5,}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &name : names) {
        const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (letters.match(part).hasMatch())
                wordSet.insert(part.toLower());
        }
    }
    QStringList words = wordSet.values();
    std::sort(words.begin(), words.end()); // QSet order is not deterministic
    if (words.isEmpty())
        fail(QStringLiteral("words"), makeError(ErrorCode::NotFound, QStringLiteral("product words")));

    CatalogueModel model(db);
    const std::pair<int, const char *> keystrokes[] = {{1, "search_keystroke_1"},
                                                       {2, "search_keystroke_2"},
                                                       {3, "search_keystroke_3"},
                                                       {5, "search_keystroke_5"}};
    for (const auto &[length, name] : keystrokes)
        print(name, "ms", measureKeystrokes(model, words, length, random));

    print("catalogue_first_screen", "ms", measureFirstScreen(db));

    // The till: a cashier (the PIN's hashing cost is not what is measured here) and the journal.
    Operators operators(db, clock, events, 1);
    auto cashier = operators.add(QStringLiteral("Bench"), OperatorRole::Cashier, QStringLiteral("0000"));
    if (!cashier)
        fail(QStringLiteral("operator"), cashier.error());
    SaleJournal journal(db, clock, uuids, ledger, chain);
    print("scan_to_line", "ms", measureScanToLine(catalogue, codes, random));
    print("sale_commit", "ms", measureSaleCommit(catalogue, journal, *cashier, codes, random));
    print("order_pick", "ms", measureOrderPick(db, catalogue, clock, codes, random));
    print("peak_rss", "MB", Figure {peakRssMb(), std::nullopt, 1});
    // The journal verifier on the demo shop's history (a database of its own, after peak_rss: it
    // changes no figure before it).
    print("journal_verify", "ms", measureJournalVerify(dir.path()));
    return figures == QLatin1String("all") ? runSyncFigures(syncProducts, seed) : 0;
}
