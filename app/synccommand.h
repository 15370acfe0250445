// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// comptoir sync --once [--data-dir D | --demo]: one sync pass with the marketplace the shop is
// enrolled with (push the outbox, pull the feed), on this thread's event loop, and a plain account
// of what happened. Exit 0 when the pass succeeded; 4 when the till is not enrolled (or must be
// enrolled again); 3 when the pass failed (the error in words); 1 when the shop cannot be opened.
int runSyncOnceCommand(const QString &dataDirOverride, bool demo);

} // namespace comptoir
