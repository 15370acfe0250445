// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/archive/chainrules.h"
#include "models/fiscal/keyhistory.h"
#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

// The verdict of a verification (docs/fiscal-format.md, "Clés confirmées").
enum class VerifyState {
    Intact, // every check passes and every key used is confirmed
    Unconfirmed, // every check passes, but a key used is confirmed by nothing (pinned key, shop)
    Broken, // a check fails: firstBroken, problem, detail
};

// What verifyJournal() or verifyArchive() checked, and the first record that failed.
struct VerifyReport
{
    bool ok = false; // every check passes (state Intact or Unconfirmed)
    VerifyState state = VerifyState::Broken;
    int tickets = 0; // links checked, per record type
    int closures = 0;
    int events = 0;
    int periodClosures = 0; // month and year closures
    int links = 0; // every link of the chain checked
    // Every key of the chain's (archive's) key history, first to last, with the seq range of the
    // links it signed and whether it is confirmed.
    QList<KeySpan> keys;
    // The keys used (that signed a link, or an archive's seal) that nothing confirms.
    QList<QByteArray> unconfirmedKeys;
    // The first record that fails, as "<type> <id>" with the record's id in its table (the id
    // the chain points to): "ticket 12", "closure 3", "event 40", "month-closure 2",
    // "year-closure 5" (month and year closures share the ids of period_closures); "public key"
    // for a key problem; in an archive also "archive" (the file), "header", "footer", "follows".
    QString firstBroken;
    // What is wrong with it, a machine-readable code (docs/fiscal-format.md lists them):
    //   unknown-key      the key given is not a 32-byte Ed25519 key or none of the chain's keys,
    //                    or the database's register_public_key is not the chain's last key
    //   bad-format       (archive) unreadable JSON, an unknown version, a field missing or
    //                    mistyped, a record not a JSON object of integers, of another register
    //   chain-gap        the chain's seq numbers are not consecutive (a link was removed, or an
    //                    archive's links are out of order or before its previous link)
    //   previous-hash    a link's previous hash is not the hash of the link before it
    //   missing-record   a link points to a ticket / closure / event that is not stored
    //   non-canonical    the record's bytes are not its canonical serialisation
    //   record-type      the record is not of the link's record type
    //   hash-mismatch    SHA-256(previous hash ‖ canonical record) differs from the stored hash:
    //                    the record (or one of its lines, payments, VAT rows) was changed; also a
    //                    ticket whose rows the sales journal never writes (canonicalticket.h)
    //   key-change       a key change that does not follow the key in effect, is missing from
    //                    the key history, or whose endorsement does not verify; an archive's
    //                    header public_key that is not the key in effect at its first link
    //   bad-signature    the link's signature does not verify with the key in effect
    //   duplicate-record a record (uuid, or record type and id) linked twice
    //   number-gap       ticket (or closure, month or year closure) numbers of a register are not
    //                    1, 2, 3… in chain order
    //   ticket-total     a ticket's own arithmetic does not hold (lines, discounts, VAT, payments)
    //   closure-total    a closure's totals differ from the sum of its day's tickets, or its grand
    //                    total from the previous grand total plus its own total
    //   period-total     a month (year) closure's totals differ from the sum of the day (month)
    //                    closures of its period, or its grand total from the last one's
    //   missing-link     a ticket / closure / event / month or year closure has no link in the chain
    //   bad-seal         (archive) a header or footer signature, or their tie, does not verify
    //   footer-mismatch  (archive) the footer does not describe the archive's content
    //   not-following    (--follows) the archive does not follow the previous one
    QString problem;
    QString detail; // technical English for logs and the command line (never shown translated)
};

// The keys of a database's chain: its key_changed events in chain order (a change that does not
// follow, or whose detail is unreadable, is left out: the walk reports it at its link). The first
// key is the first change's previous key; with no change, the register_public_key of the meta
// table, or fallbackKey when there is none. Errors: DatabaseQueryFailed.
Result<KeyHistory> databaseKeyHistory(const Database &db, const QByteArray &fallbackKey = {});

// Walks the fiscal chain (fiscal_chain in seq order) and every fiscal record of the database,
// rebuilding each record's canonical bytes from its rows, through the rule engine
// (chainrules.h), then looks for records without a link. publicKey (raw 32 bytes) is the key the
// caller vouches for — the register's key as printed or archived, or the database's own — and
// must be one of the chain's keys; the database's register_public_key, when stored, must be the
// chain's last key. Both are confirmed. Pure reading: never repairs anything. Stops at the first
// failure. Errors (only when the database cannot be read): DatabaseQueryFailed.
Result<VerifyReport> verifyJournal(const Database &db, const QByteArray &publicKey);

// Fills report's keys and unconfirmedKeys from the engine's spans and the confirmed keys;
// sealKey (an archive's) counts as used. Sets state and ok from report.problem.
void settleKeys(VerifyReport &report, const ChainRules &rules, const QList<QByteArray> &confirmed,
                const QByteArray &sealKey = {});

} // namespace comptoir
