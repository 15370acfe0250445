// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/keyhistory.h"
#include "models/fiscal/registerkey.h"
#include "models/result.h"

#include <QString>

#include <optional>

class QObject;

namespace comptoir {

class Clock;
class Database;
class SecretStore;
class UuidV7Generator;

// Why the register's key is replaced, as the key_changed event's detail says ("reason").
enum class KeyChangeReason {
    Replaced, // the PC was replaced, the previous key still at hand (it endorses the new one)
    Restored, // a backup was restored on a PC whose keychain does not hold the previous key
    Lost, // the previous key is gone for another reason
};
QString keyChangeReasonKey(KeyChangeReason reason); // "replaced", "restored", "lost"

// The register's keys as the database's chain records them: the key_changed events in chain order
// (keyhistory.h), the first key being the first change's previous key, or the meta
// register_public_key when there is no change. Errors: NotFound (no key at all: nothing was
// signed yet), JournalBroken (a key_changed event whose detail is not readable; subject
// "event <id>"), CryptoFailed (a malformed meta), DatabaseQueryFailed.
Result<KeyHistory> registerKeyHistory(const Database &db);

// The key that signed the link of a record (the key in effect at its seq). Errors: NotFound (the
// record has no link, or the shop no key), and registerKeyHistory()'s.
Result<QByteArray> registerKeyAt(const Database &db, FiscalRecordType type, qint64 recordId);
// The same with the history already read (a list of records reads it once). Errors: NotFound (the
// record has no link), DatabaseQueryFailed.
Result<QByteArray> registerKeyAt(const Database &db, const KeyHistory &history, FiscalRecordType type,
                                 qint64 recordId);

// Replaces the register's signing key (docs/fiscal-format.md, "Changement de clé"; the rollout's
// restore calls it when the previous key is missing from the keychain): makes a new Ed25519 key,
// writes its seed to the secret store under registerKeySecretName() (asynchronous, as the store
// is), then in ONE transaction journals a key_changed event signed by the NEW key — detail
// {"previous_public_key", "public_key", "endorsement" (previous's signature of
// keyChangeEndorsementMessage(), or null when previous is not given), "reason"} — and makes the
// new key the meta register_public_key. done gets the new key: give it to the running
// RegisterSigner (setKey) so that every later record is signed by it. Called once from context's
// event loop (not at all if context goes first); db, store, clock and uuids must outlive context.
// previous, when given, must be the register's current key. When the journal cannot be written,
// the secret store gets back what it held (previous's seed, or nothing).
// Errors: NotFound (subject "register key": the shop has no key yet, so nothing to replace),
// SigningKeyMissing (subject "replaced": previous is not the register's key), the store's
// KeychainUnavailable / KeychainFailed (nothing journalled), CryptoFailed, DatabaseQueryFailed.
void changeRegisterKey(SecretStore &store, Database &db, const Clock &clock, UuidV7Generator &uuids,
                       const std::optional<Ed25519Key> &previous, KeyChangeReason reason, QObject *context,
                       RegisterKeyDone done);

} // namespace comptoir
