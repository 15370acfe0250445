#pragma once

// Period archives of the fiscal journal (issue 4, items 5 and 6): a JSON file holding the chain
// links of a period — with each record's canonical serialisation, its hash and its signature —
// and the register's public key, so that anyone can check it without Comptoir. The format is
// documented in docs/fiscal-format.md ("Archive").
#include "models/archive/archiveseal.h"
#include "models/archive/journalverifier.h"
#include "models/result.h"

#include <QByteArray>
#include <QString>

namespace comptoir {

class Clock;
class Database;
class EventJournal;

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

} // namespace comptoir
