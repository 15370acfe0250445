// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeclock.h"
#include "models/catalogue/catalogue.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/result.h"
#include "models/stock/stockledger.h"
#include "models/uuidv7.h"
#include "tempdatabase.h"

#include <QStringList>
#include <QtGlobal>

namespace comptoir {

class Database;

// The register key of the test shops: Ed25519 from a fixed seed (the same key in every test).
Ed25519Key testSigningKey();

// A temporary shop for tests: a fresh database, a fake clock, the fiscal chain signed with
// testSigningKey(), the technical events journal, a catalogue and a ledger.
struct TestShop
{
    TempDatabase temp;
    FakeClock clock;
    UuidV7Generator uuids {clock};
    Ed25519Key signer {testSigningKey()};
    FiscalChain chain {temp.db(), signer, clock};
    EventJournal events {temp.db(), clock, uuids, chain};
    Catalogue catalogue {temp.db(), clock, uuids, events};
    StockLedger ledger {temp.db(), clock, uuids};

    Database &db() { return temp.db(); }
    Status populate(int variantCount, quint32 seed = 1);
};

// The fiscal pieces for a test that has only a database and a clock of its own (an Operators or
// a Catalogue needs an EventJournal): the test key, a UUID generator, the chain and the journal.
struct TestJournal
{
    TestJournal(Database &db, const Clock &clock)
        : uuids(clock), chain(db, signer, clock), events(db, clock, uuids, chain)
    { }
    TestJournal(const TestJournal &) = delete;
    TestJournal &operator=(const TestJournal &) = delete;

    Ed25519Key signer {testSigningKey()};
    UuidV7Generator uuids;
    FiscalChain chain;
    EventJournal events;
};

namespace Fixtures {
// The categories populateCatalogue() uses (created when missing).
QStringList categoryNames();
} // namespace Fixtures

// Fills the catalogue with variantCount variants, deterministically for a given seed, in one
// transaction: plausible French shop products (a few word lists combined), 1–3 variants per
// product, a unique valid EAN-13 per variant ("200" + a 9-digit counter + check digit, the
// counter continuing after the variants already there), the reference "F" + that counter
// (6 digits or more), the categories above, all four VAT
// rates, and about one variant in ten low on stock (threshold set, 1–3 received). About half
// the others receive some stock; the rest have none. Nothing is archived.
Status populateCatalogue(Database &db, Catalogue &catalogue, StockLedger &ledger, int variantCount,
                         quint32 seed = 1);

} // namespace comptoir
