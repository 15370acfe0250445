// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/staff/pinhash.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class EventJournal;

enum class OperatorRole { Cashier, Manager };

QString operatorRoleKey(OperatorRole role); // "cashier", "manager" (as stored)
std::optional<OperatorRole> operatorRoleFromKey(const QString &key);

// A cashier as the till shows it. Never carries the PIN or its hash.
struct OperatorInfo
{
    qint64 id = 0;
    QString name;
    OperatorRole role = OperatorRole::Cashier;
    bool active = true;

    bool isManager() const { return role == OperatorRole::Manager; }
};

// The people who may use the till (table operators), each with a 4–8 digit PIN stored as a
// salted slow hash (PinHash). Managers may authorise overrides (price changes, refunds…) by
// typing their PIN. Operators are never deleted — tickets reference them — only deactivated.
// PINs and hashes are never logged.
class Operators
{
public:
    using Role = OperatorRole;
    static constexpr int MinPinLength = 4;
    static constexpr int MaxPinLength = 8;

    // iterations: the PBKDF2 cost of newly set PINs (tests pass a small one to run fast);
    // verification always uses the cost stored with each hash. Wrong PINs and refusals while
    // locked are recorded in events (EventKind::FailedLogin), in the same transaction as the
    // lockout counters.
    Operators(Database &db, const Clock &clock, EventJournal &events,
              int iterations = PinHash::DefaultIterations);

    // 4 to 8 ASCII digits.
    static bool isValidPin(const QString &pin);

    // Every change below is a technical-journal event (EventKind::StaffChanged) written in the
    // same transaction as the change: if it cannot be signed, nothing changes. Its operator_id is
    // actorId (who made the change), its detail {"action": "added" | "pin_changed" | "pin_reset" |
    // "deactivated" | "reactivated", "operator_id": the person changed, "role": "cashier" |
    // "manager", "by": actorId or null} — never a name or a PIN. actorId is the signed-in manager
    // making the change (Settings, Staff); none only for the shop's first manager (nobody can sign
    // in yet) and the demo's people. A refusal changes nothing and journals nothing.
    //
    // Errors: EmptyName, DuplicateOperator (subject: the name, compared case-insensitively),
    // InvalidPin, NotAManager (actorId is not an active manager), CryptoFailed /
    // SigningKeyPending (the event cannot be signed).
    Result<qint64> add(const QString &name, Role role, const QString &pin,
                       std::optional<qint64> actorId = {});
    // A person changes their own PIN (actorId == operatorId, or none), or a manager resets
    // another's ("pin_reset"). Errors: NotFound, InvalidPin, NotAManager, as add().
    Status changePin(qint64 operatorId, const QString &newPin, std::optional<qint64> actorId = {});
    // Errors: NotFound, LastManager (deactivating the only active manager is refused: nobody
    // could authorise overrides any more), NotAManager, as add(). Setting the state a person
    // already has changes nothing and journals nothing.
    Status setActive(qint64 operatorId, bool active, std::optional<qint64> actorId = {});

    // Everyone, active or not, ordered by name.
    Result<QList<OperatorInfo>> list() const;
    // The active ones only, ordered by name (the lock screen's buttons).
    Result<QList<OperatorInfo>> activeOperators() const;
    // Errors: NotFound.
    Result<OperatorInfo> find(qint64 operatorId) const;

    // The operator when pin is theirs. Errors: NotFound, OperatorInactive (subject: the name),
    // WrongPin, OperatorLocked (subject: the name); CryptoFailed / DatabaseQueryFailed when the
    // refusal cannot be journalled (then the failure is not counted either). A wrong PIN, and
    // any attempt while locked, writes a FailedLogin event (operator id, detail {"reason":
    // "wrong-pin"|"locked", "attempt": wrong PINs in a row}) — never the PIN.
    Result<OperatorInfo> verify(qint64 operatorId, const QString &pin);
    // Any active manager whose PIN this is (an override). Errors: NotAManager, OperatorLocked.
    // Refusals are journalled like verify()'s, with no operator and "prompt": "manager-override".
    Result<OperatorInfo> verifyManager(const QString &pin);

    // Lockout: after MaxFailedAttempts wrong PINs in a row, an operator (or, for overrides, the
    // manager PIN prompt as a whole) is refused for LockoutSeconds, doubling with each further
    // wrong PIN up to 16 times that; the counts are kept in the database (a restart does not
    // clear them). A right PIN or changePin() clears them. A lock that ends implausibly far
    // ahead (the clock was set back) is ignored.
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockoutSeconds = 60;
    static constexpr int MaxLockoutSeconds = LockoutSeconds * 16;

private:
    Result<QList<OperatorInfo>> select(bool activeOnly) const;
    Result<bool> nameTaken(const QString &name) const;
    bool isLocked(const QString &lockedUntil) const;
    QString lockEnd(int failures) const; // empty when failures do not lock yet
    Status recordFailure(qint64 operatorId, int failures);
    Status clearFailures(qint64 operatorId);
    Result<int> recordOverrideFailure(); // the failures in a row, this one included
    // NotAManager unless actorId (when given) is an active manager.
    Status checkActor(std::optional<qint64> actorId) const;
    // The StaffChanged event of a change, in the caller's transaction.
    Status recordChange(const QString &action, qint64 operatorId, Role role, std::optional<qint64> actorId);

    Database &m_db;
    const Clock &m_clock;
    EventJournal &m_events;
    int m_iterations;
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::OperatorInfo)
