// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchfigures.h"

#include <QString>

namespace comptoir::bench {

// journal_verify: verifyJournal (the rule engine over the whole chain, each record rebuilt from its
// rows) on the demo shop's three weeks of history, in a database of its own in folder. Five runs.
Figure measureJournalVerify(const QString &folder);

} // namespace comptoir::bench
