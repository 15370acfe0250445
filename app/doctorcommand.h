// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// `comptoir doctor [--data-dir D | --demo]`: the volunteer's check of this till (sync/doctor),
// one line per item with ok / warn / FAIL, then a summary. Reads only (no lock: it may run beside
// the open till) and prints no secret. Exit codes: 0 nothing failed (warnings allowed), 1 the shop
// could not be opened, 3 at least one check failed.
int runDoctorCommand(const QString &dataDirOverride, bool demo);

} // namespace comptoir
