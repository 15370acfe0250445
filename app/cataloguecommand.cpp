// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cataloguecommand.h"

#include "app/commandline.h"
#include "app/commandshop.h"
#include "app/shopsession.h"
#include "models/import/catalogueexport.h"
#include "models/import/catalogueimport.h"
#include "models/import/importmappings.h"
#include "models/settings/shopsettings.h"
#include "models/spreadsheet/spreadsheetreader.h"
#include "models/uuidv7.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

namespace comptoir {

namespace {

constexpr int ExitFailure = 1;

QString problemLine(const ImportProblem &problem)
{
    if (problem.column.isEmpty())
        return QCoreApplication::translate("CatalogueCommand", "row %1: %2")
            .arg(problem.row)
            .arg(errorText(problem.error));
    return QCoreApplication::translate("CatalogueCommand", "row %1, column \"%2\": %3")
        .arg(problem.row)
        .arg(problem.column, errorText(problem.error));
}

ImportStockMode stockMode(const QString &key)
{
    if (key == QLatin1String("receipt"))
        return ImportStockMode::Receipt;
    if (key == QLatin1String("ignore"))
        return ImportStockMode::Ignore;
    return ImportStockMode::Count;
}

Result<ColumnMapping> mappingFor(Database &db, const Sheet &sheet, const QString &mapping)
{
    if (mapping.isEmpty())
        return CatalogueImport::guessMapping(sheet);
    if (QFileInfo(mapping).isFile())
        return ImportMappings::loadFile(mapping, sheet);
    return ImportMappings(db).load(mapping, sheet);
}

void printSummary(QTextStream &out, const ImportSummary &s, bool dryRun)
{
    out << (dryRun ? QCoreApplication::translate(
                "CatalogueCommand",
                "%1 rows checked: %2 products and %3 variants to create, %4 variants to update, "
                "%5 unchanged, %6 stock movements.")
                   : QCoreApplication::translate(
                       "CatalogueCommand",
                       "%1 rows read: %2 products and %3 variants created, %4 variants updated, %5 "
                       "unchanged, %6 stock movements."))
               .arg(s.rows)
               .arg(s.productsCreated)
               .arg(s.variantsCreated)
               .arg(s.variantsUpdated)
               .arg(s.variantsUnchanged)
               .arg(s.stockMovements)
        << Qt::endl;
    if (s.inStoreBarcodesGiven > 0)
        out << QCoreApplication::translate("CatalogueCommand", "%1 in-store barcodes given.")
                   .arg(s.inStoreBarcodesGiven)
            << Qt::endl;
}

} // namespace

int runCatalogueImportCommand(const CommandLineRequest &request)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto sheet = readSpreadsheet(request.importFile);
    if (!sheet) {
        err << errorText(sheet.error()) << Qt::endl;
        return ExitFailure;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.info=false\ncomptoir.*.debug=false"));
    // A VAT rate change is journalled and signed: the shop is opened as the window opens it.
    ShopSession session;
    Status opened = session.open(request.dataDir, request.demo, true);
    if (opened)
        opened = awaitSigningKey(session.signer());
    if (!opened) {
        err << errorText(opened.error()) << Qt::endl;
        return exitCodeFor(opened.error());
    }
    auto mapping = mappingFor(session.database(), *sheet, request.mapping);
    if (!mapping) {
        err << errorText(mapping.error()) << Qt::endl;
        return ExitFailure;
    }
    ImportOptions options;
    options.stockMode = stockMode(request.stockMode);
    options.skipInvalid = request.skipInvalid;
    options.giveInStoreBarcodes = request.inStoreBarcodes;
    if (const auto listing = session.settings().listing())
        options.newProductsVisibleOnline = listing->newProductsVisibleOnline;
    options.rejectedRowsPath = rejectedRowsPathFor(request.importFile);
    options.describeProblem = [](const ImportProblem &problem) {
        return errorText(problem.error);
    };
    CatalogueImport import(session.database(), session.clock(), session.uuids(), session.events());
    auto summary
        = request.dryRun ? import.check(*sheet, *mapping, options) : import.run(*sheet, *mapping, options);
    if (!summary) {
        err << errorText(summary.error()) << Qt::endl;
        return ExitFailure;
    }
    for (const ImportProblem &problem : std::as_const(summary->problems))
        err << problemLine(problem) << Qt::endl;
    printSummary(out, *summary, request.dryRun);
    if (summary->problems.isEmpty())
        return 0;
    if (summary->written) {
        out << QCoreApplication::translate(
                   "CatalogueCommand",
                   "%1 wrong rows left out, saved to %2: correct them there and import that file.")
                   .arg(summary->rowsRejected)
                   .arg(summary->rejectedRowsFile)
            << Qt::endl;
    } else {
        err << errorText(makeError(ErrorCode::ImportRowsRefused, QString::number(summary->rowsRejected)))
            << Qt::endl;
    }
    return ExitFailure;
}

int runCatalogueExportCommand(const CommandLineRequest &request)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Reads only: beside an open window (WAL), so no lock.
    const auto opened = openExistingShop(request.dataDir, request.demo, err, true);
    if (!opened)
        return opened.exitCode();
    const CatalogueExportKind kind = request.exportKind == QLatin1String("stock") ? CatalogueExportKind::Stock
        : request.exportKind == QLatin1String("valuation") ? CatalogueExportKind::Valuation
                                                           : CatalogueExportKind::Catalogue;
    if (Status s = exportCatalogue(*opened, kind, request.out); !s) {
        err << errorText(s.error()) << Qt::endl;
        return ExitFailure;
    }
    out << QCoreApplication::translate("CatalogueCommand", "Written to %1.")
               .arg(QFileInfo(request.out).absoluteFilePath())
        << Qt::endl;
    return 0;
}

} // namespace comptoir
