#include "shopsession.h"

#include "applogging.h"
#include "catalogue.h"
#include "database.h"
#include "datadirectory.h"
#include "demoshop.h"
#include "logfile.h"
#include "operators.h"
#include "operatorsession.h"
#include "pinhash.h"
#include "salejournal.h"
#include "stockledger.h"
#include "uuidv7.h"

#include <QCoreApplication>

namespace comptoir {

ShopSession::ShopSession() = default;

ShopSession::~ShopSession()
{
    if (m_log)
        qCInfo(lcApp) << "stopped";
}

Status ShopSession::open(const QString &dataDirOverride, bool demo, bool quiet)
{
    auto dataDir = resolveDataDirectory(dataDirOverride, demo);
    if (!dataDir)
        return dataDir.error();
    m_dataDir = *dataDir;
    m_log = std::make_unique<LogFile>(logDirectory(m_dataDir));
    // The file keeps everything from info up; the terminal only shows what needs attention.
    m_log->setEchoThreshold(quiet ? QtCriticalMsg : QtWarningMsg);
    qCInfo(lcApp).nospace().noquote()
        << "started " << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
        << " (Qt " << qVersion() << ")" << (demo ? ", demo shop" : "")
        << (dataDirOverride.isEmpty() ? "" : ", --data-dir");

    auto db = Database::open(databasePath(m_dataDir));
    if (!db) {
        qCWarning(lcApp) << "cannot open the database: error" << int(db.error().code) << db.error().detail;
        return db.error();
    }
    m_db = std::move(db).value();
    m_uuids = std::make_unique<UuidV7Generator>(m_clock);
    m_catalogue = std::make_unique<Catalogue>(*m_db, m_clock, *m_uuids);
    m_ledger = std::make_unique<StockLedger>(*m_db, m_clock, *m_uuids);
    m_operators = std::make_unique<Operators>(*m_db, m_clock, PinHash::DefaultIterations);
    m_operatorSession = std::make_unique<OperatorSession>();
    m_saleJournal = std::make_unique<SaleJournal>(*m_db, m_clock, *m_uuids, *m_ledger);
    return {};
}

Status ShopSession::seedDemo()
{
    return DemoShop::seed(*m_db, *m_catalogue, *m_ledger, *m_operators);
}

} // namespace comptoir
