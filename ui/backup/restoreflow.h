// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace comptoir {

class Clock;
class Database;

// Restoring a backup from the window, as Settings and the first-run assistant offer it (manager
// only: the caller checks). Checks the backup (prepareRestore: a backup that fails its check, or
// another till's, is refused with a message and nothing changes), says which tickets would be
// missing and asks, then commits the restore: the files are swapped at the next start, before
// the database opens (ShopSession::open, applyStagedRestore). Returns true when committed: the
// caller restarts Comptoir (Settings) or opens the shop (the assistant, after
// applyStagedRestore() when no shop is open yet).
class RestoreFlow
{
    Q_DECLARE_TR_FUNCTIONS(RestoreFlow)

public:
    // current: the shop's open database (null when none is open, e.g. the first-run assistant).
    RestoreFlow(const QString &dataDir, const Database *current, const Clock &clock);

    // Asks for the backup's folder first ("restoreFolderDialog", not native), then run().
    bool chooseAndRun(QWidget *parent);
    // The boxes it opens are modal (QMessageBox::exec): "restoreRefusedBox", "restoreMissingBox",
    // "restoreConfirmBox".
    bool run(QWidget *parent, const QString &backupPath);

    // After a restore on a computer whose keychain lacks the shop's register key (a replaced PC):
    // asks whether to start a new register key, journalled ("newRegisterKeyBox"). True: yes.
    static bool askNewRegisterKey(QWidget *parent);
    // Says that the new register key could not be started ("newRegisterKeyErrorBox", not modal).
    static void showNewKeyFailed(QWidget *parent, const Error &error);

    // The tickets list of the "would be missing" question, one line per ticket.
    static QString missingText(int count, const QStringList &lines);

private:
    QString m_dataDir;
    const Database *m_current;
    const Clock &m_clock;
};

} // namespace comptoir
