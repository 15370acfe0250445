// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/backup/backupwriter.h"
#include "models/error.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace comptoir {

class Clock;
class Database;

// What a backup run did (BackupWorker::finished).
struct BackupRun
{
    bool ok = false;
    BackupOutcome outcome; // when ok
    Error error; // otherwise: writeBackup()'s, or BackupStateStore's
};

// The window's backups (after each Z, on quit, on demand): writeBackup() on a thread of its own
// (copy and check take seconds for years of sales; the till's thread only waits for SQLite's
// locks, which a WAL reader never holds against it), then, back on this object's thread, the
// backup that passed its check is recorded in the shop's database (BackupStateStore::recordGood).
// The folder is the one in the backup state at the time of the run. One run at a time; destroying
// the worker waits for a running one.
class BackupWorker : public QObject
{
    Q_OBJECT

public:
    BackupWorker(Database &db, const QString &dataDir, const Clock &clock, QObject *parent = nullptr);
    ~BackupWorker() override;

    bool isBusy() const { return m_thread != nullptr; }
    // Starts a backup into the chosen folder; finished() follows. False when one is running.
    bool start();
    // Runs a backup now and waits for it (on quit: the window is gone, the program must not end
    // mid-copy); waits for a running one first. finished() is emitted before it returns.
    BackupRun runAndWait();

Q_SIGNALS:
    void started();
    void finished(const comptoir::BackupRun &run);

private:
    BackupRequest request() const;
    void settle(BackupRun &run);

    Database &m_db;
    QString m_dataDir;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
};

} // namespace comptoir
