// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importworker.h"

#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/logging.h"
#include "models/spreadsheet/spreadsheetreader.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QThread>

#include <memory>

namespace comptoir {

namespace {

// The check or the import, on the worker thread, with a connection, a chain and a journal of
// its own (a VAT rate change is journalled; the chain reads its last link in the transaction).
ImportRun importOn(const QString &databasePath, const Signer &signer, const Clock &clock, const Sheet &sheet,
                   const ColumnMapping &mapping, const ImportOptions &options, bool checkOnly,
                   const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportRun run;
    run.checkOnly = checkOnly;
    auto db = Database::open(databasePath);
    if (!db) {
        run.error = db.error();
        return run;
    }
    UuidV7Generator uuids(clock);
    FiscalChain chain(**db, signer, clock);
    EventJournal events(**db, clock, uuids, chain);
    CatalogueImport import(**db, clock, uuids, events);
    auto summary = checkOnly ? import.check(sheet, mapping, options, progress, cancel)
                             : import.run(sheet, mapping, options, progress, cancel);
    if (!summary) {
        run.error = summary.error();
        return run;
    }
    run.ok = true;
    run.summary = *summary;
    return run;
}

} // namespace

ImportWorker::ImportWorker(const QString &databasePath, const Signer &signer, const Clock &clock,
                           QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_signer(signer), m_clock(clock)
{
    qRegisterMetaType<comptoir::SheetRead>();
    qRegisterMetaType<comptoir::ImportRun>();
}

ImportWorker::~ImportWorker()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
}

void ImportWorker::cancel()
{
    m_cancel = true;
}

bool ImportWorker::start(std::function<void()> job, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_cancel = false;
    QThread *thread = QThread::create(std::move(job));
    thread->setObjectName(QStringLiteral("comptoir-import"));
    m_thread = thread;
    // finished() is emitted by the worker thread: queued to this object's thread.
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        thread->deleteLater();
        m_thread = nullptr;
        done();
    });
    thread->start(QThread::LowPriority);
    return true;
}

ImportProgress ImportWorker::progressSignal()
{
    // Emitted from the worker thread: queued to the receivers in the window's thread.
    return [this](int done, int total) {
        Q_EMIT progress(done, total);
    };
}

bool ImportWorker::read(const QString &path)
{
    if (m_thread)
        return false;
    m_readPath = path;
    auto outcome = std::make_shared<SheetRead>();
    return start(
        [outcome, path] {
            auto sheet = readSpreadsheet(path);
            outcome->ok = sheet.ok();
            if (sheet)
                outcome->sheet = *sheet;
            else
                outcome->error = sheet.error();
        },
        [this, outcome] {
            if (outcome->ok)
                qCInfo(lcCatalogue) << "import: read" << outcome->sheet.rows.size() << "rows";
            else
                qCWarning(lcCatalogue) << "import: file not read, error" << int(outcome->error.code);
            Q_EMIT sheetRead(*outcome);
        });
}

bool ImportWorker::step(const Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options,
                        bool checkOnly)
{
    auto outcome = std::make_shared<ImportRun>();
    const QString databasePath = m_databasePath;
    const Signer &signer = m_signer;
    const Clock &clock = m_clock;
    const std::atomic_bool *cancelFlag = &m_cancel;
    ImportProgress report = progressSignal();
    return start(
        [=, &signer, &clock] {
            *outcome = importOn(databasePath, signer, clock, sheet, mapping, options, checkOnly, report,
                                cancelFlag);
        },
        [this, outcome] {
            if (!outcome->ok)
                qCWarning(lcCatalogue) << "import step failed: error" << int(outcome->error.code);
            Q_EMIT finished(*outcome);
        });
}

bool ImportWorker::check(const Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options)
{
    return step(sheet, mapping, options, true);
}

bool ImportWorker::run(const Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options)
{
    ImportOptions withPath = options;
    if (m_newVisible)
        withPath.newProductsVisibleOnline = m_newVisible();
    if (withPath.rejectedRowsPath.isEmpty() && !m_readPath.isEmpty())
        withPath.rejectedRowsPath = rejectedRowsPathFor(m_readPath);
    return step(sheet, mapping, withPath, false);
}

} // namespace comptoir
