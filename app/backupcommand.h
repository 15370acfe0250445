// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// `comptoir backup [--data-dir D] [--to DIR]`: writes and checks a backup of the shop (writeBackup)
// into its backup folder, or DIR; a backup into the shop's folder is recorded as its last good one.
// It only reads the shop's file (safe beside an open window: WAL), so it takes no lock.
// Exit codes: 0 written and checked, 1 failed (no folder, copy or check failed: nothing kept).
int runBackupCommand(const QString &dataDirOverride, bool demo, const QString &to);

// `comptoir restore --from BACKUP [--data-dir D] [--yes]`: checks the backup, lists the tickets
// the shop would lose and asks (unless --yes), sets the current file aside, puts the backup in its
// place and journals the Restore event (with a new register key, journalled, when this computer's
// keychain does not hold the shop's). Takes the folder's lock: the window must be closed.
// Exit codes: 0 restored, 1 failed, 3 refused (damaged, broken journal, another till's, not a
// backup), 4 not confirmed, 5 the shop is open elsewhere.
int runRestoreCommand(const QString &from, const QString &dataDirOverride, bool demo, bool yes);

} // namespace comptoir
