// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// `comptoir demo seed [--data-dir D]`: creates the demo shop (in the demo folder unless D is
// given) without opening a window and prints what it holds and where. Errors go to stderr as
// one sentence (errorText). Returns the process exit code: 0, or 1 on failure.
int runDemoSeedCommand(const QString &dataDirOverride);

} // namespace comptoir
