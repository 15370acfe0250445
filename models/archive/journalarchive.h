#pragma once

// Period archives of the fiscal journal (issue 4, items 5 and 6): a JSON file holding the chain
// links of a period — with each record's canonical serialisation, its hash and its signature —
// and the register's public key, so that anyone can check it without Comptoir. The format is
// documented in docs/fiscal-format.md ("Archive").
#include "models/archive/journalverifier.h"
#include "models/result.h"

#include <QByteArray>
#include <QString>

namespace comptoir {

class Clock;
class Database;
class EventJournal;

inline constexpr char ArchiveFormatName[] = "comptoir-fiscal-archive";
inline constexpr int ArchiveFormatVersion = 1;

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
    QString sha256; // hex SHA-256 of the file written
    qint64 eventId = 0; // the Archive event recorded
};

// Whether period is "YYYY" or "YYYY-MM".
bool isValidArchivePeriod(const QString &period);

// Writes the archive of period ("2026" or "2026-11") to path: the chain links whose record
// belongs to the period (tickets and closures by business_day, events by the local date of
// occurred_at, month and year closures by the local date of closed_at, local dates in the shop's
// time zone: shopTimeZone in businessday.h), in chain order, and the
// links of the month and year closures OF the period (by their own period) in a second list,
// period_closures. Checks the whole journal first (verifyJournal with the
// database's register key) and writes nothing when it does not verify. The file is written to a
// temporary file then renamed; then an Archive event (detail: period, links, sha256) is
// recorded through events (if that fails, the file is removed). Errors: InvalidQuantity
// (subject: the period) for a malformed period; NotFound (subject "register key") when the
// shop has no fiscal records yet; JournalBroken (subject: the first broken record, detail: the
// problem code and detail); FileNotWritten (subject: path); DatabaseQueryFailed; CryptoFailed.
Result<ArchiveSummary> writeArchive(const Database &db, EventJournal &events, const Clock &clock,
                                    const QString &period, const QString &path);

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
