// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace comptoir {

class ShopSession;

// The first-run assistant's place in a start (issue 13, item 3), after the shop's data folder is
// open and before its window: on a real shop with no setup done (FirstRunProgress::needed), the
// assistant (ui/firstrun) runs first, modal; given a provisioning file (`comptoir FILE.comptoir`,
// a double-click), it proposes that file. On a shop already set up, a provisioning file given is
// not used: a message says so and how to enrol again (Réglages), and the shop opens as usual.
struct FirstRunOptions
{
    QString file; // the positional FILE.comptoir, empty when none
    QStringList searchRoots; // empty: ProvisioningSearch::defaultRoots()
    // Restores a backup (ui/backup, wired by the lead); empty: the choice is not offered.
    std::function<bool(QWidget *parent)> restoreFromBackup;
};

enum class FirstRunOutcome {
    NotNeeded, // the shop was set up already (or is the demo): open it
    SetUp, // the assistant finished: open the till
    Restored, // a backup was restored from the assistant: open the restored shop
    Quit, // the assistant was closed: end the run; the next start resumes where it stopped
};

// Errors: the database's, and the register key's (the identity and the manager are journalled,
// so the key must have come from the keychain first).
Result<FirstRunOutcome> runFirstRun(ShopSession &session, bool demo, const FirstRunOptions &options);

} // namespace comptoir
