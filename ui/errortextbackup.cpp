// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortextparts.h"

namespace comptoir {

QString backupErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::BackupFolderMissing:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The backup folder %1 cannot be reached: plug in the USB key or "
                              "connect the network share, or choose another folder in "
                              "Settings."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "No backup folder is chosen: choose one in Settings (a USB key, a "
                              "network share)."));
    case ErrorCode::BackupCopyFailed:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The backup could not be written to %1: check that the folder "
                              "has room and can be written to, then try again."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The backup could not be written: check that the folder has room "
                              "and can be written to, then try again."));
    case ErrorCode::NotABackup:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP(
                "ErrorText",
                "%1 is not a Comptoir backup: choose a backup folder made by Comptoir "
                "(comptoir-backup-…) or the comptoir.sqlite file inside it. Nothing was changed."),
            QT_TRANSLATE_NOOP(
                "ErrorText",
                "This is not a Comptoir backup: choose a backup folder made by Comptoir. Nothing "
                "was changed."));
    case ErrorCode::BackupDamaged:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The backup %1 is damaged (its database fails its integrity "
                              "check): it was refused and nothing was changed. Take another "
                              "backup."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The backup is damaged (its database fails its integrity check): "
                              "it was refused and nothing was changed. Take another backup."));
    case ErrorCode::BackupJournalBroken:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The fiscal journal of the backup does not verify (first broken "
                              "record: %1): it was refused and nothing was changed. Take "
                              "another backup."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The fiscal journal of the backup does not verify: it was refused "
                              "and nothing was changed. Take another backup."));
    case ErrorCode::BackupForeign:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "This backup belongs to another till (register %1), not to this "
                              "shop's: it was refused and nothing was changed."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "This backup belongs to another till, not to this shop's: it was "
                              "refused and nothing was changed."));
    default:
        break;
    }
    return {};
}

} // namespace comptoir
