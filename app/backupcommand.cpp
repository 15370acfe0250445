// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/backupcommand.h"

#include "app/commandshop.h"
#include "models/backup/backupstate.h"
#include "models/backup/backupwriter.h"
#include "models/storage/database.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace comptoir {

namespace {

constexpr int ExitFailure = 1;

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

int runBackupCommand(const QString &dataDirOverride, bool demo, const QString &to)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Reads only: beside an open window (WAL), so no lock.
    const auto opened = openExistingShop(dataDirOverride, demo, err, true);
    if (!opened)
        return opened.exitCode();
    Database &db = *opened;
    auto state = BackupStateStore::read(db);
    if (!state) {
        err << errorText(state.error()) << Qt::endl;
        return ExitFailure;
    }
    BackupRequest request;
    request.dataDir = QFileInfo(db.filePath()).absolutePath();
    request.folder = to.isEmpty() ? state->folder : QFileInfo(to).absoluteFilePath();
    request.nowUtc = QDateTime::currentDateTimeUtc();
    auto outcome = writeBackup(request);
    if (!outcome) {
        err << errorText(outcome.error()) << Qt::endl
            << QCoreApplication::translate("Command", "No backup was kept.") << Qt::endl;
        return ExitFailure;
    }
    const BackupOutcome &done = outcome.value();
    out << QCoreApplication::translate("Command", "Backup written: %1")
               .arg(QDir::toNativeSeparators(done.path))
        << Qt::endl
        << QCoreApplication::translate("Command", "Database copied while the shop stays open: %1 MB in %2 s.")
               .arg(megabytes(done.copy.bytes), seconds(done.copy.elapsedMs))
        << Qt::endl
        << QCoreApplication::translate("Command",
                                       "Copy checked in %1 s: database integrity ok, fiscal journal intact "
                                       "(%2 chain links).")
               .arg(seconds(done.checkMs))
               .arg(done.check.links)
        << Qt::endl;
    if (done.check.lastTicket)
        out << QCoreApplication::translate("Command", "It holds %1 tickets; the last one is number %2 of %3.")
                   .arg(done.check.tickets)
                   .arg(done.check.lastTicket->number)
                   .arg(QLocale().toString(done.check.lastTicket->closedAt.toLocalTime(),
                                           QLocale::ShortFormat))
            << Qt::endl;
    else
        out << QCoreApplication::translate("Command", "It holds no ticket yet.") << Qt::endl;
    out << QCoreApplication::translate("Command",
                                       "Settings, catalogue and staff are in it; the register's private key "
                                       "and the marketplace token are not (they stay in the keychain).")
        << Qt::endl;
    for (const QString &name : done.removed)
        out << QCoreApplication::translate("Command", "Older backup removed (rotation): %1").arg(name)
            << Qt::endl;
    if (!state->folder.isEmpty() && QDir(request.folder) == QDir(state->folder)) {
        if (Status s = BackupStateStore::recordGood(db, done.takenAtUtc, done.name); !s) {
            err << errorText(s.error()) << Qt::endl;
            return ExitFailure;
        }
        out << QCoreApplication::translate("Command", "Recorded as the shop's last good backup.") << Qt::endl;
    } else {
        out << QCoreApplication::translate(
            "Command", "Not the shop's backup folder: the shop's last good backup is unchanged.")
            << Qt::endl;
    }
    return 0;
}

} // namespace comptoir
