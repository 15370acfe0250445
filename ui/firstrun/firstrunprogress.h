// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>

namespace comptoir {

class Clock;
class Database;
class Operators;

// What the first-run assistant has really done on this shop, read from the database each time
// (never from the assistant's memory), so that quitting at any step and starting again resumes
// at the first step not done:
// - enrolled: the marketplace enrolment in meta (Enrollment::current) — or the step skipped on
//   purpose (meta setup_offline_at: the shop starts without a marketplace);
// - identity: meta setup_identity_at, written in the same transaction as the identity;
// - manager: an active manager exists (Operators);
// - printer: meta setup_printer_at, written with the printer settings;
// - completed: meta setup_completed_at, the last write of the assistant.
// The rule for showing the assistant (needed()): never for the demo; a shop whose setup is not
// completed, and that either started it (meta setup_started_at) or has no operator at all. A shop
// made before the assistant existed (operators, no setup_* key) is left alone.
class FirstRunProgress
{
public:
    static constexpr const char *StartedKey = "setup_started_at";
    static constexpr const char *OfflineKey = "setup_offline_at";
    static constexpr const char *IdentityKey = "setup_identity_at";
    static constexpr const char *PrinterKey = "setup_printer_at";
    static constexpr const char *CompletedKey = "setup_completed_at";
    // The identity the provisioning file gave, kept (JSON) from the enrolment until the identity
    // step is done, so that a restart after enrolling still proposes it (the used file is gone).
    static constexpr const char *ProvisionedShopKey = "setup_provisioned_shop";

    FirstRunProgress(Database &db, const Operators &operators, const Clock &clock);

    enum class Step { Enrolment, Identity, Manager, Printer, Start, Done };

    static Result<bool> needed(const Database &db, const Operators &operators, bool demo);

    // The first step not done (Done once completed).
    Result<Step> firstStepToDo() const;
    Result<bool> isDone(Step step) const;
    // meta key = now (UTC), in its own transaction. Errors: DatabaseQueryFailed.
    Status mark(const char *key);
    QString markValue() const; // the time mark() writes

private:
    Result<bool> hasMeta(const char *key) const;

    Database &m_db;
    const Operators &m_operators;
    const Clock &m_clock;
};

} // namespace comptoir
