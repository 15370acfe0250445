// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shopsession.h"

#include "app/applogging.h"
#include "models/backup/backuprestore.h"
#include "models/catalogue/catalogue.h"
#include "models/closing/dayclosing.h"
#include "models/closing/periodclosing.h"
#include "models/demo/demohistory.h"
#include "models/demo/demosecretstore.h"
#include "models/demo/demoshop.h"
#include "models/fiscal/clockwatch.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registersigner.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "models/receipts/receiptprintlog.h"
#include "models/sales/salejournal.h"
#include "models/sales/ticketdrafts.h"
#include "models/sales/ticketfinder.h"
#include "models/sales/ticketreader.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "models/staff/pinhash.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"
#include "models/storage/instancelock.h"
#include "models/storage/logfile.h"
#include "models/storage/privatefiles.h"
#include "models/uuidv7.h"
#include "sync/keychain/keychainsecretstore.h"
#include "sync/orders/ordercollection.h"
#include "sync/orders/oversellcases.h"
#include "sync/orders/reservedstock.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

// The demo's records are signed with the published demo key (DemoSecretStore): they are not
// fiscal records, and the demo works on machines without a keychain. A demo folder is one
// marked as such, or an empty folder opened with --demo (it is about to be seeded).
Result<bool> usesDemoKey(const Database &db, bool demoRequested)
{
    auto isDemo = DemoShop::isDemo(db);
    if (!isDemo)
        return isDemo.error();
    if (isDemo.value())
        return true;
    if (!demoRequested)
        return false;
    auto counts = DemoShop::counts(db);
    if (!counts)
        return counts.error();
    return counts->products == 0;
}

} // namespace

ShopSession::ShopSession() = default;

void ShopSession::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
}

ShopSession::~ShopSession()
{
    if (m_log)
        qCInfo(lcApp) << "stopped";
}

Status ShopSession::open(const QString &dataDirOverride, bool demo, bool quiet, int lockWaitMs)
{
    auto dataDir = resolveDataDirectory(dataDirOverride, demo);
    if (!dataDir)
        return dataDir.error();
    m_dataDir = *dataDir;
    // One process per data folder, before anything is written to it.
    auto lock = std::make_unique<InstanceLock>(m_dataDir);
    if (Status s = lock->tryLock(lockWaitMs); !s)
        return s;
    m_lock = std::move(lock);
    m_log = std::make_unique<LogFile>(logDirectory(m_dataDir));
    // The file keeps everything from info up; the terminal only shows what needs attention.
    m_log->setEchoThreshold(quiet ? QtCriticalMsg : QtWarningMsg);
    qCInfo(lcApp).nospace().noquote()
        << "started " << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
        << " (Qt " << qVersion() << ")" << (demo ? ", demo shop" : "")
        << (dataDirOverride.isEmpty() ? "" : ", --data-dir");
    restrictTreeToOwner(m_dataDir); // after the log is open: a repair is written in it
    // A restore agreed to in the window's Settings is swapped in now: nothing has the file open.
    if (auto restored = applyStagedRestore(m_dataDir); !restored)
        qCWarning(lcApp) << "the staged restore could not be applied: error" << int(restored.error().code)
                         << restored.error().detail;

    auto db = Database::open(databasePath(m_dataDir));
    if (!db) {
        qCWarning(lcApp) << "cannot open the database: error" << int(db.error().code) << db.error().detail;
        return db.error();
    }
    m_db = std::move(db).value();
    m_uuids = std::make_unique<UuidV7Generator>(m_clock);
    // The register's signing key: made at first start, its private part kept in the keychain.
    auto demoKey = usesDemoKey(*m_db, demo);
    if (!demoKey)
        return demoKey.error();
    if (demoKey.value())
        m_secrets = std::make_unique<DemoSecretStore>();
    else if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    // Asked now, answered later (a locked keychain waits for its user): until then nothing is
    // signed, and what needs a signature says so (SigningKeyPending).
    m_signer = std::make_unique<RegisterSigner>();
    m_signer->load(*m_secrets, *m_db);
    m_chain = std::make_unique<FiscalChain>(*m_db, *m_signer, m_clock);
    m_events = std::make_unique<EventJournal>(*m_db, m_clock, *m_uuids, *m_chain);
    // After the journal: VAT rate changes and failed logins are recorded in it.
    m_catalogue = std::make_unique<Catalogue>(*m_db, m_clock, *m_uuids, *m_events);
    m_ledger = std::make_unique<StockLedger>(*m_db, m_clock, *m_uuids);
    m_operators = std::make_unique<Operators>(*m_db, m_clock, *m_events, PinHash::DefaultIterations);
    m_operatorSession = std::make_unique<OperatorSession>();
    // A shop may stay closed for two weeks; a longer gap since the last record is worth noting.
    m_clockWatch = std::make_unique<ClockWatch>(*m_db, m_clock, *m_events, qint64(14) * 24 * 60 * 60 * 1000);
    m_orderCollection = std::make_unique<OrderCollection>(*m_db, m_clock);
    m_reservedStock = std::make_unique<ReservedStock>(*m_db);
    m_oversellCases = std::make_unique<OversellCases>(*m_db, m_clock, *m_ledger);
    m_saleJournal = std::make_unique<SaleJournal>(*m_db, m_clock, *m_uuids, *m_ledger, *m_chain,
                                                  m_orderCollection.get());
    m_tickets = std::make_unique<TicketReader>(*m_db);
    m_ticketFinder = std::make_unique<TicketFinder>(*m_db);
    m_ticketDrafts = std::make_unique<TicketDrafts>(*m_db, m_clock, *m_uuids, *m_chain);
    m_settings = std::make_unique<ShopSettings>(*m_db, *m_events); // changes journalled
    // At first start the shop's days follow the system's time zone; the settings can change it.
    if (Status zone = m_settings->adoptSystemTimeZone(); !zone)
        qCWarning(lcApp) << "the shop's time zone was not stored: error" << int(zone.error().code);
    m_printLog = std::make_unique<ReceiptPrintLog>(*m_db, m_clock);
    m_dayClosing = std::make_unique<DayClosing>(*m_db, m_clock, *m_uuids, *m_chain);
    m_periodClosing = std::make_unique<PeriodClosing>(*m_db, m_clock, *m_uuids, *m_chain);
    m_photoStore = std::make_unique<PhotoStore>(m_dataDir);
    m_productPhotos = std::make_unique<ProductPhotos>(*m_db, m_clock, *m_photoStore);
    // A month (year) that ended while Comptoir was not running is closed once the key is there.
    QObject::connect(m_signer.get(), &RegisterSigner::loaded, m_signer.get(), [this] {
        if (m_signer->state() == RegisterSigner::State::Ready)
            closeEndedPeriods();
    });
    return {};
}

int ShopSession::closeEndedPeriods()
{
    auto made = m_periodClosing->closeEndedPeriods();
    if (!made) {
        qCWarning(lcApp) << "monthly or yearly closure failed: error" << int(made.error().code)
                         << made.error().detail;
        return 0;
    }
    return int(made.value().size());
}

void ShopSession::recordStart()
{
    if (m_signer->state() == RegisterSigner::State::Loading) {
        QObject::connect(
            m_signer.get(), &RegisterSigner::loaded, m_signer.get(), [this] { recordStart(); },
            Qt::SingleShotConnection);
        return;
    }
    auto clock = m_clockWatch->start(); // before Start, which would become the latest record
    if (!clock)
        qCWarning(lcApp) << "clock check failed: error" << int(clock.error().code);
    else if (clock.value())
        qCWarning(lcApp) << "the clock moved back or jumped since the last record: journalled";
    QJsonObject detail;
    detail.insert(QStringLiteral("version"), QCoreApplication::applicationVersion());
    if (auto recorded = m_events->record(EventKind::Start, std::nullopt, detail); !recorded)
        qCWarning(lcApp) << "start not journalled: error" << int(recorded.error().code);
    recordPendingRestore();
}

void ShopSession::recordPendingRestore()
{
    if (auto recorded = comptoir::recordPendingRestore(*m_db, *m_events); !recorded)
        qCWarning(lcApp) << "restore not journalled yet: error" << int(recorded.error().code);
}

void ShopSession::recordStop()
{
    if (auto recorded = m_events->record(EventKind::Stop); !recorded)
        qCWarning(lcApp) << "stop not journalled: error" << int(recorded.error().code);
}

// The demo till shows a few favourite buttons (the first stocked items of a few categories),
// unless favourites were chosen already.
Status ShopSession::seedDemoFavourites()
{
    auto current = m_settings->favourites();
    if (!current)
        return current.error();
    if (!current.value().isEmpty())
        return {};
    auto q = m_db->query(
        QStringLiteral("SELECT min(v.id) FROM variants v JOIN products p ON p.id = v.product_id "
                       "JOIN stock_on_hand s ON s.variant_id = v.id WHERE v.archived = 0 AND p.archived = 0 "
                       "AND s.quantity > 0 "
                       "GROUP BY p.category_id ORDER BY p.category_id LIMIT 8"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return m_settings->setFavourites(ids);
}

Status ShopSession::seedDemo()
{
    if (Status s = DemoShop::seed(*m_db, *m_catalogue, *m_ledger, *m_operators); !s)
        return s;
    // Three weeks of trading before today, through the real sale path, signed with this
    // register's key: only into a demo whose journal holds no ticket yet.
    if (auto history = DemoHistory::generate(*m_db, *m_signer); !history)
        return history.error();
    // If the history crosses the end of a month, that month is closed like any other.
    closeEndedPeriods();
    // The demo has no real printer: its receipts and Z reports are PDF files in its own
    // folder, so printing can be tried out. A choice made in Settings is kept.
    if (Status s = seedDemoFavourites(); !s)
        return s;
    auto printer = m_settings->printer();
    if (!printer)
        return printer.error();
    if (printer.value().kind != PrinterSettings::Kind::None)
        return {};
    PrinterSettings pdf = printer.value();
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = QDir(m_dataDir).filePath(QStringLiteral("receipts"));
    return m_settings->setPrinter(pdf);
}

int ShopSession::cleanUpPhotos()
{
    auto removed = m_productPhotos->cleanUp();
    if (!removed) {
        qCWarning(lcApp) << "the unreferenced photos were not cleaned up: error" << int(removed.error().code);
        return 0;
    }
    if (removed.value() > 0)
        qCInfo(lcApp) << "removed" << removed.value() << "unreferenced photo file(s)";
    return removed.value();
}

} // namespace comptoir
