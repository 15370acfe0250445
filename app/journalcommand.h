#pragma once

#include <QString>

namespace comptoir {

// comptoir journal verify [--data-dir D | --demo]: checks the fiscal journal of a shop (chain,
// hashes recomputed from the stored records, signatures with the register's public key, gap-free
// numbers, closure totals) and prints what it checked. Exit 0 when all is intact; 3 and the first
// broken record otherwise; 1 when the shop cannot be opened.
int runJournalVerifyCommand(const QString &dataDirOverride, bool demo);

} // namespace comptoir
