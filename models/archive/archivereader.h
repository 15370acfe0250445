#pragma once

// Reading a period archive on its own (docs/fiscal-format.md, "L'archive"): the counterpart of
// writeArchive() (journalarchive.h), for an auditor with the file alone.
#include "models/archive/journalverifier.h"
#include "models/result.h"

#include <QByteArray>
#include <QString>

namespace comptoir {

// Checks an archive on its own: its format, each link's hash = SHA-256(previous hash ‖
// canonical), consecutive links (seq + 1, previous hash = the hash before; the first link's
// previous hash is taken as given), and every signature with the archive's public key, which
// must equal expectedPublicKey when that is not empty (raw 32 bytes). Reports the first broken
// link as verifyJournal() does ("ticket 12"…, "public key", or "archive" for the file itself),
// with the same problem codes plus "bad-format" (unreadable JSON, missing or mistyped field).
// The month and year closures of period_closures are each checked (hash, signature, of the
// archive's period) and their totals against the day closures (month closures) the archive holds
// ("period-total").
// Errors (only when the file cannot be read): NotFound (subject: path).
Result<VerifyReport> verifyArchive(const QString &path, const QByteArray &expectedPublicKey = {});

} // namespace comptoir
