#pragma once

// Internal to DemoHistory (demohistory.h): the scripted shop that writes the demo's past.
#include "models/closing/dayclosing.h"
#include "models/demo/demohistory.h"
#include "models/demo/scriptedclock.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/sales/salejournal.h"
#include "models/sales/ticketdrafts.h"
#include "models/stock/stockledger.h"
#include "models/uuidv7.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace comptoir {

class DemoHistoryWriter
{
public:
    DemoHistoryWriter(Database &db, const Signer &signer, const DemoHistory::Options &options);

    // Loads the operators and the sellable variants. Errors: NotFound.
    Status prepare();
    Status writeDay(const QDate &date);
    const DemoHistory::Summary &summary() const { return m_summary; }

private:
    struct Item
    {
        qint64 variantId = 0;
        QString label;
        qint64 priceCents = 0;
        int vatRateBp = 2000;
    };
    struct SoldLine
    {
        qint64 lineId = 0;
        qint64 variantId = 0;
        qint64 quantity = 0;
        bool refunded = false;
    };
    struct Sold
    {
        qint64 ticketId = 0;
        QDateTime at;
        PaymentMethod method = PaymentMethod::Card;
        QList<SoldLine> lines;
    };
    enum class Action { Sale, Refund, Cancel };

    // A time of the day, local to the shop.
    QDateTime at(const QDate &date, int hour, int minute, int second = 0) const;
    Status event(EventKind kind, std::optional<qint64> operatorId, const QJsonObject &detail = {});
    Status morningDeliveries();
    Status receive(qint64 variantId, qint64 quantity);

    // The sale path (demohistorysales.cpp).
    Result<QList<TicketLine>> pickLines();
    QList<Payment> pickPayments(qint64 totalCents, qint64 &tenderedCents);
    Status sell(qint64 operatorId);
    Status refund(qint64 operatorId);
    Status cancelTicket(qint64 operatorId);
    Status closeDay(const QDate &date);

    int randomBetween(int low, int high); // inclusive
    bool chance(int percent);

    Database &m_db;
    DemoHistory::Options m_options;
    QRandomGenerator m_random;
    ScriptedClock m_clock;
    UuidV7Generator m_uuids {m_clock};
    FiscalChain m_chain;
    StockLedger m_ledger {m_db, m_clock, m_uuids};
    SaleJournal m_journal;
    TicketDrafts m_drafts {m_db, m_clock, m_uuids, m_chain}; // cancelled tickets
    DayClosing m_closing;
    EventJournal m_events {m_db, m_clock, m_uuids, m_chain};

    qint64 m_managerId = 0;
    qint64 m_cashierId = 0;
    QList<Item> m_items; // in order of popularity
    QHash<qint64, qint64> m_onHand; // variant id → quantity
    QSet<qint64> m_soldVariants;
    QList<Sold> m_sold;
    DemoHistory::Summary m_summary;
};

} // namespace comptoir
