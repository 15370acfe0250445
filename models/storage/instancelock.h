// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QLockFile>
#include <QString>

namespace comptoir {

// One process per data folder: the window, `comptoir sync --once` and the other commands that
// write to a shop take this lock first, so that two sync engines, two migrations or two fiscal
// chains never run on one database. The lock is the file "<dataDir>/comptoir.lock" (QLockFile:
// the holder's process id, program and host), held for the life of this object.
//
// A lock left by a process that is gone (crash, kill, reboot) is taken over; so is one written on
// another computer (a folder copied or restored from a running till) that no process holds any
// more. A live holder is named in the error.
class InstanceLock
{
public:
    // How long a command waits for a window or another command to let go of the folder.
    static constexpr int CommandWaitMs = 3000;

    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock(); // lets go
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Takes the folder for this process, waiting up to waitMs for the holder to let go.
    // ErrorCode::DataFolderInUse (subject: the holder's process id, "pid@host" when it runs on
    // another computer; detail: its host name) when another process keeps it; DataDirectoryUnusable when the
    // lock file cannot be written.
    Status tryLock(int waitMs);
    bool isLocked() const { return m_file.isLocked(); }

    static QString lockFilePath(const QString &dataDir);

private:
    // A lock file no process holds (flock) although Qt could not tell (written on another host).
    bool takeOverUnheldLock();
    Error inUse() const;

    QString m_dataDir;
    QLockFile m_file;
};

} // namespace comptoir
