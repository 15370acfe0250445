#pragma once

#include <QString>

namespace comptoir {

// comptoir journal verify [--data-dir D | --demo]: checks the fiscal journal of a shop (chain,
// hashes recomputed from the stored records, signatures with the register's public key, gap-free
// numbers, closure totals) and prints what it checked. Exit 0 when all is intact; 3 and the first
// broken record otherwise; 1 when the shop cannot be opened.
int runJournalVerifyCommand(const QString &dataDirOverride, bool demo);

// comptoir journal verify --archive FILE: checks an archive on its own (its chain, the hashes of
// the archived records, the signatures with the archive's public key), with no shop at all.
// Exit 0 when intact; 3 and the first broken link otherwise; 1 when the file cannot be read.
int runArchiveVerifyCommand(const QString &archivePath);

// comptoir journal archive --period P --out FILE [--data-dir D | --demo]: writes the archive of a
// year or a month (after checking the whole journal) and journals it. Opens the shop as the
// window does (a real shop needs its keychain, to sign the Archive event). Exit 0 when written;
// 3 when the journal is broken (nothing written); 2 for a malformed period; 1 otherwise.
int runJournalArchiveCommand(const QString &dataDirOverride, bool demo, const QString &period,
                             const QString &outPath);

} // namespace comptoir
