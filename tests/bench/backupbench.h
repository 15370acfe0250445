// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchfigures.h"

#include <QString>

namespace comptoir::bench {

// The backup figures (issue 13): a shop with `tickets` tickets over about three years (275 a day,
// each day closed by its Z), generated through the real journal writers (SaleJournal, DayClosing:
// hashed, signed, verifiable) in one transaction per day; then a backup (writeBackup: online copy,
// integrity check, journal verify of the copy) on a thread while this thread sells as the till
// does (one transaction per sale, synchronous=FULL). Prints backup_generation (tickets/s),
// backup_copy, backup_check and backup_total (s), backup_sale_commit (ms, the sales made during the
// backup) and backup_till_longest_stall (ms: the longest of those sales), and the same two for 300
// sales made just before without a backup (backup_sale_commit_idle, backup_till_longest_stall_idle).
void runBackupFigures(const QString &folder, int tickets);

} // namespace comptoir::bench
