// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbench.h"

#include "models/catalogue/barcode.h"
#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/demo/demoshop.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/import/catalogueimport.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QDir>

namespace comptoir::bench {

namespace {

Sheet generatedSheet(int rows)
{
    static const QStringList sizes {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")};
    static const QStringList vats {QStringLiteral("20"), QStringLiteral("5,5 %"), QStringLiteral("0,1"),
                                   QStringLiteral("2.1")};
    static const QStringList shelves {QStringLiteral("Épicerie"), QStringLiteral("Vêtements"),
                                      QStringLiteral("Papeterie"), QStringLiteral("Maison")};
    Sheet sheet;
    sheet.rows << QStringList {QStringLiteral("Désignation"), QStringLiteral("Taille"),
                               QStringLiteral("EAN"),         QStringLiteral("Référence"),
                               QStringLiteral("Prix TTC"),    QStringLiteral("TVA"),
                               QStringLiteral("Rayon"),       QStringLiteral("Marque"),
                               QStringLiteral("Stock"),       QStringLiteral("Prix d'achat HT")};
    int product = 0;
    int variant = 0;
    while (variant < rows) {
        ++product;
        const int count = 1 + product % 3;
        for (int v = 0; v < count && variant < rows; ++v, ++variant) {
            const QString code
                = Barcode::complete(QStringLiteral("3760%1").arg(variant + 1, 8, 10, QLatin1Char('0')));
            sheet.rows << QStringList {
                QStringLiteral("Article n° %1").arg(product),
                count > 1 ? sizes.at(v) : QString(),
                code,
                QStringLiteral("IMP-%1").arg(variant + 1),
                QStringLiteral("%1,%2 €").arg(1 + product % 97).arg(product % 100, 2, 10, QLatin1Char('0')),
                vats.at(product % vats.size()),
                shelves.at(product % shelves.size()),
                QStringLiteral("Marque %1").arg(product % 40),
                QString::number(variant % 13),
                QStringLiteral("%1,00").arg(product % 50)};
        }
    }
    return sheet;
}

} // namespace

void runImportFigures(const QString &folder, int rows)
{
    auto opened = Database::open(QDir(folder).filePath(QStringLiteral("import.sqlite")));
    if (!opened)
        fail(QStringLiteral("database"), opened.error());
    Database &db = **opened;
    SystemClock clock;
    UuidV7Generator uuids(clock);
    auto key = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x05'));
    if (!key)
        fail(QStringLiteral("key"), key.error());
    FiscalChain chain(db, key.value(), clock);
    EventJournal events(db, clock, uuids, chain);
    CatalogueImport import(db, clock, uuids, events);

    const Sheet sheet = generatedSheet(rows);
    const ColumnMapping mapping = CatalogueImport::guessMapping(sheet);
    for (const char *name : {"catalogue_import", "catalogue_reimport"}) {
        QElapsedTimer timer;
        timer.start();
        auto summary = import.run(sheet, mapping, {});
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!summary)
            fail(QStringLiteral("import"), summary.error());
        if (!summary->written || summary->rows != rows)
            fail(QStringLiteral("import"),
                 makeError(ErrorCode::ImportRowsRefused, QString::number(summary->problems.size())));
        print(name, "rows/s", Figure {rows / seconds, std::nullopt, 1});
    }

    // The one-by-one path in the same run (the machine's load varies): as many variants made
    // through Catalogue and StockLedger one call each, in another empty shop.
    auto other = Database::open(QDir(folder).filePath(QStringLiteral("generation.sqlite")));
    if (!other)
        fail(QStringLiteral("database"), other.error());
    Database &db2 = **other;
    FiscalChain chain2(db2, key.value(), clock);
    EventJournal events2(db2, clock, uuids, chain2);
    Catalogue catalogue(db2, clock, uuids, events2);
    StockLedger ledger(db2, clock, uuids);
    QElapsedTimer timer;
    timer.start();
    if (Status s = DemoShop::generateCatalogue(db2, catalogue, ledger, rows, 1); !s)
        fail(QStringLiteral("generateCatalogue"), s.error());
    print("catalogue_generation", "rows/s",
          Figure {rows / (double(timer.nsecsElapsed()) / 1e9), std::nullopt, 1});
}

} // namespace comptoir::bench
