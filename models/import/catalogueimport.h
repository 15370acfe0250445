// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/import/importcolumns.h"
#include "models/result.h"
#include "models/spreadsheet/sheet.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace comptoir {

class Clock;
class Database;
class EventJournal;
class UuidV7Generator;

// Which column of the sheet feeds which of the import's columns (issue 14).
struct ColumnMapping
{
    int headerRow = 0; // the row holding the headers (0-based); data starts on the next row
    QHash<ImportColumn, int> columns; // the sheet's column index (0-based) for each mapped column

    bool operator==(const ColumnMapping &) const = default;
};

// What the stock column means (the assistant asks; the command line's --stock).
enum class ImportStockMode {
    Count, // the file's quantity is what is on the shelf: a count movement when it differs
    Receipt, // the file's quantity was just received: a receipt movement of that quantity
    Ignore, // the stock column is not read
};

// One wrong cell or row: the file's row number (1-based, as a spreadsheet program shows it), the
// column's header as written in the file (empty for a problem of the whole row), and why.
struct ImportProblem
{
    int row = 0;
    QString column;
    Error error; // EmptyName, NegativePrice, AmountTooLarge, UnknownVatRate, InvalidBarcode,
                 // DuplicateBarcode, DuplicateReference, ImportValueUnreadable, InvalidNetQuantity,
                 // ImportVariantsDisagree, SpreadsheetEncodingWrong, InvalidQuantity, QuantityTooLarge…
};

struct ImportOptions
{
    ImportStockMode stockMode = ImportStockMode::Count;
    bool skipInvalid = false; // write the good rows and save the rejected ones (--skip-invalid)
    bool giveInStoreBarcodes = false; // give an in-store EAN-13 to each new variant without a barcode
    // A product created by the import is visible online at once (the shop's setting "new products
    // are listed online", issue 15: models/settings is above this room, the caller reads it).
    bool newProductsVisibleOnline = false;
    // Where the rejected rows go with skipInvalid (a CSV). ImportWorker and the command line put it
    // beside the file read ("<name>-refusees.csv"); empty here: in the system's temporary folder.
    QString rejectedRowsPath;
    // The words of a problem in the rejected rows' file's last column (the caller's errorText,
    // which models cannot call); empty: the column's header and the error's code and subject.
    // Called on the thread running the import.
    std::function<QString(const ImportProblem &)> describeProblem;
};

// What an import did, or would do (the check before writing).
struct ImportSummary
{
    int rows = 0; // data rows read (empty rows not counted)
    int productsCreated = 0;
    int variantsCreated = 0;
    int variantsUpdated = 0; // name, price, VAT… changed
    int variantsUnchanged = 0;
    int stockMovements = 0;
    int inStoreBarcodesGiven = 0;
    QList<qint64> inStoreBarcodeVariants; // the variants given one: their labels are to print
    QList<ImportProblem> problems; // every bad row; none written unless skipInvalid
    int rowsRejected = 0; // with skipInvalid: rows left out
    QString rejectedRowsFile; // with skipInvalid and rows left out: the file they were saved to
    bool written = false; // false for a check, and when problems stopped the import
};

// Where the rejected rows of the file at path go by default: beside it, "<name>-refusees.csv".
QString rejectedRowsPathFor(const QString &path);

// Progress of a long step: rows done of total. Called on the thread running the import.
using ImportProgress = std::function<void(int done, int total)>;

// The catalogue's import from a spreadsheet (models/import). A variant of the file is matched to the
// catalogue by barcode, then by reference; rows sharing a product name (and brand) and differing
// by label, size or colour are variants of one product. Re-importing the same file changes nothing.
// check() reads everything and writes nothing; run() checks the whole file first and, unless
// skipInvalid, writes nothing when any row is wrong (ImportRowsRefused, with the problems in the
// summary); it writes in one transaction, with the search index updated once at the end
// (0009_search_deferral.sql). Cancelling (setting *cancel) before the commit writes nothing
// (ImportCancelled).
class CatalogueImport
{
public:
    CatalogueImport(Database &db, const Clock &clock, UuidV7Generator &uuids, EventJournal &events);

    // The mapping guessed from the sheet's first non-empty row read as headers (ImportColumns::fromHeader).
    static ColumnMapping guessMapping(const Sheet &sheet);

    Result<ImportSummary> check(const Sheet &sheet, const ColumnMapping &mapping,
                                const ImportOptions &options, const ImportProgress &progress = {},
                                const std::atomic_bool *cancel = nullptr);
    // The summary is returned both when written and, with problems, when refused: the error
    // ImportRowsRefused is returned only through summary.written == false and summary.problems.
    Result<ImportSummary> run(const Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options,
                              const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    EventJournal &m_events;
};

} // namespace comptoir
