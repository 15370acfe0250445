// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Period archives of the fiscal journal (issue 4, items 5 and 6; sealed since issue 12): a JSON
// file holding the chain links of a period — with each record's canonical serialisation, its hash
// and its signature —, the month and year closures of the period, the key changes, and a header
// and a footer signed by the register's key that say where the range starts and ends, so that
// anyone can check it without Comptoir. The format (version 2) is documented in
// docs/fiscal-format.md ("L'archive").
#include "models/archive/archiveseal.h"
#include "models/archive/journalverifier.h"
#include "models/result.h"

#include <QByteArray>
#include <QString>

namespace comptoir {

class Clock;
class Database;
class EventJournal;
class Signer;

// What writeArchive() wrote.
struct ArchiveSummary
{
    QString period; // "2026" or "2026-11"
    QString path;
    int links = 0; // chain links in the archive
    int tickets = 0;
    int closures = 0;
    int events = 0;
    int periodClosures = 0; // month and year closures of the period (section period_closures)
    int keyChanges = 0; // section key_changes
    int carried = 0; // section carried: tickets and cancellations of P's days chained before the range
    qint64 firstSeq = 0; // 0 when links is empty
    qint64 lastSeq = 0; // the last link's seq (the link before the range when empty)
    QByteArray sealPublicKey; // raw 32 bytes: the key that signed the header and footer
    QString sha256; // hex SHA-256 of the file written
    QString footerSha256; // hex SHA-256 of canonicalJson(footer), which the next archive names
    qint64 eventId = 0; // the Archive event recorded
};

// Whether period is "YYYY" or "YYYY-MM".
bool isValidArchivePeriod(const QString &period);

// Writes the archive of period ("2026" or "2026-11") to path (format version 2): in `links`, the
// chain links after the last day closure (Z) of the periods before up to the period's last Z
// (B(P−1) < seq ≤ B(P), archiverange.h), in chain order; in `period_closures`, the links of the
// month and year closures OF the period (by their own period); in `key_changes`, every key_changed
// event's link; in `carried`, the tickets and ticket_cancelled events chained before the range but
// of a business day after P−1 (sold before the Z that ends P−1); a header (period, register, shop,
// time zone, keys, the link before the range, the
// numbering state there, the previous period's archive) and a footer (the range's ends, counts,
// indexes and closing state), each signed by signer — the register's current key, which must be
// the last key of the chain's key history. Checks the whole journal first (verifyJournal with the
// database's register key) and writes nothing when it does not verify. The file is written to a
// temporary file then renamed; then an Archive event (detail: period, links, sha256,
// footer_sha256) is recorded through events (if that fails, the file is removed).
// Errors: InvalidQuantity (subject: the period) for a malformed period; NotFound (subject
// "register key") when the shop has no fiscal records yet; the signer's (SigningKeyPending while a
// RegisterSigner waits for the keychain, …); SigningKeyMissing (subject "replaced") when signer is
// not the register's current key; JournalBroken (subject: the first broken record, detail: the
// problem code and detail); FileNotWritten (subject: path); DatabaseQueryFailed; CryptoFailed.
Result<ArchiveSummary> writeArchive(const Database &db, EventJournal &events, const Signer &signer,
                                    const Clock &clock, const QString &period, const QString &path);

} // namespace comptoir
