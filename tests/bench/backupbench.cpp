// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The backup figures (backupbench.h).
#include "backupbench.h"

#include "models/backup/backupwriter.h"
#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/closing/dayclosing.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/sales/salejournal.h"
#include "models/staff/operators.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"
#include "models/uuidv7.h"

#include <QDir>
#include <QThread>

#include <atomic>
#include <memory>

namespace comptoir::bench {

namespace {

// The generated history's time, moved by the generator; the real time once it is done.
class BenchClock final : public Clock
{
public:
    QDateTime now() const override { return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc(); }
    void set(const QDateTime &when) { m_fixed = when; }
    void release() { m_fixed = QDateTime(); }

private:
    QDateTime m_fixed;
};

constexpr int TicketsPerDay = 275;
constexpr qint64 Float = 10000;

TicketLine freeLine(qint64 cents, int vat)
{
    TicketLine l;
    l.label = QStringLiteral("Article");
    l.quantity = 1;
    l.unitPriceCents = cents;
    l.vatRateBp = vat;
    return l;
}

SaleDraft sale(qint64 operatorId, qint64 variant, int i)
{
    SaleDraft draft;
    draft.operatorId = operatorId;
    TicketLine stocked = freeLine(590, 550);
    stocked.variantId = variant;
    stocked.label = QStringLiteral("Confiture");
    draft.lines = {stocked, freeLine(100 + (i % 900), 2000), freeLine(350, 1000)};
    const qint64 total = 590 + 100 + (i % 900) + 350;
    draft.payments = {Payment {i % 3 == 0 ? PaymentMethod::Card : PaymentMethod::Cash, total, {}}};
    return draft;
}

} // namespace

void runBackupFigures(const QString &folder, int tickets)
{
    const QString dataDir = QDir(folder).filePath(QStringLiteral("shop"));
    const QString backups = QDir(folder).filePath(QStringLiteral("backups"));
    QDir().mkpath(dataDir);
    QDir().mkpath(backups);
    auto opened = Database::open(databasePath(dataDir));
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    BenchClock clock;
    const QDate firstDay = QDate::currentDate().addDays(-(tickets / TicketsPerDay) - 2);
    clock.set(QDateTime(firstDay, QTime(7, 0), Qt::UTC));
    UuidV7Generator uuids(clock);
    auto key = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x03'));
    if (!key)
        fail(QStringLiteral("signing key"), key.error());
    if (Status s
        = db.setMeta(QLatin1String(RegisterPublicKeyMeta), QString::fromLatin1(key->publicKey().toBase64()));
        !s)
        fail(QStringLiteral("register key"), s.error());
    FiscalChain chain(db, key.value(), clock);
    EventJournal events(db, clock, uuids, chain);
    Catalogue catalogue(db, clock, uuids, events);
    StockLedger ledger(db, clock, uuids);
    Operators operators(db, clock, events, 1);
    auto cashier = operators.add(QStringLiteral("Bench"), OperatorRole::Cashier, QStringLiteral("0000"));
    if (!cashier)
        fail(QStringLiteral("operator"), cashier.error());
    ProductFields product;
    product.name = QStringLiteral("Confiture");
    product.vatRateBp = 550;
    VariantFields variant;
    variant.priceCents = 590;
    auto jam = catalogue.createProduct(product, variant);
    if (!jam)
        fail(QStringLiteral("product"), jam.error());
    if (auto received = ledger.record(jam->variantId, 10'000'000, MovementReason::Receipt); !received)
        fail(QStringLiteral("stock"), received.error());
    SaleJournal journal(db, clock, uuids, ledger, chain);
    DayClosing closing(db, clock, uuids, chain);

    std::fprintf(stderr, "comptoir-bench: generating %d tickets over %d days…\n", tickets,
                 tickets / TicketsPerDay + 1);
    QElapsedTimer generation;
    generation.start();
    int made = 0;
    for (QDate day = firstDay; made < tickets; day = day.addDays(1)) {
        if (Status s = db.begin(); !s)
            fail(QStringLiteral("begin"), s.error());
        const int today = std::min(TicketsPerDay, tickets - made);
        for (int i = 0; i < today; ++i, ++made) {
            clock.set(QDateTime(day, QTime(8, 0), Qt::UTC).addSecs(i * 120));
            if (auto t = journal.commitSale(sale(*cashier, jam->variantId, made)); !t)
                fail(QStringLiteral("commitSale"), t.error());
        }
        clock.set(QDateTime(day, QTime(18, 30), Qt::UTC));
        const QString businessDay = day.toString(Qt::ISODate);
        auto totals = closing.totals(businessDay, Float);
        if (!totals)
            fail(QStringLiteral("totals"), totals.error());
        if (auto z = closing.close(businessDay, *cashier, Float, totals->cashExpectedCents); !z)
            fail(QStringLiteral("close ") + businessDay, z.error());
        if (Status s = db.commit(); !s)
            fail(QStringLiteral("commit"), s.error());
        if (made % 27500 == 0)
            std::fprintf(stderr, "comptoir-bench: %d tickets…\n", made);
    }
    const double generationSeconds = static_cast<double>(generation.nsecsElapsed()) / 1e9;
    print("backup_generation", "tickets/s", Figure {made / generationSeconds, std::nullopt, 1});
    clock.release();

    // The same selling without a backup first: what the machine gives the till on its own.
    QList<double> idle;
    int i = 0;
    for (; i < 300; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto t = journal.commitSale(sale(*cashier, jam->variantId, i));
        idle << elapsedMs(timer);
        if (!t)
            fail(QStringLiteral("commitSale without a backup"), t.error());
        QThread::msleep(20);
    }
    printLatency("backup_sale_commit_idle", "ms", idle);
    print("backup_till_longest_stall_idle", "ms",
          Figure {*std::max_element(idle.begin(), idle.end()), std::nullopt, idle.size()});

    // The backup on its own thread; the till sells on this one, one transaction per sale.
    std::atomic<bool> done {false};
    Result<BackupOutcome> outcome = makeError(ErrorCode::None);
    QElapsedTimer total;
    total.start();
    std::unique_ptr<QThread> thread(QThread::create([&] {
        outcome = writeBackup(BackupRequest {dataDir, backups, QDateTime::currentDateTimeUtc()});
        done = true;
    }));
    thread->start();
    QList<double> commits;
    while (!done) {
        QElapsedTimer timer;
        timer.start();
        auto t = journal.commitSale(sale(*cashier, jam->variantId, i++));
        commits << elapsedMs(timer);
        if (!t)
            fail(QStringLiteral("commitSale during the backup"), t.error());
        QThread::msleep(20); // a busy till: a sale every few tens of ms
    }
    thread->wait();
    const double totalSeconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    if (!outcome)
        fail(QStringLiteral("writeBackup"), outcome.error());
    print("backup_copy", "s", Figure {double(outcome->copy.elapsedMs) / 1000.0, std::nullopt, 1});
    print("backup_check", "s", Figure {double(outcome->checkMs) / 1000.0, std::nullopt, 1});
    print("backup_total", "s", Figure {totalSeconds, std::nullopt, 1});
    print("backup_size", "MB", Figure {double(outcome->copy.bytes) / (1024.0 * 1024.0), std::nullopt, 1});
    if (!commits.isEmpty()) {
        printLatency("backup_sale_commit", "ms", commits);
        print("backup_till_longest_stall", "ms",
              Figure {*std::max_element(commits.begin(), commits.end()), std::nullopt, commits.size()});
    }
}

} // namespace comptoir::bench
