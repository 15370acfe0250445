// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/catalogueimport.h"

#include "models/import/importplan.h"
#include "models/import/importwriter.h"
#include "models/logging.h"
#include "models/spreadsheet/spreadsheetwriter.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace comptoir {

namespace {

QString defaultDescription(const ImportProblem &problem)
{
    QString text = QStringLiteral("%1: %2").arg(problem.column).arg(int(problem.error.code));
    if (!problem.error.subject.isEmpty())
        text += QStringLiteral(" (%1)").arg(problem.error.subject);
    return problem.column.isEmpty() ? text.mid(2) : text;
}

ImportSummary summarise(const ImportPlan &plan)
{
    ImportSummary summary;
    summary.rows = plan.rows;
    summary.problems = plan.problems;
    summary.rowsRejected = int(plan.rejectedRows.size());
    for (const PlannedProduct &product : plan.products) {
        if (product.productId == 0)
            ++summary.productsCreated;
        for (const PlannedVariant &v : product.variants) {
            if (v.variantId == 0)
                ++summary.variantsCreated;
            else if (v.changed || product.changed)
                ++summary.variantsUpdated;
            else
                ++summary.variantsUnchanged;
            if (v.countTo || v.received > 0)
                ++summary.stockMovements;
            if (v.giveInStoreBarcode)
                ++summary.inStoreBarcodesGiven;
        }
    }
    return summary;
}

// The rejected rows as the file had them, under its header row, with a last column saying why:
// fixed in a spreadsheet program, the file imports again.
Status writeRejectedRows(const Sheet &sheet, const ColumnMapping &mapping, const ImportPlan &plan,
                         const ImportOptions &options, const QString &path)
{
    QList<QList<SheetValue>> out;
    QHash<int, QStringList> reasons;
    for (const ImportProblem &problem : plan.problems) {
        reasons[problem.row - 1] << (options.describeProblem ? options.describeProblem(problem)
                                                             : defaultDescription(problem));
    }
    int width = 0;
    for (const QStringList &row : sheet.rows)
        width = std::max(width, int(row.size()));
    auto line = [width](const QStringList &cells, const QString &last) {
        QList<SheetValue> values;
        for (int c = 0; c < width; ++c)
            values << SheetValue::ofText(c < cells.size() ? cells.at(c) : QString());
        values << SheetValue::ofText(last);
        return values;
    };
    if (mapping.headerRow >= 0 && mapping.headerRow < sheet.rows.size())
        out << line(sheet.rows.at(mapping.headerRow),
                    QCoreApplication::translate("CatalogueImport", "Why refused"));
    QList<int> rejected = plan.rejectedRows.values();
    std::sort(rejected.begin(), rejected.end());
    for (const int index : std::as_const(rejected))
        out << line(sheet.rows.at(index), reasons.value(index).join(QStringLiteral(" ; ")));
    return writeSpreadsheet(path, out);
}

} // namespace

QString rejectedRowsPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-refusees.csv"));
}

CatalogueImport::CatalogueImport(Database &db, const Clock &clock, UuidV7Generator &uuids,
                                 EventJournal &events)
    : m_db(db), m_clock(clock), m_uuids(uuids), m_events(events)
{ }

ColumnMapping CatalogueImport::guessMapping(const Sheet &sheet)
{
    ColumnMapping mapping;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        bool blank = true;
        for (const QString &cell : row)
            blank = blank && cell.trimmed().isEmpty();
        if (blank)
            continue;
        mapping.headerRow = r;
        for (int c = 0; c < row.size(); ++c) {
            const auto column = ImportColumns::fromHeader(row.at(c));
            if (column && !mapping.columns.contains(*column))
                mapping.columns.insert(*column, c);
        }
        break;
    }
    return mapping;
}

Result<ImportSummary> CatalogueImport::check(const Sheet &sheet, const ColumnMapping &mapping,
                                             const ImportOptions &options, const ImportProgress &progress,
                                             const std::atomic_bool *cancel)
{
    ImportPlanner planner(m_db, sheet, mapping, options);
    auto plan = planner.plan(progress, cancel);
    if (!plan)
        return plan.error();
    return summarise(*plan);
}

Result<ImportSummary> CatalogueImport::run(const Sheet &sheet, const ColumnMapping &mapping,
                                           const ImportOptions &options, const ImportProgress &progress,
                                           const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    // The check reads outside the transaction (the till keeps its write lock meanwhile). The
    // writer does not check new rows again: a barcode or reference another connection took
    // meanwhile fails the database's unique constraints, and the whole import rolls back.
    ImportPlanner planner(m_db, sheet, mapping, options);
    auto plan = planner.plan(progress, cancel);
    if (!plan)
        return plan.error();
    ImportSummary summary = summarise(*plan);
    if (!plan->problems.isEmpty() && !options.skipInvalid) {
        qCInfo(lcCatalogue) << "import refused:" << summary.problems.size() << "problems in" << summary.rows
                            << "rows";
        return summary;
    }
    summary.inStoreBarcodesGiven = 0; // counted again as they are given
    // The catalogue's own transactions are savepoints inside this one, and a statement inside a
    // savepoint keeps a statement journal: in memory rather than in a temporary file, and pages kept
    // in a larger cache until the commit (this connection only).
    for (const QString &pragma :
         {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -65536")}) {
        if (auto q = m_db.query(pragma); !q)
            return q.error();
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    ImportWriter writer(m_db, m_clock, m_uuids, m_events);
    writer.setNewProductsVisibleOnline(options.newProductsVisibleOnline);
    if (Status s = writer.write(*plan, summary, progress, cancel); !s)
        return s.error();
    if (!plan->rejectedRows.isEmpty()) {
        summary.rejectedRowsFile = options.rejectedRowsPath;
        if (summary.rejectedRowsFile.isEmpty())
            summary.rejectedRowsFile = QDir(QDir::tempPath())
                                           .filePath(QStringLiteral("comptoir-import-refusees-%1.csv")
                                                         .arg(QDateTime::currentDateTimeUtc().toString(
                                                             QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status s = writeRejectedRows(sheet, mapping, *plan, options, summary.rejectedRowsFile); !s)
            return s.error();
    }
    if (cancel && cancel->load())
        return makeError(ErrorCode::ImportCancelled);
    if (Status s = tx.commit(); !s)
        return s.error();
    summary.written = true;
    qCInfo(lcCatalogue) << "imported" << summary.rows << "rows:" << summary.productsCreated << "products and"
                        << summary.variantsCreated << "variants created," << summary.variantsUpdated
                        << "updated," << summary.stockMovements << "stock movements," << summary.rowsRejected
                        << "rows rejected, in" << timer.elapsed() << "ms";
    return summary;
}

} // namespace comptoir
