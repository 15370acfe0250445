// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

namespace comptoir {

class Clock;
class Database;
struct BackupState;

// The backups' news in the main window's status bar ("backupStatusLabel"): a warning that stays
// while no folder is chosen, while the folder cannot be reached (a USB key unplugged, a share
// gone), or while the last backup that passed its check is older than 48 hours
// (BackupState::StaleAfterSeconds); otherwise the time of the last good backup, quietly. Read
// again by refresh() (after each backup, and every few minutes by its own timer).
class BackupStatusLabel : public QLabel
{
    Q_OBJECT

public:
    BackupStatusLabel(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    bool isWarning() const { return m_warning; }

    // The text for a state (what refresh() shows): warning says whether it is one.
    static QString describe(const BackupState &state, bool folderReachable, const QDateTime &nowUtc,
                            bool *warning);

private:
    const Database &m_db;
    const Clock &m_clock;
    bool m_warning = false;
};

} // namespace comptoir
