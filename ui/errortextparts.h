// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the files that turn errors into words share (errortext.cpp, and the words of a part kept in
// a file of their own so that errortext.cpp stays small): every sentence in the "ErrorText"
// context.
#include "models/error.h"

#include <QCoreApplication>
#include <QString>

namespace comptoir {

inline QString translated(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}

// The sentence quoting the subject when there is one, the general one otherwise.
inline QString withSubject(const Error &error, const char *quoting, const char *general)
{
    if (error.subject.trimmed().isEmpty())
        return QCoreApplication::translate("ErrorText", general);
    return QCoreApplication::translate("ErrorText", quoting).arg(error.subject);
}

// The backups' and restore's errors (issue 13): BackupFolderMissing … BackupForeign.
QString backupErrorText(const Error &error);
// The provisioning files' refusals (issue 13): ProvisioningFileDamaged … ProvisioningFileExpired.
QString provisioningErrorText(const Error &error);
// The ticket session's refusals (issue 18): DayOverdue … TicketInProgress.
QString tillErrorText(const Error &error);
// The catalogue's tools (issue 14): spreadsheets and import, in-store and scale barcodes, net
// quantities, labels: SpreadsheetUnreadable … NothingToLabel.
QString catalogueToolsErrorText(const Error &error);
// Photos and the online listing (issue 15): PhotoUnreadable … OnlineTextTooLong.
QString listingErrorText(const Error &error);
QString ordersErrorText(const Error &error);

} // namespace comptoir
