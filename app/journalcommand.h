// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace comptoir {

// comptoir journal verify [--data-dir D | --demo]: checks the fiscal journal of a shop (chain,
// hashes recomputed from the stored records, signatures with the register's public key, gap-free
// numbers, closure totals) and prints what it checked. Exit 0 when all is intact; 3 and the first
// broken record otherwise; 1 when the shop cannot be opened.
int runJournalVerifyCommand(const QString &dataDirOverride, bool demo);

// What `journal verify --archive` was given.
struct ArchiveVerifyOptions
{
    QString archive; // --archive FILE
    QStringList keys; // --key K…: fingerprints, base64 public keys or files holding one
    QString follows; // --follows PREVIOUS, empty when not given
    QString dataDir; // --data-dir, empty when not given
    bool demo = false;
};

// comptoir journal verify --archive FILE [--key K]… [--follows PREVIOUS]: checks an archive on
// its own (seal, chain, hashes, signatures, numbers, ticket and closure totals, footer; with
// --follows, that it follows PREVIOUS), with the keys given — or, without --key, the keys of the
// shop of --data-dir / --demo / the usual folder when there is one. Prints each key's fingerprint
// and the links it signed. Exit 0 when intact and every key confirmed; 6 when intact but a key is
// confirmed by nothing; 3 and the first broken record otherwise; 2 for a --key that is no key;
// 1 when a file or the shop cannot be read.
int runArchiveVerifyCommand(const ArchiveVerifyOptions &options);

// comptoir journal archive --period P --out FILE [--data-dir D | --demo]: writes the archive of a
// year or a month (after checking the whole journal) and journals it. Opens the shop as the
// window does (a real shop needs its keychain, to sign the Archive event). Exit 0 when written;
// 3 when the journal is broken (nothing written); 2 for a malformed period; 1 otherwise.
int runJournalArchiveCommand(const QString &dataDirOverride, bool demo, const QString &period,
                             const QString &outPath);

} // namespace comptoir
