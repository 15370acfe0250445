// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fiscal journal's long jobs — checking the whole journal, writing a period archive — run
// on a worker thread with a database connection of its own (DESIGN.md §1), so that the window
// and the till stay responsive: verifying takes 1.5 to 2.5 ms per chain link in a debug build
// (over a second for the demo's three weeks, 5 s for 2,000 tickets over 20 days, growing faster
// than the journal), and an archive verifies first. The result comes back on the thread that
// owns the worker, through a queued signal. Destroying the worker waits for a running job.
#include "models/archive/journalarchive.h"
#include "models/archive/journalverifier.h"
#include "models/error.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace comptoir {

class Clock;
class Signer;

// What a check of the journal found.
struct JournalCheckOutcome
{
    enum class State {
        Checked, // report holds what was checked (report.ok: intact or not)
        NoRecords, // the shop has no register key yet, so no fiscal record: nothing to check
        Failed, // the database could not be opened or read: error
    };
    State state = State::Failed;
    VerifyReport report;
    Error error;
    qint64 elapsedMs = 0;

    bool broken() const { return state == State::Checked && !report.ok; }
};

// What writing an archive did.
struct JournalArchiveOutcome
{
    bool ok = false;
    ArchiveSummary summary; // when ok
    // Otherwise, writeArchive()'s error: JournalBroken (subject: the first broken record, detail:
    // "problem: detail"), FileNotWritten (subject: the path), InvalidQuantity (the period),
    // NotFound (subject "register key": nothing recorded yet), SigningKeyPending (the keychain has
    // not answered yet), DatabaseOpenFailed…
    Error error;
    qint64 elapsedMs = 0;
};

// Runs one job at a time. Each job opens its own Database on databasePath (Database::open) in
// the worker thread and closes it there. signer seals an archive (its header and footer) and signs
// the Archive event it records, clock dates them (writeArchive); both are used from the worker
// thread, so they must be thread-safe for reading (Ed25519Key, RegisterSigner and SystemClock
// are), and must outlive the worker.
class JournalWorker : public QObject
{
    Q_OBJECT

public:
    JournalWorker(const QString &databasePath, const Signer &signer, const Clock &clock,
                  QObject *parent = nullptr);
    ~JournalWorker() override; // waits for a running job to end

    bool isBusy() const { return m_thread != nullptr; }

    // Verifies the whole journal (verifyJournal) with the register key stored in the database;
    // checked() follows. False, and nothing starts, when a job is already running.
    bool startCheck();
    // Writes the archive of period ("2026" or "2026-11") to path (writeArchive, which checks the
    // journal first and records an Archive event); archived() follows. False when busy.
    bool startArchive(const QString &period, const QString &path);

Q_SIGNALS:
    void checked(const comptoir::JournalCheckOutcome &outcome);
    void archived(const comptoir::JournalArchiveOutcome &outcome);

private:
    // Runs job on a new thread, then done on this object's thread.
    bool start(std::function<void()> job, std::function<void()> done);

    QString m_databasePath;
    const Signer &m_signer;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
};

} // namespace comptoir
