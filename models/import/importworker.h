// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/import/catalogueimport.h"
#include "models/spreadsheet/sheet.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace comptoir {

class Clock;
class Signer;

// What a step of the worker gave (ImportWorker's signals).
struct SheetRead
{
    bool ok = false;
    Sheet sheet; // when ok
    Error error; // otherwise
};

struct ImportRun
{
    bool ok = false; // false: error says why (ImportCancelled, a database error…)
    bool checkOnly = false;
    ImportSummary summary; // when ok: written, or refused with its problems
    Error error;
};

// The catalogue's import off the window's thread (issue 14): reading the file,
// the check and the writing run on a thread of their own, on a database
// connection of their own to the shop's file (the till keeps selling: the
// writing holds SQLite's write lock only for its one transaction). Progress
// comes as signals; cancel() stops the step at the next row, and before the
// commit nothing is written. One step at a time; destroying the worker cancels
// and waits.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    // databasePath: the shop's comptoir.sqlite; signer: the register's
    // (thread-safe for signing), for the events a VAT rate change journals;
    // clock: thread-safe.
    ImportWorker(const QString &databasePath, const Signer &signer, const Clock &clock,
                 QObject *parent = nullptr);
    ~ImportWorker() override;

    bool isBusy() const { return m_thread != nullptr; }
    // Each returns false when a step is running.
    bool read(const QString &path); // → sheetRead()
    bool check(const Sheet &sheet, const ColumnMapping &mapping,
               const ImportOptions &options); // → finished()
    // With skipInvalid and no rejectedRowsPath, the rejected rows go beside the file read last
    // ("<name>-refusees.csv").
    bool run(const Sheet &sheet, const ColumnMapping &mapping,
             const ImportOptions &options); // → finished()
    void cancel();
    // issue 15: asked when an import starts: are the products it creates visible online (the
    // shop's setting, read by app/)? Without it, the options' value stands.
    void setNewProductsVisibleOnline(std::function<bool()> visible) { m_newVisible = std::move(visible); }

Q_SIGNALS:
    void progress(int done, int total);
    void sheetRead(const comptoir::SheetRead &read);
    void finished(const comptoir::ImportRun &run);

private:
    // Runs job on a new thread; done runs in this object's thread when it ends.
    bool start(std::function<void()> job, std::function<void()> done);
    bool step(const Sheet &sheet, const ColumnMapping &mapping, const ImportOptions &options, bool checkOnly);
    ImportProgress progressSignal();

    QString m_databasePath;
    std::function<bool()> m_newVisible;
    QString m_readPath; // the file read last: the rejected rows go beside it
    const Signer &m_signer;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
};

} // namespace comptoir
