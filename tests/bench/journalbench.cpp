// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal verifier's figure (journalbench.h).
#include "journalbench.h"

#include "models/archive/journalverifier.h"
#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/demo/demohistory.h"
#include "models/demo/demoshop.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/staff/operators.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QDir>

namespace comptoir::bench {

Figure measureJournalVerify(const QString &folder)
{
    auto opened = Database::open(QDir(folder).filePath(QStringLiteral("journal.sqlite")));
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    SystemClock clock;
    UuidV7Generator uuids(clock);
    auto key = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x02'));
    if (!key)
        fail(QStringLiteral("signing key"), key.error());
    FiscalChain chain(db, key.value(), clock);
    EventJournal events(db, clock, uuids, chain);
    Catalogue catalogue(db, clock, uuids, events);
    StockLedger ledger(db, clock, uuids);
    Operators operators(db, clock, events, 1);
    if (Status s = DemoShop::seed(db, catalogue, ledger, operators); !s)
        fail(QStringLiteral("demo seed"), s.error());
    if (auto history = DemoHistory::generate(db, key.value()); !history)
        fail(QStringLiteral("demo history"), history.error());
    if (Status s
        = db.setMeta(QLatin1String(RegisterPublicKeyMeta), QString::fromLatin1(key->publicKey().toBase64()));
        !s)
        fail(QStringLiteral("register key"), s.error());
    QList<double> samples;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto report = verifyJournal(db, key->publicKey());
        samples << elapsedMs(timer);
        if (!report)
            fail(QStringLiteral("verifyJournal"), report.error());
        if (!report->ok)
            fail(QStringLiteral("verifyJournal"),
                 makeError(ErrorCode::JournalBroken, report->firstBroken,
                           report->problem + QLatin1Char(' ') + report->detail));
    }
    return summarise(samples);
}

} // namespace comptoir::bench
