#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QString>

namespace comptoir {

class Database;

// What verifyJournal() checked, and the first record that failed.
struct VerifyReport
{
    bool ok = false;
    int tickets = 0; // links checked, per record type
    int closures = 0;
    int events = 0;
    int periodClosures = 0; // month and year closures
    int links = 0; // every link of the chain checked
    // The first record that fails, as "<type> <id>" with the record's id in its table (the id
    // the chain points to): "ticket 12", "closure 3", "event 40", "month-closure 2",
    // "year-closure 5" (month and year closures share the ids of period_closures); "public key"
    // for a key problem.
    QString firstBroken;
    // What is wrong with it, a machine-readable code:
    //   unknown-key     the key given is not a 32-byte Ed25519 key, or the database's
    //                   register_public_key differs from it (replaced key)
    //   chain-gap       the chain's seq numbers are not 1, 2, 3… (a link was removed)
    //   previous-hash   a link's previous hash is not the hash of the link before it
    //   missing-record  a link points to a ticket / closure / event that is not stored
    //   hash-mismatch   SHA-256(previous hash ‖ canonical record) differs from the stored hash:
    //                   the record (or one of its lines, payments, VAT rows) was changed; also a
    //                   ticket whose rows the sales journal never writes (canonicalticket.h)
    //   bad-signature   the link's signature does not verify with the public key
    //   number-gap      ticket (or closure, month or year closure) numbers of a register are not
    //                   1, 2, 3… in chain order
    //   closure-total   a closure's totals differ from the sum of its day's tickets, or its grand
    //                   total from the previous grand total plus its own total
    //   period-total    a month (year) closure's totals differ from the sum of the day (month)
    //                   closures of its period, or its grand total from the last one's
    //   missing-link    a ticket / closure / event / month or year closure has no link in the chain
    QString problem;
    QString detail; // technical English for logs and the command line (never shown translated)
};

// Walks the fiscal chain (fiscal_chain in seq order) and every fiscal record of the database and
// checks them as above against publicKey (raw 32 bytes: the register's key as printed or
// archived — NOT necessarily the one in the database's meta table, which an attacker may have
// replaced). Pure reading: never repairs anything. Stops at the first failure.
// Errors (only when the database cannot be read): DatabaseQueryFailed.
Result<VerifyReport> verifyJournal(const Database &db, const QByteArray &publicKey);

} // namespace comptoir
