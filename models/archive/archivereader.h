// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a sealed period archive on its own (docs/fiscal-format.md, "L'archive"): the
// counterpart of writeArchive() (journalarchive.h), for an auditor with the file alone. The same
// rule engine as the database's (chainrules.h) runs over its links, then the seal, the footer and
// the key history are checked, and optionally the continuity with the archive before it.
#include "models/archive/journalverifier.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace comptoir {

// Who vouches for an archive's keys.
struct ArchiveKeys
{
    // Keys named by a person (`--key`): each must be one of the archive's keys (else
    // `unknown-key`), and is confirmed.
    QList<KeyReference> pinned;
    // A shop's confirmed keys (its register_public_key and the keys its history vouches for):
    // those among the archive's keys are confirmed; when there are some but none is the
    // archive's, `unknown-key` (the archive is not this shop's).
    QList<QByteArray> shopKeys;
};

// Checks the archive at path (format version 2 only): its envelope, the seal (header and footer
// signatures with the seal key, which must be the last key of the archive's key history), the
// key history of key_changes, every link through the rule engine from header.previous_link and
// header.opening, the month and year closures of period_closures against the closures the
// archive holds, and the footer against the content. Then the keys: state Intact when every key
// used (links and seal) is confirmed by keys, Unconfirmed otherwise. With followsPath, the
// previous archive is verified first (its failure reported with the detail prefixed "previous
// archive: "), then this one must follow it (`not-following`, record "follows"). Reports the
// first failure as verifyJournal() does, with the record "archive", "header", "footer",
// "follows", "public key" or a link's "<type> <id>".
// Errors (only when a file cannot be read): NotFound (subject: path).
Result<VerifyReport> verifyArchive(const QString &path, const ArchiveKeys &keys = {},
                                   const QString &followsPath = {});
// The same with one key the caller vouches for (raw 32 bytes; empty: none).
Result<VerifyReport> verifyArchive(const QString &path, const QByteArray &expectedPublicKey);

} // namespace comptoir
