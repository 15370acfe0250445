#pragma once

#include "catalogue.h"
#include "ed25519.h"
#include "fakeclock.h"
#include "fiscalchain.h"
#include "result.h"
#include "stockledger.h"
#include "tempdatabase.h"
#include "uuidv7.h"

#include <QStringList>
#include <QtGlobal>

namespace comptoir {

class Database;

// The register key of the test shops: Ed25519 from a fixed seed (the same key in every test).
Ed25519Key testSigningKey();

// A temporary shop for tests: a fresh database, a fake clock, a catalogue, a ledger and the
// fiscal chain, signed with testSigningKey().
struct TestShop
{
    TempDatabase temp;
    FakeClock clock;
    UuidV7Generator uuids {clock};
    Catalogue catalogue {temp.db(), clock, uuids};
    StockLedger ledger {temp.db(), clock, uuids};
    Ed25519Key signer {testSigningKey()};
    FiscalChain chain {temp.db(), signer, clock};

    Database &db() { return temp.db(); }
    Status populate(int variantCount, quint32 seed = 1);
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
