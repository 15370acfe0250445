// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cataloguecommand.h"

#include "app/commandline.h"
#include "app/commandshop.h"
#include "app/shopsession.h"
#include "models/clock.h"
#include "models/import/catalogueexport.h"
#include "models/import/catalogueimport.h"
#include "models/import/importmappings.h"
#include "models/photos/photofolder.h"
#include "models/photos/photoinbox.h"
#include "models/photos/photopreparer.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "models/settings/shopsettings.h"
#include "models/spreadsheet/spreadsheetreader.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QDir>
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

QString photoLine(const FolderPhoto &photo)
{
    switch (photo.outcome) {
    case FolderPhoto::Outcome::Attached:
        return photo.tooSmall
            ? QCoreApplication::translate("CatalogueCommand",
                                          "%1: attached to %2 (small: under 600 pixels, take a bigger one to "
                                          "sell from).")
                  .arg(photo.fileName, photo.productName)
            : QCoreApplication::translate("CatalogueCommand", "%1: attached to %2.")
                  .arg(photo.fileName, photo.productName);
    case FolderPhoto::Outcome::Inbox:
        return QCoreApplication::translate("CatalogueCommand",
                                           "%1: no product has this code, waiting in the photo inbox.")
            .arg(photo.fileName);
    case FolderPhoto::Outcome::Skipped:
        return photo.productName.isEmpty()
            ? QCoreApplication::translate("CatalogueCommand", "%1: skipped, already in the shop's photos.")
                  .arg(photo.fileName)
            : QCoreApplication::translate("CatalogueCommand", "%1: skipped, %2 already has it.")
                  .arg(photo.fileName, photo.productName);
    case FolderPhoto::Outcome::Refused:
        break;
    }
    return QCoreApplication::translate("CatalogueCommand", "%1: refused: %2")
        .arg(photo.fileName, errorText(photo.error));
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

int runCataloguePhotosCommand(const CommandLineRequest &request)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo(request.photoFolder).isDir()) {
        err << QCoreApplication::translate("CatalogueCommand", "%1 is not a folder.").arg(request.photoFolder)
            << Qt::endl;
        return ExitFailure;
    }
    const auto opened = openExistingShop(request.dataDir, request.demo, err);
    if (!opened)
        return opened.exitCode();
    Database &db = *opened;
    const SystemClock clock;
    PhotoStore store(QFileInfo(db.filePath()).absolutePath());
    ProductPhotos photos(db, clock, store);
    PhotoInbox inbox(db, clock, photos);
    PhotoFolder folder(db, photos, inbox);
    const QList<FolderPhoto> taken = folder.takeAll(request.photoFolder, PhotoPreparer());
    int counts[4] = {0, 0, 0, 0};
    for (const FolderPhoto &photo : taken) {
        ++counts[int(photo.outcome)];
        (photo.outcome == FolderPhoto::Outcome::Refused ? err : out) << photoLine(photo) << Qt::endl;
    }
    out << QCoreApplication::translate("CatalogueCommand",
                                       "%1 photos: %2 attached, %3 waiting in the inbox, %4 skipped, %5 "
                                       "refused.")
               .arg(taken.size())
               .arg(counts[int(FolderPhoto::Outcome::Attached)])
               .arg(counts[int(FolderPhoto::Outcome::Inbox)])
               .arg(counts[int(FolderPhoto::Outcome::Skipped)])
               .arg(counts[int(FolderPhoto::Outcome::Refused)])
        << Qt::endl;
    return counts[int(FolderPhoto::Outcome::Refused)] == 0 ? 0 : ExitFailure;
}

} // namespace comptoir
