// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/clock.h"
#include "models/result.h"
#include "models/storage/instancelock.h"

#include <QString>

#include <memory>

namespace comptoir {

class Catalogue;
class Database;
class ClockWatch;
class DayClosing;
class EventJournal;
class FiscalChain;
class LogFile;
class OperatorSession;
class PeriodClosing;
class PhotoStore;
class ProductPhotos;
class RegisterSigner;
class Operators;
class ReceiptPrintLog;
class SaleJournal;
class OrderCollection;
class OversellCases;
class ReservedStock;
class SecretStore;
class ShopSettings;
class Signer;
class StockLedger;
class TicketDrafts;
class TicketFinder;
class TicketReader;
class UuidV7Generator;

// The objects one run of Comptoir works with, built in order and destroyed in reverse:
// data folder → log file → database → clock, UUID generator, the register's signer, fiscal chain
// and events journal, catalogue, stock ledger, operators (PINs hashed with
// PinHash::DefaultIterations), who is at the till, the sales journal (with its readers and the
// tickets parked or cancelled), the shop's settings, the receipt print log and the day's closing.
class ShopSession
{
public:
    ShopSession();
    ~ShopSession();
    ShopSession(const ShopSession &) = delete;
    ShopSession &operator=(const ShopSession &) = delete;

    // dataDirOverride is --data-dir (may be empty); demo picks the demo folder by default.
    // Fails with DataDirectoryUnusable, DatabaseOpenFailed, SchemaTooNew, MigrationFailed….
    // quiet: the log file keeps everything but only critical errors reach stderr (for
    // commands, whose output is for a person: they print the error sentence themselves).
    // The data folder is locked for this process first (InstanceLock, waiting up to lockWaitMs),
    // then its permissions repaired: DataFolderInUse when another Comptoir keeps it, after which
    // open() may be called again (dataDirectory() is known).
    // The register's key is asked of the secret store and comes later (signer()).
    // A restore staged from Settings (models/backup/backuprestore.h) is swapped in first, once the
    // folder is locked and before the database opens: nothing has the file open then.
    Status open(const QString &dataDirOverride, bool demo, bool quiet = false,
                int lockWaitMs = InstanceLock::CommandWaitMs);
    // The secret store to use instead of the keychain (before open(); a demo keeps its own).
    void setSecretStore(std::unique_ptr<SecretStore> store);

    // Creates the demo shop if the database is empty; no-op for an already seeded demo.
    // Only after a successful open(), once signer() is ready (the history is signed).
    Status seedDemo();

    QString dataDirectory() const { return m_dataDir; }
    Database &database() { return *m_db; }
    Catalogue &catalogue() { return *m_catalogue; }
    StockLedger &ledger() { return *m_ledger; }
    Operators &operators() { return *m_operators; }
    OperatorSession &operatorSession() { return *m_operatorSession; }
    FiscalChain &fiscalChain() { return *m_chain; }
    EventJournal &events() { return *m_events; }

    // The window's run, in the technical events journal: start (with the software's version,
    // then a check that the clock did not move back or jump since the last record) and stop.
    // A failure to record is logged, never fatal: the till must open. Start waits for the key.
    void recordStart();
    void recordStop();
    // A restored database's Restore event (models/backup/backuprestore.h), journalled once the key is
    // there (after Start); logged, never fatal: tried again at the next start.
    void recordPendingRestore();
    SaleJournal &saleJournal() { return *m_saleJournal; }
    // Online orders at the till (issue 16): collection (wired into the sale journal), reserved
    // stock, oversell cases.
    OrderCollection &orderCollection() { return *m_orderCollection; }
    ReservedStock &reservedStock() { return *m_reservedStock; }
    OversellCases &oversellCases() { return *m_oversellCases; }
    const TicketReader &tickets() const { return *m_tickets; }
    const TicketFinder &ticketFinder() const { return *m_ticketFinder; }
    TicketDrafts &ticketDrafts() { return *m_ticketDrafts; }
    ShopSettings &settings() { return *m_settings; }
    ReceiptPrintLog &printLog() { return *m_printLog; }
    DayClosing &dayClosing() { return *m_dayClosing; }
    PeriodClosing &periodClosing() { return *m_periodClosing; }
    // The shop's photo files (<data folder>/photos) and each product's photos (issue 15).
    PhotoStore &photoStore() { return *m_photoStore; }
    ProductPhotos &productPhotos() { return *m_productPhotos; }
    // Deletes the photo files nothing references any more (ProductPhotos::cleanUp). Logged, never
    // fatal. Returns how many were removed.
    int cleanUpPhotos();
    // Makes the monthly and yearly closures whose period has ended (PeriodClosing). A failure is
    // logged, never fatal: it is tried again at the next call. Returns how many were made.
    int closeEndedPeriods();
    const Clock &clock() const { return m_clock; }
    UuidV7Generator &uuids() { return *m_uuids; }
    // The register's signing key, loading until the secret store answers (thread-safe for
    // signing: the journal worker uses it).
    RegisterSigner &signer() const { return *m_signer; }
    // Where secrets live: the keychain, or the demo's in-memory store (the marketplace token).
    SecretStore &secrets() { return *m_secrets; }

private:
    Status seedDemoFavourites();

    QString m_dataDir;
    std::unique_ptr<InstanceLock> m_lock; // the first made, the last let go
    std::unique_ptr<LogFile> m_log;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<UuidV7Generator> m_uuids;
    std::unique_ptr<SecretStore> m_secrets; // the keychain, or the demo's published key
    std::unique_ptr<RegisterSigner> m_signer;
    std::unique_ptr<FiscalChain> m_chain;
    std::unique_ptr<EventJournal> m_events;
    // Built after the journal they record into, destroyed before it.
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<StockLedger> m_ledger;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<OperatorSession> m_operatorSession;
    std::unique_ptr<ClockWatch> m_clockWatch;
    std::unique_ptr<OrderCollection> m_orderCollection; // before the journal that calls it
    std::unique_ptr<ReservedStock> m_reservedStock;
    std::unique_ptr<OversellCases> m_oversellCases;
    std::unique_ptr<SaleJournal> m_saleJournal;
    std::unique_ptr<TicketReader> m_tickets;
    std::unique_ptr<TicketFinder> m_ticketFinder;
    std::unique_ptr<TicketDrafts> m_ticketDrafts; // parked and cancelled tickets
    std::unique_ptr<ShopSettings> m_settings;
    std::unique_ptr<ReceiptPrintLog> m_printLog;
    std::unique_ptr<DayClosing> m_dayClosing;
    std::unique_ptr<PeriodClosing> m_periodClosing;
    std::unique_ptr<PhotoStore> m_photoStore;
    std::unique_ptr<ProductPhotos> m_productPhotos;
};

} // namespace comptoir
